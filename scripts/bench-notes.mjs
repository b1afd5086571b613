// Measures what 1,000 stored notes cost, in headless Chromium against a release build (DIST,
// default dist/):
// - start-up until the view's heading is drawn, with no notes and with 1,000 (RUNS pairs, each
//   pair back to back so that both see the same machine; the cost is the median difference);
// - a keystroke in a note editor: the main thread's busy time from the key press until the next
//   keystroke (event handlers, the app's reactive work, style, layout and paint of the frame),
//   read from a Chromium trace, 95th percentile of KEYSTROKES; beside it the same figure for a
//   bare <textarea> in the same page, which is what the browser itself costs per keystroke.
// Wall-clock "input to next frame" is not used: headless Chromium draws on a 60 Hz clock, so it
// mostly measures the wait for that clock, even for a textarea with no script at all.
// Usage: node scripts/bench-notes.mjs   (after scripts/build.sh)
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';
import { thousandNotes } from './notes-fixture.mjs';

const RUNS = Number(process.env.RUNS || 21);
const KEYSTROKES = 60;
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];


const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

const { server, url } = await startStaticServer(process.env.DIST || 'dist');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function startup(stored) {
  const context = await browser.newContext();
  await context.addInitScript((stored) => {
    if (stored) localStorage.setItem('pm-compass.notes', stored);
    new MutationObserver((_, observer) => {
      if (document.getElementById('view-heading')) {
        window.__ready = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, stored);
  const page = await context.newPage();
  await page.goto(new URL('?view=compare&roles=pm,ceo&v=1', url).toString());
  await page.waitForFunction(() => window.__ready !== undefined);
  const ready = await page.evaluate(() => window.__ready);
  await context.close();
  return ready;
}

// Main-thread busy time per keystroke, from a trace: each keystroke's window runs from the task
// that dispatched its keydown to the task that dispatched the next one.
function busyPerKeystroke(traceBuffer) {
  const events = JSON.parse(traceBuffer.toString()).traceEvents;
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (keydowns.length === 0) throw new Error('the trace holds no keystrokes');
  const { pid, tid } = keydowns[0];
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts)
    // Only outermost tasks: a nested task's time is already in its parent's.
    .filter((task, i, all) => !all.slice(Math.max(0, i - 8), i).some((outer) => outer.ts + outer.dur >= task.ts + task.dur));
  const starts = keydowns.map((k) => tasks.findLast((t) => t.ts <= k.ts)?.ts ?? k.ts).sort((a, b) => a - b);
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : Infinity;
    const busy = tasks.filter((t) => t.ts >= start && t.ts < end).reduce((sum, t) => sum + t.dur, 0);
    return busy / 1000;
  });
}

async function keystrokes(stored, fieldId) {
  const context = await browser.newContext();
  await context.addInitScript((stored) => {
    if (stored) localStorage.setItem('pm-compass.notes', stored);
  }, stored);
  const page = await context.newPage();
  await page.goto(new URL('?view=compare&roles=pm,ceo&open=budget.ceo&v=1', url).toString());
  await page.locator('#note-cell-ceo-budget').waitFor();
  if (fieldId === 'bare-textarea') {
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'bare-textarea';
      field.setAttribute('aria-label', 'bare');
      document.body.prepend(field);
    });
  }
  await page.locator(`#${fieldId}`).click();
  await page.waitForTimeout(500);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(100);
  const trace = await browser.stopTracing();
  const typed = await page.locator(`#${fieldId}`).inputValue();
  if (typed.length < KEYSTROKES) throw new Error(`only ${typed.length} of ${KEYSTROKES} characters arrived`);
  await context.close();
  return busyPerKeystroke(trace);
}

const stored = thousandNotes();
const empty = [];
const full = [];
for (let i = 0; i < RUNS; i++) {
  empty.push(await startup(null));
  full.push(await startup(stored));
}
const bare = await keystrokes(null, 'bare-textarea');
const keysEmpty = await keystrokes(null, 'note-cell-ceo-budget');
const keysFull = await keystrokes(stored, 'note-cell-ceo-budget');
await browser.close();
server.close();

const row = (name, value) => console.log(`${name.padEnd(58)} ${value.toFixed(1)} ms`);
row(`start-up, no notes (median of ${RUNS})`, median(empty));
row(`start-up, 1,000 notes (median of ${RUNS})`, median(full));
// Each pair ran back to back, so the median of the pairs' differences cancels the machine's drift.
row('start-up cost of 1,000 notes (median of pairs)', median(full.map((ms, i) => ms - empty[i])));
row(`keystroke, bare textarea, main-thread busy, p95 of ${KEYSTROKES}`, p95(bare));
row(`keystroke in a note, no notes, main-thread busy, p95`, p95(keysEmpty));
row(`keystroke in a note, 1,000 notes, main-thread busy, p95`, p95(keysFull));
row(`keystroke in a note, 1,000 notes, median`, median(keysFull));
