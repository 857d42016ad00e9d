//! Archives of what the fetcher fetched, for `newswatch replay`.
//!
//! - JSON lines: one [`RawItem`] per line, exactly as emitted.
//! - WARC 1.1: one `response` record per fetched page (status line, headers,
//!   body after content decoding), carrying the item's metadata (id, source,
//!   feed fields, fetch time) in a `WARC-Newswatch-Item` header so that
//!   reading it back gives the same `RawItem`. Foreign WARC files read too:
//!   their response records become items with an id from the canonical URL.
//!
//! Both writers rotate to a new file once the current one would pass the
//! configured size. The configured path is a directory; files are named
//! `raw-<UTC time>-<seq>.jsonl` / `.warc` so that name order is write order.

use crate::charset::{self, DocKind};
use chrono::{DateTime, Utc};
use newswatch_wire::{BodyFormat, RawItem, WIRE_VERSION, stable_id};
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// Archive failures.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("archive I/O on {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: corrupt record at byte offset {offset}: {reason}")]
    Corrupt {
        path: PathBuf,
        offset: u64,
        reason: String,
    },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> ArchiveError + '_ {
    move |source| ArchiveError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A directory of size-rotated files with one extension.
struct Rotating {
    dir: PathBuf,
    ext: &'static str,
    rotate_bytes: u64,
    seq: u64,
    current: Option<(PathBuf, BufWriter<File>, u64)>,
}

impl Rotating {
    fn new(dir: &Path, ext: &'static str, rotate_bytes: u64) -> Result<Self, ArchiveError> {
        std::fs::create_dir_all(dir).map_err(io_err(dir))?;
        Ok(Rotating {
            dir: dir.to_path_buf(),
            ext,
            rotate_bytes: rotate_bytes.max(1),
            seq: 0,
            current: None,
        })
    }

    fn open_next(&mut self) -> Result<(), ArchiveError> {
        if let Some((path, mut w, _)) = self.current.take() {
            w.flush().map_err(io_err(&path))?;
        }
        loop {
            self.seq += 1;
            let name = format!(
                "raw-{}-{:06}.{}",
                Utc::now().format("%Y%m%dT%H%M%SZ"),
                self.seq,
                self.ext
            );
            let path = self.dir.join(name);
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(f) => {
                    self.current = Some((path, BufWriter::new(f), 0));
                    return Ok(());
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(io_err(&path)(e)),
            }
        }
    }

    /// Write one record; rotates first if it would overflow a non-empty file.
    fn write(&mut self, bytes: &[u8]) -> Result<(), ArchiveError> {
        let need_new = match &self.current {
            None => true,
            Some((_, _, size)) => *size > 0 && size + bytes.len() as u64 > self.rotate_bytes,
        };
        if need_new {
            self.open_next()?;
        }
        if let Some((path, w, size)) = self.current.as_mut() {
            w.write_all(bytes).map_err(io_err(path))?;
            w.flush().map_err(io_err(path))?;
            *size += bytes.len() as u64;
        }
        Ok(())
    }

    fn current_path(&self) -> Option<&Path> {
        self.current.as_ref().map(|(p, _, _)| p.as_path())
    }
}

/// JSON-lines archive writer.
pub struct JsonlArchive {
    files: Rotating,
}

impl JsonlArchive {
    pub fn create(dir: &Path, rotate_bytes: u64) -> Result<Self, ArchiveError> {
        Ok(JsonlArchive {
            files: Rotating::new(dir, "jsonl", rotate_bytes)?,
        })
    }

    pub fn append(&mut self, item: &RawItem) -> Result<(), ArchiveError> {
        let mut line = serde_json::to_vec(item).map_err(|e| ArchiveError::Io {
            path: self.files.dir.clone(),
            source: std::io::Error::other(e),
        })?;
        line.push(b'\n');
        self.files.write(&line)
    }

