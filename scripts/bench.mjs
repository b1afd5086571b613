// The speed and size benchmark: the release app against a baseline, in headless Chromium, with
// every measured page slowed the same way through the DevTools protocol: the CPU 4× slower and
// the network shaped to 1.6 Mbit/s down, 750 kbit/s up and 150 ms round trips.
//
// What it measures:
// 1. Bytes. Every file of the build raw, gzip and brotli (scripts/sizes.mjs: the service worker
//    precaches the whole build, so all of it is a first visit), and what the browser actually
//    received on a cold visit: the page's requests (the sum of Network.loadingFinished
//    encodedDataLength, headers included) plus the service worker's precache requests (the same
//    figure, read through Playwright's request sizes, as a CDP session on the page does not see
//    the worker's requests), with the content-encoding the server chose.
// 2. Load, for the links in VIEWS (the default comparison, a ladder link, a shared comparison and
//    the self-assessment), each figure the median of RUNS runs, every run in a fresh browser context:
//    - cold: empty cache, no service worker; repeat: the same context navigated again once the
//      service worker is installed and controls the page (checked: the page came from it);
//    - first contentful paint, and largest contentful paint (the last 'largest-contentful-paint'
//      entry, read once the page has settled; nothing is clicked before, as input stops it);
//    - "answers input": the later of the moment the page is there (the app: #view-heading is in
//      the DOM, seen by a MutationObserver; the baseline: DOMContentLoaded) and the end of the last
//      long task or long animation frame (50 ms or more; 'longtask' entries leave out the style,
//      layout and paint that follow a task, 'long-animation-frame' entries hold them) before 2 s
//      with none. From then on a click is handled and drawn within about 50 ms: Lighthouse's time
//      to interactive, with a shorter quiet window.
// 3. The baseline: the app's own pages for those links as it renders them, saved as static HTML with the
//    build's CSS and no script at all (made in this run, unthrottled, service workers blocked;
//    written to target/bench-baseline/), served by a second static server and measured cold in
//    the same way. Each load figure is also given as the ratio app / baseline.
// 4. Interactions in a loaded app (CPU 4×, network still shaped): input to next paint, 95th
//    percentile of REPS of each action. Clicks are plain mouse input at the element's centre
//    (Playwright's locator.click() runs its own hit-target check in the page during the click,
//    which would be counted). Each action is run REPS times with no trace, then REPS times
//    while tracing (tracing itself slows the page by a few ms). Three figures each:
//    - Event Timing (no trace): the page's PerformanceObserver ('event', durationThreshold 16):
//      the longest event of the interaction, as the browser reports it to pages (rounded to 8
//      ms); only events of 16 ms or more are reported, so an interaction with no entry took under
//      16 ms, and the p95 is "< 16" when fewer than 5% reached 16 ms.
//    - trace: the same durations from Chromium's EventTiming trace events, at full precision and
//      for every interaction: from the input's time stamp until the frame showing its result is
//      presented. The target is held to the Event Timing figure, which no trace slows: a p95
//      under 16 ms is fewer than 5% of interactions with an entry.
//    - main-thread busy: the time the page's main thread was busy within that time (script,
//      style, layout, paint), from the same trace: the work done, without the wait for the next
//      frame. Headless Chromium draws on a 60 Hz clock, so input to next paint includes up to
//      16.7 ms of waiting even for a page that does nothing; the "bare button" row (a button with
//      no handler of its own, added to the page) shows the floor that the browser itself sets.
//    Without EventTiming trace events the busy time runs from one input to the next, as in
//    scripts/bench-notes.mjs, and the trace column says "n/a".
// 5. Memory: the JS heap in use (Performance.getMetrics JSHeapUsedSize, after a garbage
//    collection) and the wasm memory (the exports' memory.buffer), after load and after the
//    interactions.
// 6. Lighthouse (scripts/lighthouse.mjs): its performance, accessibility, best practices and SEO
//    scores for the default view and a ladder link, in its own default mobile setting (simulated throttling).
//
// Prints the tables and writes benchmarks/latest.json (every sample), benchmarks/latest.md and
// the README's table between <!-- bench:start --> and <!-- bench:end -->.
// Usage: node scripts/bench.mjs   (builds the release app with scripts/build.sh first)
//        DIST=/some/build node scripts/bench.mjs   (measures that build as it is)
// Env: RUNS (default and least 5), REPS (default and least 50), ONLY=interactions (those alone,
// printed, nothing written). About 7 minutes on a quiet
// 2-CPU machine, twice that on a busy one.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { measure, table, gzipTotal } from './sizes.mjs';
import { startStaticServer } from './static-server.mjs';
import { thousandNotes } from './notes-fixture.mjs';
import { lighthouseScores } from './lighthouse.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(5, Number(process.env.RUNS) || 5);
// Fewer than 50 only with ONLY=interactions, to check the actions themselves quickly.
const REPS = Math.max(process.env.ONLY === 'interactions' ? 1 : 50, Number(process.env.REPS) || 50);
const CPU_SLOWDOWN = 4;
// ONLY=interactions: the interactions and memory alone, printed and not written (for trying a
// change quickly; the README's table comes from a whole run).
const INTERACTIONS_ONLY = process.env.ONLY === 'interactions';
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
// The links whose loads are measured: the default comparison, a ladder link, a shared comparison
// (three roles, one cell open) and the self-assessment.
const VIEWS = {
  compare: '?view=compare&roles=pm,ceo&v=1',
  ladder: '?view=ladder&v=1',
  shared: '?view=compare&roles=pm,cpo,ceo&open=budget.ceo&v=1',
  assess: '?view=assess&v=1',
};
// Opened for interactions only.
const INTERACTION_VIEWS = { assess: '?view=assess&v=1', notes: '?view=notes&v=1' };
// Lighthouse runs on these.
const LIGHTHOUSE_VIEWS = { default: '', ladder: '?view=ladder&from=pm&to=cpo&v=1' };
const NOTES_VIEW = '?view=compare&roles=pm,ceo&open=budget.ceo&v=1';
const EDITOR = 'note-cell-ceo-budget';
const QUIET_MS = 2000;
const LOAD_TIMEOUT_MS = 90_000;
const PAUSE_MS = 80;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];
const TARGETS = { firstVisitGzipKB: 300, wasmBrotliKB: 230, lcpRatio: 1.2, answersRatio: 2, interactionP95Ms: 16 };
// Each action against the bare button of the same run (trace figures), and memory growth.
const FLOOR_TARGETS = { median: 1.5, p95: 2, arrowMedian: 1.2 };
const MEMORY_GROWTH_TARGET = 1.25;
const LIGHTHOUSE_TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 };
const BASELINE_DIR = join(ROOT, 'target', 'bench-baseline');
const OUT_DIR = join(ROOT, 'benchmarks');
const README = join(ROOT, 'README.md');
const MARK_START = '<!-- bench:start -->';
const MARK_END = '<!-- bench:end -->';

