// Measures what 1,000 stored notes cost: start-up (until the view's heading is drawn) with none
// and with 1,000; and for a keystroke in a note editor (95th percentile of 60), the app's own work
// and the time until the next frame. Headless Chromium against a release build (DIST, default
// dist/).
// Usage: node scripts/bench-notes.mjs   (after scripts/build.sh)
import { chromium } from '@playwright/test';
import { startStaticServer } from '../tests/e2e/static-server.mjs';

const RUNS = 7;
const KEYSTROKES = 60;

function thousandNotes() {
  const notes = [];
  let n = 0;
  const add = (target) => {
    n += 1;
    notes.push({
      id: `1700000000000-${n}`,
      target,
      text: `Note ${n}: what I want to remember about this, with a few more words to make it real.`,
      created_at: 1700000000000 + n,
      updated_at: 1700000000000 + n,
    });
  };
  const roles = ['pm', 'senior-pm', 'principal-pm', 'group-pm', 'director-pm', 'head-of-product', 'vp-product', 'cpo', 'ceo', 'project-manager'];
  const dims = ['scope', 'time-horizon', 'strategy', 'planning', 'decisions', 'budget', 'hiring', 'power', 'accountability', 'performance', 'replacement', 'stakeholders', 'team', 'representing', 'skills'];
  for (const role of roles) for (const dimension of dims) if (role !== 'ceo' || dimension !== 'budget') add({ kind: 'cell', role, dimension });
  while (notes.length < 1000) add({ kind: 'standalone' });
  return JSON.stringify({ version: 1, notes });
}

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

const empty = [];
const full = [];
const stored = thousandNotes();
for (let i = 0; i < RUNS; i++) {
  empty.push(await startup(null));
  full.push(await startup(stored));
}

async function keystrokes(stored) {
  const context = await browser.newContext();
  await context.addInitScript((stored) => {
    if (stored) localStorage.setItem('pm-compass.notes', stored);
  }, stored);
  const page = await context.newPage();
  await page.goto(new URL('?view=compare&roles=pm,ceo&open=budget.ceo&v=1', url).toString());
  const editor = page.locator('#note-cell-ceo-budget');
  await editor.waitFor();
  await page.evaluate(() => {
    window.__latencies = [];
    window.__work = [];
    const field = document.getElementById('note-cell-ceo-budget');
    // Captured before the app's own handler sees the input.
    window.addEventListener('input', (event) => {
      if (event.target !== field) return;
      const start = performance.now();
      // The app's own work: the input handler, the store, and the redraw it schedules as
      // microtasks, all done before this timer runs.
      setTimeout(() => window.__work.push(performance.now() - start), 0);
      // Until the next frame is drawn (includes waiting for the frame itself).
      requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - start), 0));
    }, true);
  });
  await editor.click();
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(30);
  }
  await page.waitForFunction((n) => window.__latencies.length >= n, KEYSTROKES);
  const result = await page.evaluate(() => ({ frame: window.__latencies, work: window.__work }));
  await context.close();
  return result;
}

const keysEmpty = await keystrokes(null);
const keysFull = await keystrokes(stored);
await browser.close();
server.close();

const row = (name, value) => console.log(`${name.padEnd(46)} ${value.toFixed(1)} ms`);
row('start-up, no notes (median of 7)', median(empty));
row('start-up, 1,000 notes (median of 7)', median(full));
row('start-up cost of 1,000 notes', median(full) - median(empty));
row(`keystroke work, no notes, p95 of ${KEYSTROKES}`, p95(keysEmpty.work));
row(`keystroke work, 1,000 notes, p95`, p95(keysFull.work));
row(`keystroke to next frame, no notes, p95`, p95(keysEmpty.frame));
row(`keystroke to next frame, 1,000 notes, p95`, p95(keysFull.frame));