    /// File being written now.
    pub fn current_path(&self) -> Option<&Path> {
        self.files.current_path()
    }
}

/// Metadata of an item carried in a WARC header (everything but the body).
#[derive(Serialize, Deserialize)]
struct ItemMeta {
    id: String,
    #[serde(default)]
    source: newswatch_wire::SourceRef,
    fetched_at: DateTime<Utc>,
    #[serde(default)]
    format: BodyFormat,
    #[serde(default)]
    feed: newswatch_wire::FeedFields,
    #[serde(default)]
    content_type: Option<String>,
}

const ITEM_HEADER: &str = "WARC-Newswatch-Item";

/// The HTTP response an item was read from, as the WARC record keeps it.
#[derive(Debug, Clone)]
pub struct HttpRecord<'a> {
    pub status: u16,
    pub headers: &'a reqwest::header::HeaderMap,
    /// Body after content decoding, before charset decoding.
    pub body: &'a [u8],
}

/// WARC 1.1 archive writer.
pub struct WarcArchive {
    files: Rotating,
}

fn reason_phrase(status: u16) -> &'static str {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("")
}

impl WarcArchive {
    pub fn create(dir: &Path, rotate_bytes: u64) -> Result<Self, ArchiveError> {
        Ok(WarcArchive {
            files: Rotating::new(dir, "warc", rotate_bytes)?,
        })
    }

    /// Write one `response` record for `item`, fetched as `http`.
    pub fn append(&mut self, item: &RawItem, http: &HttpRecord<'_>) -> Result<(), ArchiveError> {
        let mut block = Vec::with_capacity(http.body.len() + 512);
        block.extend_from_slice(
            format!(
                "HTTP/1.1 {} {}\r\n",
                http.status,
                reason_phrase(http.status)
            )
            .as_bytes(),
        );
        for (name, value) in http.headers {
            // The body is stored decoded and whole.
            if matches!(
                name.as_str(),
                "content-encoding" | "transfer-encoding" | "content-length"
            ) {
                continue;
            }
            block.extend_from_slice(name.as_str().as_bytes());
            block.extend_from_slice(b": ");
            block.extend_from_slice(value.as_bytes());
            block.extend_from_slice(b"\r\n");
        }
        block.extend_from_slice(format!("Content-Length: {}\r\n\r\n", http.body.len()).as_bytes());
        block.extend_from_slice(http.body);

        let meta = ItemMeta {
            id: item.id.clone(),
            source: item.source.clone(),
            fetched_at: item.fetched_at,
            format: item.format,
            feed: item.feed.clone(),
            content_type: item.content_type.clone(),
        };
        let meta = serde_json::to_string(&meta).map_err(|e| ArchiveError::Io {
            path: self.files.dir.clone(),
            source: std::io::Error::other(e),
        })?;
        let record = warc::RecordBuilder::default()
            .version("1.1".to_string())
            .warc_type(warc::RecordType::Response)
            .date(item.fetched_at)
            .header(warc::WarcHeader::TargetURI, item.url.as_bytes().to_vec())
            .header(
                warc::WarcHeader::ContentType,
                b"application/http; msgtype=response".to_vec(),
            )
            .header(
                warc::WarcHeader::Unknown(ITEM_HEADER.into()),
                meta.into_bytes(),
            )
            .body(block)
            .build()
            .map_err(|e| ArchiveError::Io {
                path: self.files.dir.clone(),
                source: std::io::Error::other(e.to_string()),
            })?;
        // The crate's writer uses `write` (which may write partially); render
        // into memory and write the whole record at once.
        let mut buf = Vec::new();
        warc::WarcWriter::new(&mut buf)
            .write(&record)
            .map_err(io_err(&self.files.dir))?;
        self.files.write(&buf)
    }

    pub fn current_path(&self) -> Option<&Path> {
        self.files.current_path()
    }
}