class BenchError extends Error {}

const startedAt = Date.now();
const progress = (message) => console.log(`bench: [${Math.round((Date.now() - startedAt) / 1000)} s] ${message}`);

// ---------------------------------------------------------------------------------------------
// Numbers

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => (xs.length ? sorted(xs)[Math.floor(xs.length / 2)] : null);
const p95 = (xs) => (xs.length ? sorted(xs)[Math.ceil(xs.length * 0.95) - 1] : null);
const sum = (xs) => xs.reduce((total, x) => total + x, 0);
const ms = (x) => (x === null || x === undefined ? 'n/a' : `${Math.round(x)}`);
const ms1 = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(1));
const kb = (bytes) => (bytes === null || bytes === undefined ? 'n/a' : (bytes / 1024).toFixed(1));
const mb = (bytes) => (bytes === null || bytes === undefined ? 'n/a' : (bytes / 1024 / 1024).toFixed(1));
const ratio = (a, b) => (a === null || b === null || b === 0 ? 'n/a' : `${(a / b).toFixed(1)}×`);

// ---------------------------------------------------------------------------------------------
// The build and the baseline

function buildOrUse() {
  if (process.env.DIST) return resolve(process.env.DIST);
  console.log('bench: building the release app (scripts/build.sh); set DIST to measure a build as it is');
  const build = spawnSync('bash', [join(ROOT, 'scripts', 'build.sh')], { stdio: 'inherit', cwd: ROOT });
  if (build.status !== 0) throw new BenchError(`scripts/build.sh failed (exit ${build.status ?? build.signal})`);
  return join(ROOT, 'dist');
}

function checkBuild(dir) {
  if (!existsSync(join(dir, 'index.html'))) throw new BenchError(`no build at ${dir} (no index.html): run scripts/build.sh or set DIST`);
  if (!readdirSync(dir).some((file) => file.endsWith('.wasm'))) throw new BenchError(`no .wasm in ${dir}: is it a release build?`);
  if (!existsSync(join(dir, 'sw.js'))) throw new BenchError(`no sw.js in ${dir}: a release build registers a service worker`);
}

const buildId = (dir) => readFileSync(join(dir, 'index.html'), 'utf8').match(/name="?pm-compass-build"? content="?([^"\s>]+)/)?.[1] ?? 'unknown';

/** Writes `file` and its gzip and brotli copies, as finish-build does for the build. */
function writeCompressed(file, text) {
  const data = Buffer.from(text);
  writeFileSync(file, data);
  writeFileSync(file + '.gz', gzipSync(data, { level: 9 }));
  writeFileSync(file + '.br', brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}

/** The baseline's folder: the build's CSS and favicon (with their compressed copies). */
function prepareBaselineDir(dist) {
  rmSync(BASELINE_DIR, { recursive: true, force: true });
  mkdirSync(BASELINE_DIR, { recursive: true });
  for (const file of readdirSync(dist).filter((name) => /\.css(\.gz|\.br)?$|^favicon\.svg(\.gz|\.br)?$/.test(name))) {
    copyFileSync(join(dist, file), join(BASELINE_DIR, file));
  }
}

/** The page as rendered, without any script, preload or manifest: what a static page would be. */
function serialiseWithoutScript() {
  for (const element of document.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], link[rel="manifest"]')) {
    element.remove();
  }
  return '<!doctype html>' + document.documentElement.outerHTML;
}

