// Makes the first screens the page shows while the app loads (public/first-screen.html), from
// the app itself as it renders in Chromium: for each view, its heading, introduction and what
// else never depends on the link's details; for the plain links of Compare, Ladder and My role
// with nothing kept in the browser, the whole view. scripts/finish-build.mjs puts them in the page, inert,
// public/first-screen.js picks one for the link, and the app takes their place when it starts,
// each part in the same box. They are the app's own markup without ids, references, tab stops or
// anything a script would hang on.
// Usage: node scripts/first-screen.mjs [dist]          writes public/first-screen.html
//        node scripts/first-screen.mjs --check [dist]  fails if it is not what the app renders
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'public', 'first-screen.html');
const args = process.argv.slice(2);
const check = args.includes('--check');
const dist = args.find((arg) => !arg.startsWith('--')) || join(ROOT, 'dist');

/**
 * The first screens: the name first-screen.js gives it, the link it is taken from (nothing stored),
 * and what of the view it keeps: all of it (null), or the parts that never depend on the link's
 * details or on what a browser keeps, by selector (with what holds them).
 */
const SCREENS = [
  ['compare-default', '?view=compare&v=1', null],
  ['compare', '?view=compare&v=1', ['.view-intro']],
  ['ladder-default', '?view=ladder&v=1', null],
  ['ladder', '?view=ladder&v=1', ['.view-intro', '.ladder-description', '.ladder-legend']],
  ['assess-start', '?view=assess&v=1', null],
  ['assess', '?view=assess&v=1', ['.view-intro']],
  ['notes', '?view=notes&v=1', ['.view-intro']],
];

/**
 * In the page: the view's section as markup to show inert, whole or only the parts `keep` names.
 * Ids, the attributes that refer to them, tab stops and field names go, and so do comments; what
 * the app set as a property (a chosen radio button or option, a typed value) is kept as an attribute.
 */
function snapshot(keep) {
  const section = document.querySelector('main#main > section.view');
  if (!section) throw new Error('no view in <main>');
  const copy = section.cloneNode(true);
  // Form state the app sets as properties, written as the attributes a parsed page reads.
  const live = [...section.querySelectorAll('*')];
  [...copy.querySelectorAll('*')].forEach((element, i) => {
    const from = live[i];
    if (!from || from.tagName !== element.tagName) return;
    if (from.checked) element.setAttribute('checked', '');
    if (from.selected) element.setAttribute('selected', '');
    if (from.tagName === 'INPUT' && from.type !== 'checkbox' && from.type !== 'radio' && from.value) element.setAttribute('value', from.value);
  });
  if (keep) {
    const kept = keep.flatMap((selector) => {
      const found = [...copy.querySelectorAll(selector)];
      if (!found.length) throw new Error(`nothing matches ${selector}`);
      return found;
    });
    const wanted = (element) => kept.some((part) => part === element || part.contains(element) || element.contains(part));
    for (const element of [...copy.querySelectorAll('*')]) {
      if (copy.contains(element) && !wanted(element)) element.remove();
    }
  }
  // What only paper shows (the page's own address, say) is for the app to fill in.
  for (const element of [...copy.querySelectorAll('.print-only')]) element.remove();
  const dropped = ['id', 'for', 'tabindex', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-errormessage', 'aria-details', 'name', 'form', 'list', 'headers'];
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of dropped) element.removeAttribute(name);
    if (element.hasAttribute('style')) throw new Error(`a style attribute, which the page's policy would refuse: ${element.outerHTML.slice(0, 120)}`);
  }
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const found = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const comment of found) comment.remove();
  return copy.outerHTML;
}

async function render(url) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const parts = [];
  try {
    for (const [name, query, keep] of SCREENS) {
      // A fresh context each time: nothing stored, no offline copy, the light theme.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(new URL(query, url).toString());
      await page.locator('#boot-shell').waitFor({ state: 'detached' });
      await page.locator('main#main > section.view').waitFor();
      const html = await page.evaluate(snapshot, keep);
      parts.push(html.replace(/^<section /, `<section data-first="${name}" `));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return parts;
}

const { server, url } = await startStaticServer(dist);
let parts;
try {
  parts = await render(url);
} finally {
  server.close();
}
const text =
  '<!-- Made by scripts/first-screen.mjs from the app as it renders: do not edit. -->\n' +
  '<main class="page" id="boot-view" inert aria-hidden="true">\n' +
  parts.map((part) => `${part}\n`).join('') +
  '</main>\n';
if (check) {
  const kept = readFileSync(OUT, 'utf8');
  if (kept !== text) {
    console.error('first-screen: public/first-screen.html is not what the app renders now; run `node scripts/first-screen.mjs` after a build and commit it.');
    process.exit(1);
  }
  console.log('first-screen: public/first-screen.html is what the app renders');
} else {
  writeFileSync(OUT, text);
  console.log(`first-screen: wrote public/first-screen.html (${text.length} bytes)`);
}
