"""Run Python trafilatura over the pages the Rust harness wrote.

Usage: python3 trafilatura_eval.py DIR
DIR holds index.txt (one file name per line) and the pages. Prints JSON:
{"version", "texts": {name: text}, "seconds": extraction time only,
 "page_seconds": {name: seconds}, "pages", "bytes"}. Settings: trafilatura.extract(html) with
include_comments=False (as in the scrapinghub benchmark's runner).
"""
import json
import sys
import time
from pathlib import Path

import trafilatura


def main() -> None:
    d = Path(sys.argv[1])
    names = [n for n in (d / "index.txt").read_text().splitlines() if n]
    pages = [(n, (d / n).read_text(encoding="utf-8")) for n in names]
    texts = {}
    page_seconds = {}
    start = time.perf_counter()
    for name, html in pages:
        t0 = time.perf_counter()
        texts[name] = trafilatura.extract(html, include_comments=False) or ""
        page_seconds[name] = time.perf_counter() - t0
    seconds = time.perf_counter() - start
    json.dump(
        {
            "version": trafilatura.__version__,
            "texts": texts,
            "seconds": seconds,
            "page_seconds": page_seconds,
            "pages": len(pages),
            "bytes": sum(len(h.encode("utf-8")) for _, h in pages),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