async function makeBaseline(browser, appUrl, dist) {
  prepareBaselineDir(dist);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    for (const [name, query] of Object.entries(VIEWS)) {
      await page.goto(appUrl + query);
      await page.locator('#view-heading').waitFor({ timeout: 30_000 }).catch(() => {
        throw new BenchError(`the app did not render #view-heading at ${query} (making the baseline)`);
      });
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      writeCompressed(join(BASELINE_DIR, `${name}.html`), await page.evaluate(serialiseWithoutScript));
    }
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// In the page (these functions run in the browser)

/** Installed before any of the page's scripts: what the page's own APIs can tell. */
function pageProbe() {
  const probe = { ready: null, dcl: null, lcp: null, longTasks: [], longFrames: [], events: [], inputs: [], wasm: null };
  Object.defineProperty(window, '__bench', { value: probe });
  const describe = (element) => {
    if (!element) return '(removed)';
    const name = element.localName + (element.id ? '#' + element.id : '') + (element.classList.length ? '.' + element.classList[0] : '');
    return `${name} “${(element.textContent || '').trim().slice(0, 40)}”`;
  };
  const observe = (type, options, each) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true, ...options });
    } catch {
      // An entry type this browser lacks stays empty and is reported as n/a.
    }
  };
  observe('largest-contentful-paint', {}, (entry) => {
    probe.lcp = { time: entry.startTime, element: describe(entry.element), size: entry.size };
  });
  observe('longtask', {}, (entry) => probe.longTasks.push([entry.startTime, entry.startTime + entry.duration]));
  observe('long-animation-frame', {}, (entry) => probe.longFrames.push([entry.startTime, entry.startTime + entry.duration]));
  observe('event', { durationThreshold: 16 }, (entry) =>
    probe.events.push({ type: entry.name, interactionId: entry.interactionId, start: entry.startTime, duration: entry.duration }),
  );
  // The time stamp of every input that starts an interaction, to tell which action is which.
  for (const type of ['pointerdown', 'keydown']) {
    addEventListener(type, (event) => event.isTrusted && probe.inputs.push(event.timeStamp), { capture: true });
  }
  addEventListener('TrunkApplicationStarted', (event) => {
    probe.wasm = event.detail?.wasm ?? null;
  });
  document.addEventListener('DOMContentLoaded', () => {
    probe.dcl = performance.now();
  });
  new MutationObserver((_, observer) => {
    if (document.getElementById('view-heading')) {
      probe.ready = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Waits until the page is there, loaded and painted, and its main thread has had no long task
 * or long animation frame for `quietMs`.
 */
async function settleInPage({ app, quietMs, timeoutMs }) {
  const probe = window.__bench;
  const deadline = performance.now() + timeoutMs;
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0 && document.readyState === 'complete';
  for (;;) {
    const ready = app ? probe.ready : probe.dcl;
    if (ready !== null && painted()) {
      const lastLong = Math.max(0, ...[...probe.longTasks, ...probe.longFrames].map(([, end]) => end));
      const answers = Math.max(ready, lastLong);
      if (performance.now() - answers >= quietMs) {
        return {
          ready,
          answers,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          lcp: probe.lcp?.time ?? null,
          lcpElement: probe.lcp?.element ?? null,
          longTasks: probe.longTasks,
          longFrames: probe.longFrames,
          controlled: Boolean(navigator.serviceWorker?.controller),
        };
      }
    }
    if (performance.now() > deadline) return { error: ready === null ? 'not there' : painted() ? 'never quiet' : 'never painted' };
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function serviceWorkerInPage(timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  await navigator.serviceWorker.ready;
  while (!navigator.serviceWorker.controller) {
    if (performance.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, 50));
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Browser plumbing

async function launch() {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new BenchError(`no Chromium at ${executablePath} (set CHROMIUM)`);
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Slows the page's CPU and network; call before each navigation that is measured. */
async function throttle(cdp) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** A new page of `context` with a CDP session, throttled. */
async function throttledPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  return { page, cdp };
}

const header = (headers, name) => Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];

/** Counts what the page's requests transferred; `take()` returns the count so far and restarts. */
function watchPageNetwork(cdp) {
  let tally;
  const restart = () => (tally = { bytes: 0, requests: 0, encodings: {}, fromServiceWorker: 0, documentFromServiceWorker: null });
  restart();
  const responses = new Map();
  cdp.on('Network.responseReceived', (event) => responses.set(event.requestId, event));
  cdp.on('Network.loadingFinished', (event) => {
    const received = responses.get(event.requestId);
    tally.bytes += event.encodedDataLength;
    tally.requests += 1;
    if (!received) return;
    const { response, type } = received;
    if (type === 'Document') tally.documentFromServiceWorker = response.fromServiceWorker;
    if (response.fromServiceWorker) tally.fromServiceWorker += 1;
    if (event.encodedDataLength > 0) {
      const encoding = header(response.headers, 'content-encoding') ?? 'none';
      tally.encodings[encoding] = (tally.encodings[encoding] ?? 0) + 1;
    }
  });
  return {
    take: () => {
      const taken = tally;
      restart();
      return taken;
    },
  };
}

/** Counts what the service worker's own requests (its precache) transferred. */
function watchWorkerNetwork(context) {
  const pending = [];
  context.on('requestfinished', (request) => {
    if (!request.serviceWorker()) return;
    pending.push(
      Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => ({
        url: request.url(),
        bytes: Math.max(0, sizes.responseBodySize + sizes.responseHeadersSize),
        encoding: response?.headers()['content-encoding'] ?? 'none',
      })),
    );
  });
  return async () => {
    const requests = await Promise.all(pending);
    const encodings = {};
    for (const { bytes, encoding } of requests) if (bytes > 0) encodings[encoding] = (encodings[encoding] ?? 0) + 1;
    return { bytes: sum(requests.map((request) => request.bytes)), requests: requests.length, encodings };
  };
}

async function settle(page, app, what) {
  const result = await page.evaluate(settleInPage, { app, quietMs: QUIET_MS, timeoutMs: LOAD_TIMEOUT_MS });
  if (result.error === 'not there') {
    throw new BenchError(app ? `the app did not render #view-heading at ${what} within ${LOAD_TIMEOUT_MS / 1000} s` : `${what} never reached DOMContentLoaded`);
  }
  if (result.error === 'never painted') throw new BenchError(`${what}: no first paint and load event within ${LOAD_TIMEOUT_MS / 1000} s`);
  if (result.error) throw new BenchError(`${what}: the main thread was never quiet for ${QUIET_MS} ms within ${LOAD_TIMEOUT_MS / 1000} s`);
  return result;
}

async function waitForServiceWorker(page, what) {
  const installed = await page.evaluate(serviceWorkerInPage, LOAD_TIMEOUT_MS);
  if (!installed) throw new BenchError(`${what}: the service worker did not take control within ${LOAD_TIMEOUT_MS / 1000} s`);
}

// ---------------------------------------------------------------------------------------------
// Load

/** One navigation, measured: paints, "answers input", what was transferred. */
async function visit(page, cdp, network, url, app) {
  await throttle(cdp);
  network.take();
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
  const figures = await settle(page, app, url);
  return { ...figures, transfer: network.take() };
}

/** The app, cold and then served by its service worker, in a fresh context. */
async function appRun(browser, url) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(pageProbe);
    const workerTransfer = watchWorkerNetwork(context);
    const { page, cdp } = await throttledPage(context);
    const network = watchPageNetwork(cdp);
    const cold = await visit(page, cdp, network, url, true);
    await waitForServiceWorker(page, url);
    await page.waitForTimeout(300); // Playwright reports the worker's last requests a moment later.
    cold.transfer.worker = await workerTransfer();
    cold.transfer.total = cold.transfer.bytes + cold.transfer.worker.bytes;
    const repeat = await visit(page, cdp, network, url, true);
    repeat.transfer.total = repeat.transfer.bytes;
    repeat.servedByWorker = repeat.controlled && repeat.transfer.documentFromServiceWorker === true;
    return { cold, repeat };
  } finally {
    await context.close();
  }
}

/** The baseline page, cold, in a fresh context. */
async function baselineRun(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await context.addInitScript(pageProbe);
    const { page, cdp } = await throttledPage(context);
    const cold = await visit(page, cdp, watchPageNetwork(cdp), url, false);
    cold.transfer.total = cold.transfer.bytes;
    return { cold };
  } finally {
    await context.close();
  }
}

/** RUNS rounds; in each, every view of the app and of the baseline, so drift hits them alike. */
async function measureLoads(browser, appUrl, baselineUrl) {
  const load = {};
  for (const view of Object.keys(VIEWS)) load[view] = { app: { cold: [], repeat: [] }, baseline: { cold: [] } };
  for (let run = 1; run <= RUNS; run++) {
    for (const [view, query] of Object.entries(VIEWS)) {
      progress(`load, run ${run} of ${RUNS}, ${view}`);
      const app = await appRun(browser, appUrl + query);
      load[view].app.cold.push(app.cold);
      load[view].app.repeat.push(app.repeat);
      load[view].baseline.cold.push((await baselineRun(browser, `${baselineUrl}${view}.html`)).cold);
    }
  }
  return load;
}

// ---------------------------------------------------------------------------------------------
// Interactions

/** Which action an interaction belongs to: the last input at or before its start. */
function actionIndex(inputs, start) {
  let found = -1;
  for (let i = 0; i < inputs.length && inputs[i] <= start + 1; i++) found = i;
  return found;
}

/** The page's Event Timing entries, per action: the longest event, or null (under 16 ms). */
function eventTimingPerAction(inputs, entries) {
  const longest = inputs.map(() => null);
  for (const entry of entries.filter((e) => e.interactionId > 0)) {
    const first = Math.min(...entries.filter((e) => e.interactionId === entry.interactionId).map((e) => e.start));
    const i = actionIndex(inputs, first);
    if (i >= 0) longest[i] = Math.max(longest[i] ?? 0, entry.duration);
  }
  return longest;
}

/** The renderer main thread's outermost tasks in a trace, each [start, end] in µs. */
function mainThreadTasks(events, pid, tid) {
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts)
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)]);
  const outermost = [];
  for (const task of tasks) {
    const outer = outermost.at(-1);
    if (!outer || task[0] >= outer[1]) outermost.push(task);
  }
  return outermost;
}