/// Archive files under `path` in write order (or `path` itself if a file).
pub fn archive_files(path: &Path, ext: &str) -> Result<Vec<PathBuf>, ArchiveError> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let gz = format!(".{ext}.gz");
    let dot = format!(".{ext}");
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(io_err(path))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            p.is_file() && (name.ends_with(&dot) || (ext == "warc" && name.ends_with(&gz)))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Read a JSON-lines archive file (or every `.jsonl` file in a directory).
pub fn read_jsonl(path: &Path) -> Result<Vec<RawItem>, ArchiveError> {
    let mut items = Vec::new();
    for file in archive_files(path, "jsonl")? {
        let f = File::open(&file).map_err(io_err(&file))?;
        let mut reader = BufReader::new(f);
        let mut offset = 0u64;
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = reader.read_until(b'\n', &mut line).map_err(io_err(&file))?;
            if n == 0 {
                break;
            }
            if !line.iter().all(u8::is_ascii_whitespace) {
                let item: RawItem =
                    serde_json::from_slice(&line).map_err(|e| ArchiveError::Corrupt {
                        path: file.clone(),
                        offset,
                        reason: e.to_string(),
                    })?;
                items.push(item);
            }
            offset += n as u64;
        }
    }
    Ok(items)
}

/// Counts bytes consumed so record offsets can be reported.
struct Counting<R> {
    inner: R,
    pos: std::rc::Rc<std::cell::Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos.set(self.pos.get() + n as u64);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.pos.set(self.pos.get() + amt as u64);
        self.inner.consume(amt)
    }
}

/// Status, lower-cased headers and body of an HTTP response block.
type HttpParts<'a> = (u16, Vec<(String, String)>, &'a [u8]);

/// Split an HTTP response block into status, headers and body.
fn split_http(block: &[u8]) -> Option<HttpParts<'_>> {
    let end = block.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&block[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next()?;
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some((status, headers, &block[end + 4..]))
}

