// End-to-end: replay the demo archive into a SQLite file, serve it with
// `newswatch serve` on a free 127.0.0.1 port, open the dashboard in headless
// Chromium (Debian's package, driven by playwright-core), open a figure and
// check that its chart shows one linked point per claim; screenshots go to
// target/e2e/.
//
// Environment:
//   NEWSWATCH_BIN     the newswatch binary (default: target/debug/newswatch)
//   CHROMIUM          the browser (default: /usr/bin/chromium)
//   NEWSWATCH_E2E_URL test a server that is already running instead

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = process.env.NEWSWATCH_BIN || path.join(ROOT, 'target', 'debug', 'newswatch');
const BROWSER = process.env.CHROMIUM || '/usr/bin/chromium';
const DEMO = path.join(ROOT, 'examples', 'demo');
const CONFIG = path.join(DEMO, 'newswatch.toml');
const SHOTS = path.join(ROOT, 'target', 'e2e');

let base = process.env.NEWSWATCH_E2E_URL || '';
let server = null;
let serverLog = '';
let workdir = null;
let browser = null;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url, ms) {
  const deadline = Date.now() + ms;
  let last = '';
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) {
      throw new Error(`newswatch serve exited with ${server.exitCode}:\n${serverLog}`);
    }
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.status === 200) return;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready after ${ms} ms (${last}):\n${serverLog}`);
}

async function getJson(p) {
  const r = await fetch(`${base}${p}`);
  assert.equal(r.status, 200, `GET ${p}`);
  return r.json();
}

before(async () => {
  assert.ok(existsSync(BROWSER), `no browser at ${BROWSER} (apt-get install chromium)`);
  if (!base) {
    assert.ok(existsSync(BIN), `no newswatch binary at ${BIN} (cargo build -p newswatch)`);
    workdir = mkdtempSync(path.join(tmpdir(), 'newswatch-e2e-'));
    const db = path.join(workdir, 'demo.sqlite');
    execFileSync(BIN, ['replay', DEMO, '--config', CONFIG, '--db', db, '--quiet'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 120_000,
    });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env = { ...process.env, NEWSWATCH_LOG: 'info' };
    delete env.NEWSWATCH_API_TOKEN;
    server = spawn(BIN, ['serve', '--config', CONFIG, '--db', db, '--bind', `127.0.0.1:${port}`], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout.on('data', (d) => (serverLog += d));
    server.stderr.on('data', (d) => (serverLog += d));
  }
  await waitReady(base, 30_000);
  browser = await chromium.launch({
    executablePath: BROWSER,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  if (browser) await browser.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

test('the demo replay gives figures with history', async () => {
  const { figures } = await getJson('/api/figures');
  const tracked = figures.filter((f) => f.tracked);
  assert.ok(tracked.length >= 3, `tracked figures: ${tracked.map((f) => f.id)}`);
  const withValue = tracked.filter((f) => f.current);
  assert.ok(withValue.length >= 1, 'at least one figure has a value after the replay');
});

test('dashboard lists every tracked figure with its current value', async () => {
  const { figures } = await getJson('/api/figures');
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const resp = await page.goto(`${base}/`);
  assert.equal(resp.status(), 200);
  assert.match(await page.title(), /newswatch/);
  for (const f of figures.filter((x) => x.tracked)) {
    const row = page.locator(`table.figures tr[data-figure="${f.id}"]`);
    assert.equal(await row.count(), 1, `row for ${f.id}`);
    const text = await row.innerText();
    assert.ok(text.includes(f.name), `${f.id} shows its name`);
    if (f.current) assert.ok(text.includes(f.current.display), `${f.id} shows ${f.current.display}: ${text}`);
  }
  await page.screenshot({ path: path.join(SHOTS, 'dashboard.png'), fullPage: true });
  await page.close();
});

test('a figure page charts one linked point per claim', async () => {
  const { figures } = await getJson('/api/figures');
  const fig = figures
    .filter((f) => f.tracked && f.claims > 0)
    .sort((a, b) => b.claims - a.claims)[0];
  assert.ok(fig, 'a tracked figure with claims');
  const detail = await getJson(`/api/figures/${encodeURIComponent(fig.id)}`);
  assert.ok(detail.history.length >= 2, `${fig.id} has ${detail.history.length} claims`);

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/`);
  await page.click(`table.figures tr[data-figure="${fig.id}"] a.figure-link`);
  await page.waitForURL(`**/figures/${encodeURIComponent(fig.id)}`);
  assert.equal(await page.locator('h1').first().innerText(), fig.name);

  const chart = page.locator('svg.chart');
  await chart.waitFor({ state: 'visible' });
  const points = chart.locator('circle.pt');
  assert.equal(await points.count(), detail.history.length, 'one point per claim');

  const box = await chart.boundingBox();
  const seen = [];
  for (let i = 0; i < detail.history.length; i++) {
    const h = detail.history[i];
    const pt = points.nth(i);
    assert.equal(await pt.getAttribute('data-claim'), h.claim_id);
    assert.equal(Number(await pt.getAttribute('data-value')), h.value);
    // Linked to its article, with the quote in the tooltip.
    const href = await pt.evaluate((el) => el.closest('a')?.getAttribute('href'));
    assert.equal(href, h.source_url);
    const title = await pt.locator('title').textContent();
    assert.ok(title.includes(h.quote.slice(0, 40)), `tooltip of ${h.claim_id} holds its quote`);
    // Drawn inside the chart.
    const b = await pt.boundingBox();
    assert.ok(b && b.width > 0, `${h.claim_id} is drawn`);
    assert.ok(b.x >= box.x && b.x + b.width <= box.x + box.width + 1, `${h.claim_id} inside the chart horizontally`);
    assert.ok(b.y >= box.y && b.y + b.height <= box.y + box.height + 1, `${h.claim_id} inside the chart vertically`);
    seen.push({ v: h.value, y: b.y + b.height / 2 });
  }
  // A higher value is drawn higher.
  const hi = seen.reduce((a, b) => (b.v > a.v ? b : a));
  const lo = seen.reduce((a, b) => (b.v < a.v ? b : a));
  if (hi.v > lo.v) assert.ok(hi.y < lo.y, 'higher values sit higher');

  // Conflicting claims are drawn in their own colour.
  for (let i = 0; i < detail.history.length; i++) {
    if (detail.history[i].conflict) {
      assert.match(await points.nth(i).getAttribute('class'), /pt-conflict/);
    }
  }
  // The history table has a row per claim.
  assert.equal(await page.locator('table.history tbody tr').count(), detail.history.length);
  await page.screenshot({ path: path.join(SHOTS, `figure-${fig.id}.png`), fullPage: true });
  await page.close();
});

test('alerts feed and source health pages render', async () => {
  const { alerts } = await getJson('/api/alerts');
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const r = await page.goto(`${base}/alerts`);
  assert.equal(r.status(), 200);
  assert.equal(await page.locator('article.alert').count(), Math.min(alerts.length, 50));
  await page.screenshot({ path: path.join(SHOTS, 'alerts.png'), fullPage: true });
  const s = await page.goto(`${base}/sources`);
  assert.equal(s.status(), 200);
  assert.equal(await page.locator('h1').innerText(), 'Source health');
  await page.close();
});