const busyWithin = (tasks, [from, to]) => sum(tasks.map(([start, end]) => Math.max(0, Math.min(end, to) - Math.max(start, from)))) / 1000;

/** The trace's EventTiming durations and main-thread busy time, per action. */
function tracePerAction(inputs, traceBuffer) {
  const events = JSON.parse(traceBuffer.toString()).traceEvents;
  const timings = events.filter((e) => e.name === 'EventTiming' && e.ph === 'b' && e.args?.data?.interactionId > 0);
  if (timings.length > 0) {
    const { pid, tid } = timings[0];
    const tasks = mainThreadTasks(events, pid, tid);
    // The trace's clock (µs) against the page's (ms): an EventTiming begins at its time stamp.
    const offset = timings[0].ts - timings[0].args.data.timeStamp * 1000;
    // Per action, its longest event (the interaction's latency) and that event's window.
    const longest = inputs.map(() => null);
    for (const { args } of timings) {
      const { timeStamp, duration, interactionId } = args.data;
      const first = Math.min(...timings.filter((t) => t.args.data.interactionId === interactionId).map((t) => t.args.data.timeStamp));
      const i = actionIndex(inputs, first);
      if (i >= 0 && (longest[i] === null || duration > longest[i].duration)) longest[i] = { timeStamp, duration };
    }
    return longest.map((event) =>
      event === null
        ? { trace: null, busy: null }
        : { trace: event.duration, busy: busyWithin(tasks, [offset + event.timeStamp * 1000, offset + (event.timeStamp + event.duration) * 1000]) },
    );
  }
  // No EventTiming in the trace: busy time from each input's dispatch to the next one's.
  const dispatches = events.filter((e) => e.name === 'EventDispatch' && ['pointerdown', 'keydown'].includes(e.args?.data?.type)).sort((a, b) => a.ts - b.ts);
  if (dispatches.length !== inputs.length) return inputs.map(() => ({ trace: null, busy: null }));
  const tasks = mainThreadTasks(events, dispatches[0].pid, dispatches[0].tid);
  const starts = dispatches.map((d) => tasks.findLast(([start]) => start <= d.ts)?.[0] ?? d.ts);
  return starts.map((start, i) => ({ trace: null, busy: busyWithin(tasks, [start, starts[i + 1] ?? start + 1e6]) }));
}

/**
 * Runs `steps` REPS times over, each step an action that makes one interaction and then a wait
 * for its visible result; with `traced`, inside a Chromium trace. Returns [label, figures] for
 * every action, in order.
 */
async function runPass(browser, page, steps, traced) {
  await page.evaluate(() => {
    window.__bench.inputs.length = 0;
    window.__bench.events.length = 0;
  });
  const labels = [];
  if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let trace;
  try {
    for (let rep = 0; rep < REPS; rep++) {
      for (const step of steps) {
        await step.act(rep);
        await step.done(rep).catch(() => {
          throw new BenchError(`${step.label}: the page did not show the result (repetition ${rep + 1})`);
        });
        labels.push(step.label);
        await page.waitForTimeout(PAUSE_MS);
      }
    }
    await page.waitForTimeout(300);
  } finally {
    if (traced) trace = await browser.stopTracing();
  }
  const { inputs, events } = await page.evaluate(() => ({ inputs: [...window.__bench.inputs], events: [...window.__bench.events] }));
  if (inputs.length !== labels.length) throw new BenchError(`${steps[0].label}: ${labels.length} actions but ${inputs.length} inputs reached the page`);
  const figures = traced ? tracePerAction(inputs, trace) : eventTimingPerAction(inputs, events).map((eventTiming) => ({ eventTiming }));
  return labels.map((label, i) => [label, figures[i]]);
}

/** The figures of each action in `steps`, by label: REPS with no trace, then REPS traced. */
async function runInteractions(browser, page, steps) {
  const results = {};
  for (const traced of [false, true]) {
    for (const [label, figures] of await runPass(browser, page, steps, traced)) {
      const samples = (results[label] ??= { eventTiming: [], trace: [], busy: [] });
      if (traced) {
        samples.trace.push(figures.trace);
        samples.busy.push(figures.busy);
      } else {
        samples.eventTiming.push(figures.eventTiming);
      }
    }
  }
  return results;
}