/// Read a WARC file (or every `.warc` / `.warc.gz` file in a directory):
/// each `response` record becomes a [`RawItem`]; other record types are
/// skipped. A record that cannot be read is reported with its byte offset
/// (in the uncompressed stream for gzip files).
pub fn read_warc(path: &Path) -> Result<Vec<RawItem>, ArchiveError> {
    let mut items = Vec::new();
    for file in archive_files(path, "warc")? {
        let mut f = File::open(&file).map_err(io_err(&file))?;
        let mut magic = [0u8; 2];
        let gzipped = f.read(&mut magic).map_err(io_err(&file))? == 2 && magic == [0x1f, 0x8b];
        std::io::Seek::rewind(&mut f).map_err(io_err(&file))?;
        let inner: Box<dyn BufRead> = if gzipped {
            Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(f)))
        } else {
            Box::new(BufReader::new(f))
        };
        let pos = std::rc::Rc::new(std::cell::Cell::new(0u64));
        let reader = Counting {
            inner,
            pos: pos.clone(),
        };
        let mut records = warc::WarcReader::new(reader).iter_raw_records();
        loop {
            let offset = pos.get();
            let Some(next) = records.next() else { break };
            let corrupt = |reason: String| ArchiveError::Corrupt {
                path: file.clone(),
                offset,
                reason,
            };
            let (header, block) = next.map_err(|e| corrupt(e.to_string()))?;
            let get = |h: warc::WarcHeader| {
                header
                    .headers
                    .get(&h)
                    .map(|v| String::from_utf8_lossy(v).trim().to_string())
            };
            if get(warc::WarcHeader::WarcType).as_deref() != Some("response") {
                continue;
            }
            let url = get(warc::WarcHeader::TargetURI)
                .ok_or_else(|| corrupt("response record without WARC-Target-URI".into()))?;
            let date = get(warc::WarcHeader::Date)
                .and_then(|d| DateTime::parse_from_rfc3339(&d).ok())
                .map(|d| d.with_timezone(&Utc))
                .ok_or_else(|| corrupt("response record without a valid WARC-Date".into()))?;
            let (status, http_headers, body) = split_http(&block)
                .ok_or_else(|| corrupt("response block is not an HTTP response".into()))?;
            let header_ct = http_headers
                .iter()
                .find(|(k, _)| k == "content-type")
                .map(|(_, v)| v.clone());
            let meta: Option<ItemMeta> =
                get(warc::WarcHeader::Unknown(ITEM_HEADER.to_ascii_lowercase()))
                    .map(|m| {
                        serde_json::from_str(&m)
                            .map_err(|e| corrupt(format!("bad {ITEM_HEADER}: {e}")))
                    })
                    .transpose()?;
            let content_type = meta
                .as_ref()
                .and_then(|m| m.content_type.clone())
                .or(header_ct);
            let text = charset::decode(body, content_type.as_deref(), DocKind::Html).text;
            let item = match meta {
                Some(m) => RawItem {
                    v: WIRE_VERSION,
                    id: m.id,
                    url,
                    source: m.source,
                    fetched_at: m.fetched_at,
                    http_status: Some(status),
                    content_type,
                    format: m.format,
                    body: text,
                    feed: m.feed,
                },
                None => RawItem {
                    v: WIRE_VERSION,
                    id: stable_id(&[&crate::canonical_url(&url)]),
                    url,
                    source: Default::default(),
                    fetched_at: date,
                    http_status: Some(status),
                    format: if content_type
                        .as_deref()
                        .map(charset::media_type)
                        .is_some_and(|m| m == "text/plain")
                    {
                        BodyFormat::Text
                    } else {
                        BodyFormat::Html
                    },
                    content_type,
                    body: text,
                    feed: Default::default(),
                },
            };
            items.push(item);
        }
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{CONTENT_ENCODING, CONTENT_TYPE, HeaderMap, HeaderValue};

    fn item(n: usize) -> RawItem {
        RawItem {
            v: WIRE_VERSION,
            id: format!("id{n}"),
            url: format!("https://news.example/a/{n}"),
            source: newswatch_wire::SourceRef {
                feed_url: Some("https://news.example/feed.xml".into()),
                name: Some("Example News".into()),
            },
            fetched_at: DateTime::from_timestamp(1_700_000_000 + n as i64, 123_456_000)
                .unwrap_or_default(),
            http_status: Some(200),
            content_type: Some("text/html; charset=windows-1252".into()),
            format: BodyFormat::Html,
            body: format!("<p>Caf\u{e9} n\u{b0}{n} \u{2014} \u{201c}quoted\u{201d}</p>\n\r\n"),
            feed: newswatch_wire::FeedFields {
                title: Some(format!("Story {n}")),
                guid: Some(format!("g{n}")),
                ..Default::default()
            },
        }
    }

    fn encode_1252(s: &str) -> Vec<u8> {
        encoding_rs::WINDOWS_1252.encode(s).0.into_owned()
    }

    #[test]
    fn jsonl_round_trip_with_rotation() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = JsonlArchive::create(dir.path(), 600).expect("create");
        let items: Vec<_> = (0..10).map(item).collect();
        for i in &items {
            a.append(i).expect("append");
        }
        let files = archive_files(dir.path(), "jsonl").expect("list");
        assert!(files.len() > 1, "rotated into {} files", files.len());
        for f in &files {
            let size = std::fs::metadata(f).expect("meta").len();
            // A file holds at least one record even if that record alone is larger.
            assert!(size <= 600 || read_jsonl(f).expect("read").len() == 1);
        }
        assert_eq!(read_jsonl(dir.path()).expect("read"), items);
    }

    #[test]
    fn warc_round_trip_with_rotation_and_charset() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = WarcArchive::create(dir.path(), 2000).expect("create");
        let mut headers = HeaderMap::new();
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=windows-1252"),
        );
        headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        let items: Vec<_> = (0..8).map(item).collect();
        for i in &items {
            let raw = encode_1252(&i.body);
            a.append(
                i,
                &HttpRecord {
                    status: 200,
                    headers: &headers,
                    body: &raw,
                },
            )
            .expect("append");
        }
        assert!(archive_files(dir.path(), "warc").expect("list").len() > 1);
        assert_eq!(read_warc(dir.path()).expect("read"), items);
    }

    #[test]
    fn foreign_warc_and_non_response_records() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("x.warc");
        let body = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello";
        let info = b"software: test\r\n";
        let mut data = Vec::new();
        data.extend_from_slice(format!("WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Length: {}\r\n\r\n", info.len()).as_bytes());
        data.extend_from_slice(info);
        data.extend_from_slice(b"\r\n\r\n");
        data.extend_from_slice(format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:2>\r\nWARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Target-URI: https://x.example/p?utm_source=a\r\nContent-Length: {}\r\n\r\n", body.len()).as_bytes());
        data.extend_from_slice(body);
        data.extend_from_slice(b"\r\n\r\n");
        std::fs::write(&path, &data).expect("write");
        let items = read_warc(&path).expect("read");
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].body, "hello");
        assert_eq!(items[0].format, BodyFormat::Text);
        assert_eq!(items[0].id, stable_id(&["https://x.example/p"]));
        assert_eq!(
            items[0].fetched_at.to_rfc3339(),
            "2024-01-02T03:04:05+00:00"
        );

        // Corrupt the second record's length: reported with its offset.
        let second = data
            .windows(8)
            .enumerate()
            .filter(|(_, w)| *w == b"WARC/1.0")
            .map(|(i, _)| i)
            .nth(1)
            .expect("two records");
        let mut bad = data.clone();
        bad.truncate(bad.len() - 3);
        std::fs::write(&path, &bad).expect("write");
        match read_warc(&path) {
            Err(ArchiveError::Corrupt { offset, .. }) => assert_eq!(offset, second as u64),
            other => panic!("expected corrupt record, got {other:?}"),
        }
        std::fs::write(&path, b"garbage that is not a warc file\r\n\r\n").expect("write");
        assert!(matches!(
            read_warc(&path),
            Err(ArchiveError::Corrupt { offset: 0, .. })
        ));
    }

    #[test]
    fn gzipped_warc_reads_the_same() {
        use std::io::Write;
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = WarcArchive::create(dir.path(), 1 << 20).expect("create");
        let headers = HeaderMap::new();
        let items: Vec<_> = (0..3).map(item).collect();
        for i in &items {
            let mut it = i.clone();
            it.content_type = None;
            a.append(
                &it,
                &HttpRecord {
                    status: 200,
                    headers: &headers,
                    body: it.body.as_bytes(),
                },
            )
            .expect("append");
        }
        let plain = archive_files(dir.path(), "warc").expect("list");
        let bytes = std::fs::read(&plain[0]).expect("read");
        let gz_path = dir.path().join("copy.warc.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&bytes).expect("gz");
        std::fs::write(&gz_path, gz.finish().expect("gz")).expect("write");
        let from_gz = read_warc(&gz_path).expect("read gz");
        assert_eq!(from_gz, read_warc(&plain[0]).expect("read plain"));
        assert_eq!(from_gz.len(), 3);
        assert_eq!(
            read_warc(dir.path()).expect("dir").len(),
            6,
            "dir lists .warc and .warc.gz"
        );
    }

    #[test]
    fn corrupt_jsonl_line_reports_offset() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.jsonl");
        let good = serde_json::to_string(&item(1)).expect("json");
        std::fs::write(&path, format!("{good}\n{{\"broken\n")).expect("write");
        match read_jsonl(&path) {
            Err(ArchiveError::Corrupt { offset, .. }) => assert_eq!(offset, good.len() as u64 + 1),
            other => panic!("expected corrupt, got {other:?}"),
        }
    }
}