/** A plain mouse click at the centre of an element, scrolled into view first. */
async function clickAt(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new BenchError(`nothing to click: ${locator}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Opens the app in a fresh context, throttled, and waits until it is settled and installed. */
async function openApp(browser, url, storedNotes = null) {
  const context = await browser.newContext();
  await context.addInitScript(pageProbe);
  if (storedNotes) await context.addInitScript((notes) => localStorage.setItem('pm-compass.notes', notes), storedNotes);
  const { page, cdp } = await throttledPage(context);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
  await settle(page, true, url);
  await waitForServiceWorker(page, url);
  // Playwright's page script sits in the same JS heap: load it now, so later readings compare.
  await page.locator('#view-heading').waitFor();
  return { context, page, cdp };
}

/** The JS heap in use after a garbage collection, and the wasm memory, in bytes. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const jsHeap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? null;
  const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer.byteLength ?? null);
  return { jsHeap, wasm };
}

const LABELS = {
  bare: 'Compare: click a bare button (no handler; the floor)',
  addRole: 'Compare: add a role (key on “Add a role”)',
  removeRole: 'Compare: remove a role (click ×)',
  openCell: 'Compare: open a cell (click)',
  closeCell: 'Compare: close a cell (Escape)',
  differencesOn: 'Compare: turn “Only differences” on (click)',
  differencesOff: 'Compare: turn it off again (click)',
  pin: 'Compare: pin a row (click)',
  unpin: 'Compare: unpin it (click)',
  theme: 'Compare: change the theme (key on “Theme”)',
  organisation: 'Compare: read it for an organisation (↓ on “Organisation”)',
  typical: 'Compare: back to the typical reading (↑)',
  moveLeft: 'Compare: move a role left (click ←)',
  moveBack: 'Compare: move it back (click →)',
  arrowRight: 'Compare: arrow key to the next cell',
  arrowLeft: 'Compare: arrow key back',
  chooseRung: 'Ladder: choose a rung (click)',
  clearRung: 'Ladder: choose it again to clear (click)',
  answer: 'Assessment: answer a question (click)',
  answerOther: 'Assessment: change the answer (click)',
  keystroke: 'Note: a keystroke, 1,000 notes stored',
  search: 'Notes: type in the search, 1,000 notes',
  searchBack: 'Notes: delete it again (Backspace)',
};

/**
 * The id of an element found the way a person finds it, by role and name. The actions then use
 * the id: a role lookup costs Playwright a tenth of a second in this page at 4× CPU.
 */
async function idOf(locator) {
  const id = await locator.getAttribute('id', { timeout: 10_000 }).catch(() => null);
  if (!id) throw new BenchError(`not found, or without an id: ${locator}`);
  return `#${id}`;
}

async function compareSteps(page) {
  const bare = page.locator('#bench-bare-button');
  const addRole = page.locator(await idOf(page.getByRole('combobox', { name: 'Add a role' })));
  // Made and removed by the actions; its label in the DOM is an aria-label.
  const remove = page.locator('button[aria-label="Remove Chief Product Officer"]');
  const cellId = await idOf(page.getByRole('table').getByRole('cell').getByRole('button').first());
  const cell = page.locator(cellId);
  const detail = page.locator('table .detail');
  const switchId = await idOf(page.getByRole('switch', { name: 'Only differences' }));
  const onlyDifferences = page.locator(switchId);
  const switched = (on) => page.locator(`${switchId}${on ? ':checked' : ':not(:checked)'}`).waitFor({ timeout: 10_000 });
  const pinId = await idOf(page.getByRole('button', { name: 'Pin P&L and budget to the top' }));
  const pin = page.locator(pinId);
  const pinned = (on) => page.locator(`${pinId}[aria-pressed="${on}"]`).waitFor({ timeout: 10_000 });
  const themeId = await idOf(page.getByRole('combobox', { name: 'Theme' }));
  const theme = page.locator(themeId);
  let expectedTheme = '';
  const themeStep = {
    label: LABELS.theme,
    act: async () => {
      await theme.focus();
      expectedTheme = await page.evaluate(nextThemeStartingWithA, themeId.slice(1));
      await page.keyboard.press('a');
    },
    done: () => page.waitForFunction(([id, value]) => document.getElementById(id).value === value, [themeId.slice(1), expectedTheme], { timeout: 10_000 }),
  };
  // An arrow on the focused Organisation select, as a person would: ↓ picks "Early start-up",
  // ↑ "Typical (any)" again. (Letters would not do: two within a second are read as one search.)
  const organisationId = await idOf(page.getByRole('combobox', { name: 'Organisation' }));
  const organisation = page.locator(organisationId);
  const organisationStep = (label, key, value) => ({
    label,
    act: async () => {
      await organisation.focus();
      await page.keyboard.press(key);
    },
    done: () => page.waitForFunction(([id, to]) => document.getElementById(id).value === to, [organisationId.slice(1), value], { timeout: 10_000 }),
  });
  const moveLeft = page.locator(await idOf(page.getByRole('button', { name: 'Move CEO left' })));
  const moveBack = page.locator(await idOf(page.getByRole('button', { name: 'Move CEO right' })));
  const firstColumn = (name) =>
    page.waitForFunction((text) => document.querySelector('table.matrix thead th:nth-child(2) .column-name')?.textContent === text, name, { timeout: 10_000 });
  const secondCell = await page.evaluate((first) => {
    const button = document.querySelector(first);
    return '#' + button.closest('td').nextElementSibling.querySelector('button').id;
  }, cellId);
  const focused = (locator) => page.waitForFunction((id) => document.activeElement?.id === id, locator.replace('#', ''), { timeout: 10_000 });
  return [
    [{ label: LABELS.bare, act: () => clickAt(page, bare), done: () => Promise.resolve() }],
    [
      // Playwright's selectOption sets the value from script, which is not an input the browser
      // times; a key on the focused <select> picks "Chief Product Officer" as a person would.
      {
        label: LABELS.addRole,
        act: async () => {
          await addRole.focus();
          await page.keyboard.press('c');
        },
        done: () => remove.waitFor({ timeout: 10_000 }),
      },
      { label: LABELS.removeRole, act: () => clickAt(page, remove), done: () => remove.waitFor({ state: 'detached', timeout: 10_000 }) },
    ],
    [
      { label: LABELS.openCell, act: () => clickAt(page, cell), done: () => detail.waitFor({ timeout: 10_000 }) },
      { label: LABELS.closeCell, act: () => page.keyboard.press('Escape'), done: () => detail.waitFor({ state: 'detached', timeout: 10_000 }) },
    ],
    [
      { label: LABELS.differencesOn, act: () => clickAt(page, onlyDifferences), done: () => switched(true) },
      { label: LABELS.differencesOff, act: () => clickAt(page, onlyDifferences), done: () => switched(false) },
    ],
    [
      { label: LABELS.pin, act: () => clickAt(page, pin), done: () => pinned(true) },
      { label: LABELS.unpin, act: () => clickAt(page, pin), done: () => pinned(false) },
    ],
    // A letter on the focused <select> picks the next option starting with it, as a person
    // would: "Authority", "Accountability", then "All themes" again, so each repetition ends
    // where it started.
    [themeStep, themeStep, themeStep],
    [organisationStep(LABELS.organisation, 'ArrowDown', 'startup'), organisationStep(LABELS.typical, 'ArrowUp', '')],
    [
      { label: LABELS.moveLeft, act: () => clickAt(page, moveLeft), done: () => firstColumn('CEO') },
      { label: LABELS.moveBack, act: () => clickAt(page, moveBack), done: () => firstColumn('Product Manager') },
    ],
    [
      {
        label: LABELS.arrowRight,
        act: async (rep) => {
          // Focus starts on the first cell (a script focus, not an input the browser times).
          if (rep === 0) await cell.focus();
          await page.keyboard.press('ArrowRight');
        },
        done: () => focused(secondCell),
      },
      { label: LABELS.arrowLeft, act: () => page.keyboard.press('ArrowLeft'), done: () => focused(cellId) },
    ],
  ];
}

/** In the page: the value the theme picker takes at the next "a" (options starting with A, in turn). */
function nextThemeStartingWithA(id) {
  const select = document.getElementById(id);
  const options = [...select.options];
  const after = [...options.slice(select.selectedIndex + 1), ...options.slice(0, select.selectedIndex + 1)];
  return after.find((option) => option.textContent.trim().toLowerCase().startsWith('a')).value;
}

async function ladderSteps(page) {
  const rungId = await idOf(page.getByRole('main').getByRole('button', { name: /^Product Manager Product (management|leadership) · / }));
  const rung = page.locator(rungId);
  const pressed = (on) => page.locator(`${rungId}[aria-pressed="${on}"]`).waitFor({ timeout: 10_000 });
  return [
    { label: LABELS.chooseRung, act: () => clickAt(page, rung), done: () => pressed(true) },
    { label: LABELS.clearRung, act: () => clickAt(page, rung), done: () => pressed(false) },
  ];
}

function assessmentSteps(page) {
  const option = (level) => page.locator(`label[for="answer-decisions-${level}"]`);
  const checked = (level) => page.locator(`#answer-decisions-${level}:checked`).waitFor({ timeout: 10_000 });
  return [
    { label: LABELS.answer, act: () => clickAt(page, option(1)), done: () => checked(1) },
    { label: LABELS.answerOther, act: () => clickAt(page, option(2)), done: () => checked(2) },
  ];
}

function searchSteps(page) {
  const count = page.locator('.notes-count');
  return [
    {
      // A digit: the notes whose number or text holds it stay, about a quarter of them.
      label: LABELS.search,
      act: () => page.keyboard.press('7'),
      done: () => page.waitForFunction(() => !/^1000 of/.test(document.querySelector('.notes-count')?.textContent ?? ''), null, { timeout: 10_000 }),
    },
    { label: LABELS.searchBack, act: () => page.keyboard.press('Backspace'), done: () => count.filter({ hasText: /^1000 of 1000 notes$/ }).waitFor({ timeout: 10_000 }) },
  ];
}

function keystrokeSteps(page, editor) {
  let expected = 0;
  return [
    {
      label: LABELS.keystroke,
      act: async (rep) => {
        expected = (await editor.inputValue()).length + 1;
        await page.keyboard.press(String.fromCharCode(97 + (rep % 26)));
      },
      done: () => page.waitForFunction(([id, n]) => document.getElementById(id).value.length >= n, [EDITOR, expected], { timeout: 10_000 }),
    },
  ];
}

/**
 * Each scenario in a loaded app: its actions, and the memory once loaded and after each group
 * of actions (each group run 2 × REPS times: with no trace, then traced).
 */
async function measureInteractions(browser, appUrl) {
  const interactions = {};
  const memories = [];
  const checkpoint = async (app, name) => memories.push({ name, ...(await memory(app.page, app.cdp)) });
  // Each group runs once, then 2 × REPS times measured: memory is read after the first
  // repetition and after them all, to tell growth from what the first use sets up.
  const run = async (app, steps, name) => {
    for (const step of steps) {
      await step.act(0);
      await step.done(0);
      await app.page.waitForTimeout(PAUSE_MS);
    }
    const first = await memory(app.page, app.cdp);
    Object.assign(interactions, await runInteractions(browser, app.page, steps));
    memories.push({ name, ...(await memory(app.page, app.cdp)), wasmFirst: first.wasm, repetitions: 1 + 2 * REPS });
  };

  progress('interactions on Compare');
  let app = await openApp(browser, appUrl + VIEWS.compare);
  await checkpoint(app, 'Compare, loaded');
  await app.page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'bench-bare-button';
    button.textContent = 'Bare button';
    document.body.prepend(button);
  });
  const [bare, roles, cells, differences, pins, themes, organisations, moves, arrows] = await compareSteps(app.page);
  await run(app, bare, 'Compare: the bare button');
  await run(app, roles, 'Compare: adding and removing a role');
  await run(app, cells, 'Compare: opening and closing a cell');
  await run(app, differences, 'Compare: “Only differences” on and off');
  await run(app, pins, 'Compare: pinning and unpinning a row');
  await run(app, themes, 'Compare: changing the theme');
  await run(app, organisations, 'Compare: reading it for an organisation and back');
  await run(app, moves, 'Compare: moving a role left and back');
  await run(app, arrows, 'Compare: arrow keys between cells');
  await app.context.close();

  progress('interactions on the Ladder');
  app = await openApp(browser, appUrl + VIEWS.ladder);
  await checkpoint(app, 'Ladder, loaded');
  await run(app, await ladderSteps(app.page), 'Ladder: choosing and clearing a rung');
  await app.context.close();

  progress('interactions on the self-assessment');
  app = await openApp(browser, appUrl + INTERACTION_VIEWS.assess);
  await app.page.locator('#assess-start').click();
  await run(app, assessmentSteps(app.page), 'Assessment: answering a question');
  await app.context.close();

  progress('typing in the Notes search, 1,000 notes stored');
  app = await openApp(browser, appUrl + INTERACTION_VIEWS.notes, thousandNotes());
  await app.page.locator('#notes-search').focus();
  await run(app, searchSteps(app.page), 'Notes: searching 1,000 notes');
  await app.context.close();

  progress('keystrokes in a note, 1,000 notes stored');
  app = await openApp(browser, appUrl + NOTES_VIEW, thousandNotes());
  await checkpoint(app, 'Compare with 1,000 notes, loaded');
  const editor = app.page.locator(`#${EDITOR}`);
  await editor.click();
  await run(app, keystrokeSteps(app.page, editor), 'Note: keystrokes, 1,000 notes stored');
  await app.context.close();

  return { interactions, memory: memories };
}


// ---------------------------------------------------------------------------------------------
// Summaries and output

/** The p95 of Event Timing samples, where null means "under 16 ms" (no entry). */
function eventTimingP95(samples) {
  const reached = samples.filter((s) => s !== null);
  if (reached.length < samples.length * 0.05) return { value: null, text: '< 16' };
  const value = p95(samples.map((s) => s ?? 0));
  return value < 16 ? { value: null, text: '< 16' } : { value, text: ms(value) };
}

/** Each action's figures: Event Timing p95, trace p95 and median, busy p95 and median. */
function interactionRowsOf(interactions) {
  return Object.values(LABELS)
    .filter((label) => interactions[label])
    .map((label) => {
      const samples = interactions[label];
      const complete = (xs) => (xs.length > 0 && xs.every((x) => x !== null) ? xs : null);
      const traced = complete(samples.trace);
      const busy = complete(samples.busy);
      return {
        label,
        eventTiming: eventTimingP95(samples.eventTiming),
        trace: traced && p95(traced),
        traceMedian: traced && median(traced),
        busy: busy && p95(busy),
        busyMedian: busy && median(busy),
      };
    });
}

function summarise(results) {
  const { load, interactions, memory: memories, files } = results;
  const loadRows = [];
  for (const view of Object.keys(VIEWS)) {
    const { app, baseline } = load[view];
    const figure = (samples, pick) => median(samples.map(pick).filter((x) => x !== null));
    for (const [name, pick] of [
      ['first contentful paint', (s) => s.fcp],
      ['largest contentful paint', (s) => s.lcp],
      ['answers input', (s) => s.answers],
    ]) {
      const row = { view, name, cold: figure(app.cold, pick), repeat: figure(app.repeat, pick), baseline: figure(baseline.cold, pick) };
      loadRows.push(row);
    }
    loadRows.push({
      view,
      name: 'transferred (KB)',
      cold: median(app.cold.map((s) => s.transfer.total)),
      repeat: median(app.repeat.map((s) => s.transfer.total)),
      baseline: median(baseline.cold.map((s) => s.transfer.total)),
      bytes: true,
    });
  }
  const interactionRows = interactionRowsOf(interactions);
  const ratiosOf = (name) =>
    Object.keys(VIEWS).map((view) => {
      const row = loadRows.find((r) => r.view === view && r.name === name);
      return { view, ratio: row.cold !== null && row.baseline ? row.cold / row.baseline : null };
    });
  const lcpRatios = ratiosOf('largest contentful paint');
  const answersRatios = ratiosOf('answers input');
  const lcpElements = Object.fromEntries(
    Object.keys(VIEWS).map((view) => [view, { app: load[view].app.cold.at(-1).lcpElement, baseline: load[view].baseline.cold.at(-1).lcpElement }]),
  );
  // The encodings of one cold visit: responses with a body, by content-encoding.
  const encodings = {};
  const { transfer } = load.compare.app.cold[0];
  for (const tally of [transfer.encodings, transfer.worker.encodings]) {
    for (const [encoding, count] of Object.entries(tally)) encodings[encoding] = (encodings[encoding] ?? 0) + count;
  }
  const notWorkerServed = Object.keys(VIEWS).flatMap((view) => load[view].app.repeat.filter((s) => !s.servedByWorker).map(() => view));
  return { loadRows, interactionRows, lcpRatios, answersRatios, lcpElements, encodings, notWorkerServed, gzip: gzipTotal(files), memories };
}

/** The actions whose median or p95 is over its target against the floor. */
function floorTargetsMissed(rows, floor) {
  if (!floor?.traceMedian || !floor?.trace) return rows;
  return rows.filter((row) => {
    const arrow = row.label === LABELS.arrowRight || row.label === LABELS.arrowLeft;
    const medianLimit = arrow ? FLOOR_TARGETS.arrowMedian : FLOOR_TARGETS.median;
    return row.traceMedian === null || row.trace === null || row.traceMedian / floor.traceMedian > medianLimit || row.trace / floor.trace > FLOOR_TARGETS.p95;
  });
}

/** A table as aligned text or as Markdown. */
function render(head, rows, markdown) {
  if (markdown) return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((cells) => String(cells[i]).length)));
  return [head, ...rows].map((cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ')).join('\n');
}

/** The interaction and memory sections of the report, appended to `out`. */
function reportInteractions(interactionRows, memories, markdown, out, section) {
  section(`Interactions, input to next paint, ms (CPU slowed ${CPU_SLOWDOWN}×; p95 of ${REPS} each, of ${3 * REPS} for the theme)`);
  const floor = interactionRows.find((row) => row.label === LABELS.bare);
  const toFloor = (value, base) => (value === null || !base ? 'n/a' : `${(value / base).toFixed(2)}×`);
  const interactionTable = interactionRows.map((row) => [
    row.label,
    row.eventTiming.text,
    ms1(row.trace),
    ms1(row.traceMedian),
    toFloor(row.traceMedian, floor?.traceMedian),
    toFloor(row.trace, floor?.trace),
    ms1(row.busy),
    ms1(row.busyMedian),
  ]);
  out.push(
    render(
      ['', 'Event Timing, p95', 'trace, p95', 'trace, median', 'median / floor', 'p95 / floor', 'main-thread busy, p95', 'busy, median'],
      interactionTable,
      markdown,
    ),
  );
  const measured = interactionRows.filter((row) => row.label !== LABELS.bare);
  const over = measured.filter((row) => row.eventTiming.value !== null);
  const missed = floorTargetsMissed(measured, floor);
  out.push(
    '',
    'Event Timing: what the page itself sees (only events of 16 ms or more, rounded to 8 ms). Trace: the same, unrounded, in a second ' +
      'run of the actions with a Chromium trace (which adds a few ms). Main-thread busy: the work done in that time, without the wait ' +
      `for the next 60 Hz frame. The bare button is the floor the browser itself sets in this page (trace median ${ms1(floor?.traceMedian)} ms, ` +
      `p95 ${ms1(floor?.trace)} ms); each action's median and p95 are also given as a ratio to it. ` +
      'A p95 of 50 is the third slowest, so it moves with the machine\'s other work; the medians are steadier.',
    '',
    `Target, p95 under ${TARGETS.interactionP95Ms} ms (Event Timing, no trace): ` +
      `${over.length === 0 ? 'met by every action' : `not met by ${over.length} of ${measured.length} actions`}.`,
    `Target, against the floor: median at most ${FLOOR_TARGETS.median}× and p95 at most ${FLOOR_TARGETS.p95}× (an arrow key: median at most ` +
      `${FLOOR_TARGETS.arrowMedian}×): ${missed.length === 0 ? 'met by every action' : `not met by ${missed.map((row) => `“${row.label}”`).join(', ')}`}.`,
  );

  section('Memory, MB (JS heap in use after a garbage collection, Playwright\'s own page script included; wasm linear memory)');
  const memoryTable = memories.map((m) => [
    m.name,
    mb(m.jsHeap),
    m.wasmFirst === undefined ? '' : mb(m.wasmFirst),
    mb(m.wasm),
    m.wasmFirst ? `${(m.wasm / m.wasmFirst).toFixed(2)}×` : '',
  ]);
  out.push(render(['', 'JS heap, at the end', 'wasm, after the first repetition', 'wasm, at the end', 'growth'], memoryTable, markdown));
  const grown = memories.filter((m) => m.wasmFirst && m.wasm / m.wasmFirst > MEMORY_GROWTH_TARGET);
  out.push(
    '',
    `Each group of actions ran once, then ${2 * REPS} times more. Wasm memory only grows: it is the most the app has needed at once. ` +
      `Target, wasm memory at the end at most ${MEMORY_GROWTH_TARGET}× what it was after the first repetition: ` +
      `${grown.length === 0 ? 'met by every group' : `not met by ${grown.map((m) => `“${m.name}”`).join(', ')}`}.`,
  );
}

function report(results, summary, markdown) {
  const { meta } = results;
  const { loadRows, interactionRows, lcpRatios, answersRatios, lcpElements, encodings, notWorkerServed, gzip, memories } = summary;
  const out = [];
  const section = (title) => out.push('', markdown ? `**${title}**` : `${title}`, '');
  const code = (text) => out.push(...(markdown ? ['```text', text, '```'] : [text]));
  out.push(
    `${meta.date} · build ${meta.build} · Chromium ${meta.chromium} · ${meta.cpus} CPUs, load average ${meta.loadAverage.join(' → ')} · ` +
      `CPU slowed ${CPU_SLOWDOWN}×, network 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trips · load figures are medians of ${RUNS} runs, ` +
      `interactions p95 of ${REPS}.`,
  );

  section('Bytes (the whole build is a first visit: the service worker precaches it)');
  const wasmBrotli = results.files.find((entry) => entry.file.endsWith('.wasm'))?.brotli ?? null;
  code(table(results.files));
  const transfer = Object.keys(VIEWS).map((view) => {
    const cold = results.load[view].app.cold;
    const page = median(cold.map((s) => s.transfer.bytes));
    const worker = median(cold.map((s) => s.transfer.worker.bytes));
    return `${view} ${kb(page + worker)} KB (page ${kb(page)} + service worker ${kb(worker)})`;
  });
  const encodingText = Object.entries(encodings).map(([encoding, count]) => `${count} ${encoding}`).join(', ');
  out.push(
    '',
    `Received on a cold visit, headers included: ${transfer.join('; ')}. Content-encoding of a cold visit's responses with a body: ${encodingText} (Chromium sent Accept-Encoding: ${meta.acceptEncoding}). ` +
      `The service worker's precache mostly comes from the HTTP cache; its requests are not network-shaped.`,
    '',
    `Target, first visit at most ${TARGETS.firstVisitGzipKB} KB gzip: ${kb(gzip)} KB, ${gzip <= TARGETS.firstVisitGzipKB * 1024 ? 'met' : 'not met'}. ` +
      `Wasm at most ${TARGETS.wasmBrotliKB} KB brotli: ${wasmBrotli === null ? 'n/a' : `${kb(wasmBrotli)} KB, ${wasmBrotli <= TARGETS.wasmBrotliKB * 1024 ? 'met' : 'not met'}`}.`,
  );

  section(`Load, ms (median of ${RUNS}; the baseline is the same page as static HTML with its CSS and no script)`);
  const loadTable = loadRows.map((row) => {
    const f = row.bytes ? kb : ms;
    return [`${row.view}: ${row.name}`, f(row.cold), f(row.repeat), f(row.baseline), ratio(row.cold, row.baseline)];
  });
  out.push(render(['', 'app, cold', 'app, repeat (service worker)', 'baseline, cold', 'app / baseline'], loadTable, markdown));
  out.push(
    '',
    `Largest contentful paint element: ${Object.entries(lcpElements).map(([view, e]) => `${view} app ${e.app}, baseline ${e.baseline}`).join('; ')}.`,
    `"Answers input": the page is there (app: #view-heading in the DOM; baseline: DOMContentLoaded) and the last long task or long ` +
      `animation frame (50 ms or more, style, layout and paint included) has ended, with none for ${QUIET_MS / 1000} s after.`,
  );
  if (notWorkerServed.length) out.push(`Warning: ${notWorkerServed.length} repeat visit(s) were not served by the service worker (${[...new Set(notWorkerServed)].join(', ')}).`);
  out.push(
    '',
    `Target, largest contentful paint at most ${TARGETS.lcpRatio}× the baseline's: ` +
      lcpRatios.map(({ view, ratio: r }) => `${view} ${r === null ? 'n/a' : r.toFixed(1) + '×'} (${r !== null && r <= TARGETS.lcpRatio ? 'met' : 'not met'})`).join(', ') +
      '.',
    `Target, answers input at most ${TARGETS.answersRatio}× the baseline's: ` +
      answersRatios.map(({ view, ratio: r }) => `${view} ${r === null ? 'n/a' : r.toFixed(1) + '×'} (${r !== null && r <= TARGETS.answersRatio ? 'met' : 'not met'})`).join(', ') +
      '.',
  );

  reportInteractions(interactionRows, memories, markdown, out, section);

  const { lighthouse } = results;
  const runs = Object.entries(lighthouse);
  section(`Lighthouse ${runs[0][1].lighthouseVersion}, its mobile defaults (simulated slow 4G, CPU 4× slower)`);
  const scoreTable = Object.entries(LIGHTHOUSE_TARGETS).map(([id, target]) => [
    id,
    ...runs.map(([, run]) => String(run.scores[id])),
    `${target === 100 ? '' : 'at least '}${target}`,
    runs.every(([, run]) => run.scores[id] >= target) ? 'met' : 'not met',
  ]);
  out.push(render(['category', ...runs.map(([name]) => `${name} (${LIGHTHOUSE_VIEWS[name] || 'no query'})`), 'target', ''], scoreTable, markdown));
  for (const [name, run] of runs) {
    out.push('', `Lighthouse's own figures, ${name}: ${Object.entries(run.metrics).map(([id, value]) => `${id.replaceAll('-', ' ')} ${value}`).join(', ')}.`);
  }
  return out.join('\n');
}

function writeOutputs(results, summary) {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'latest.json'), JSON.stringify({ ...results, summary }, null, 1) + '\n');
  const body = report(results, summary, true);
  writeFileSync(join(OUT_DIR, 'latest.md'), `# PM Compass benchmark\n\nWritten by \`node scripts/bench.mjs\`.\n\n${body}\n`);
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(MARK_START);
  const end = readme.indexOf(MARK_END);
  if (start < 0 || end < start) {
    console.warn(`bench: README.md has no ${MARK_START} … ${MARK_END}; its table was not updated`);
    return;
  }
  writeFileSync(README, readme.slice(0, start + MARK_START.length) + `\n${body}\n` + readme.slice(end));
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const loadStart = loadavg()[0].toFixed(1);
  const dist = buildOrUse();
  checkBuild(dist);
  const files = measure(dist);
  const app = await startStaticServer(dist);
  let acceptEncoding = null;
  app.server.on('request', (request) => (acceptEncoding ??= request.headers['accept-encoding'] ?? null));
  let browser;
  let baseline;
  try {
    browser = await launch();
    progress(`${dist} (build ${buildId(dist)}), Chromium ${browser.version()}, RUNS=${RUNS}, REPS=${REPS}`);
    if (INTERACTIONS_ONLY) {
      const { interactions, memory: memories } = await measureInteractions(browser, app.url);
      const out = [];
      reportInteractions(interactionRowsOf(interactions), memories, false, out, (title) => out.push('', title, ''));
      console.log(out.join('\n') + `\n\nbench: interactions only (ONLY=interactions); nothing written. Took ${Math.round((Date.now() - startedAt) / 1000)} s`);
      return;
    }
    progress(`making the baseline in ${BASELINE_DIR}`);
    await makeBaseline(browser, app.url, dist);
    baseline = await startStaticServer(BASELINE_DIR);
    const loads = await measureLoads(browser, app.url, baseline.url);
    const { interactions, memory: memories } = await measureInteractions(browser, app.url);
    const lighthouse = {};
    for (const [name, query] of Object.entries(LIGHTHOUSE_VIEWS)) {
      progress(`Lighthouse on ${name} (${query || 'no query'})`);
      lighthouse[name] = await lighthouseScores(dist, query);
    }
    const results = {
      meta: {
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        build: buildId(dist),
        dist,
        chromium: browser.version(),
        cpus: cpus().length,
        node: process.version,
        acceptEncoding,
        loadAverage: [loadStart, loadavg()[0].toFixed(1)],
        runs: RUNS,
        reps: REPS,
        throttling: { cpuSlowdown: CPU_SLOWDOWN, network: NETWORK },
        quietWindowMs: QUIET_MS,
        targets: TARGETS,
        seconds: null,
      },
      files,
      load: loads,
      interactions,
      memory: memories,
      lighthouse,
    };
    const summary = summarise(results);
    results.meta.seconds = Math.round((Date.now() - startedAt) / 1000);
    console.log('\n' + report(results, summary, false) + '\n');
    writeOutputs(results, summary);
    console.log(`bench: took ${results.meta.seconds} s; wrote benchmarks/latest.json, benchmarks/latest.md and README.md`);
  } finally {
    await browser?.close();
    await app.stop();
    await baseline?.stop();
  }
}

main().catch((error) => {
  console.error(`\nbench: ${error instanceof BenchError ? error.message : error.stack}`);
  process.exit(1);
});
