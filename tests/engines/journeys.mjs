// The app's main journeys, as a person takes them, written once for every engine: a shared
// comparison link, a bad link, the matrix by keyboard, a note kept/exported/imported, the ladder's
// pair and markers, the assessment and its link in a fresh profile, the dark theme, print, and
// offline after the first visit. Each takes an App (app.mjs) already sized to its width.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Key } from 'selenium-webdriver';

export const SHARED = '?view=compare&roles=pm,cpo,ceo&theme=authority&diff=1&open=budget.ceo&v=1';
const NOTES_KEY = 'pm-compass.notes';
const LIGHT_PAGE = 'rgb(246, 245, 241)';
const DARK_PAGE = 'rgb(20, 23, 31)';

/** What the matrix shows: column names, dimension names, the opened cell and the settings. */
function matrixState(app) {
  return app.js(`
    const table = document.querySelector('table');
    const names = (css) => [...document.querySelectorAll(css)].map((e) => e.textContent.trim());
    return {
      caption: table && table.querySelector('caption') ? table.querySelector('caption').textContent.trim() : null,
      columns: names('thead .column-name'),
      rows: names('tr.dimension-row .dimension-name'),
      groups: names('tr.theme-row th'),
      theme: document.getElementById('theme-filter').value,
      diff: document.getElementById('only-differences').checked,
      open: (document.querySelector('.detail h3') || {}).textContent || null,
      expanded: [...document.querySelectorAll('button.cell[aria-expanded="true"]')].map((b) => b.id),
      notice: (document.querySelector('.link-notice-text') || {}).textContent || null,
    };`);
}

export const journeys = {
  async 'a shared comparison link opens that exact view, and Copy link gives it back'(app) {
    await app.open(SHARED);
    await app.seeText('h1', 'Compare roles');
    const state = await app.until(async () => {
      const now = await matrixState(app);
      return now.open && now;
    }, 'the opened cell');
    assert.deepEqual(state.columns, ['Product Manager', 'Chief Product Officer', 'CEO', 'Mini-CEO?']);
    assert.equal(state.theme, 'authority');
    assert.equal(state.diff, true);
    assert.deepEqual(state.groups, ['Authority']);
    assert.deepEqual(state.rows, ['Decision rights', 'P&L and budget', 'Hiring and firing', 'Positional power']);
    assert.equal(state.open.trim(), 'CEO: P&L and budget');
    assert.deepEqual(state.expanded, ['cell-budget-ceo']);
    assert.equal(state.notice, null);
    assert.equal(await app.search(), SHARED);
    // The opened explanation comes on screen (a frame after it is drawn), not left below the fold.
    await app.until(async () => {
      const box = await app.js("const r = document.querySelector('.detail').getBoundingClientRect(); return [r.top, r.bottom, innerHeight]");
      if (box[0] < box[2] && box[1] > 0) return box;
      throw new Error(`top ${box[0]}, bottom ${box[1]}, window ${box[2]}`);
    }, 'the explanation on screen', 3000);

    await app.click('Copy link');
    const said = await app.until(
      () => app.js("const s = [...document.querySelectorAll('[role=status]')].find((e) => /Link copied/.test(e.textContent)); const field = document.querySelector('input[aria-label*=\"copy this link\" i]'); return s ? 'copied' : field ? 'field' : ''"),
      'Link copied, or the link offered to copy by hand',
    );
    assert.equal(said, 'copied', 'the clipboard took the link');
    const pasted = await app.clipboard();
    assert.equal(new URL(pasted).search, SHARED);
  },

  async 'the Organisation lens: an organisation chosen, what differs marked, kept in the link'(app) {
    await app.open('?view=compare&roles=pm,ceo&v=1');
    await app.seeText('h1', 'Compare roles');
    await app.click(await app.find('#context-lens option[value="silos"]'));
    await app.until(async () => (await app.search()) === '?view=compare&roles=pm,ceo&org=silos&v=1', 'org=silos in the link');
    const marked = () =>
      app.js(`return {
        verdict: document.getElementById('cell-strategy-verdict').textContent,
        marks: document.querySelectorAll('table .context-mark').length,
        chosen: document.getElementById('context-lens').value,
      }`);
    const chosen = await app.until(async () => {
      const now = await marked();
      return now.marks > 0 && now;
    }, 'the cells the organisation changes, marked');
    assert.match(chosen.verdict, /Breaks\s*Differs here$/);
    await app.reload();
    await app.seeText('h1', 'Compare roles');
    const reloaded = await app.until(async () => {
      const now = await marked();
      return now.marks > 0 && now;
    }, 'the marks after a reload');
    assert.equal(reloaded.chosen, 'silos');
    assert.equal(reloaded.marks, chosen.marks);
  },

  async 'a bad link says what was wrong in words; a mangled one is repaired'(app) {
    await app.open('?view=compare&roles=pm,nobody&v=1');
    const notice = await app.seeText('.link-notice-text', /nobody/);
    assert.match(notice, /“nobody”/);
    assert.equal(await app.search(), '?view=compare&roles=pm,ceo&v=1');
    await app.click('Dismiss this notice');
    await app.until(async () => (await app.text('.link-notice-text')) === null, 'the notice to go');

    // A link whose & a chat app escaped: the same view, with one short line.
    await app.open('?view=ladder&amp;from=pm&amp;to=cpo&amp;v=1');
    await app.seeText('h1', 'The career ladder');
    await app.seeText('.link-notice-text', /repaired/i);
    assert.equal(await app.search(), '?view=ladder&from=pm&to=cpo&v=1');
    // Tracking parameters and a closing bracket: dropped without a word.
    await app.open('?view=ladder&from=pm&to=cpo&v=1&fbclid=IwAR0abc&utm_source=newsletter).');
    await app.seeText('h1', 'The career ladder');
    assert.equal(await app.search(), '?view=ladder&from=pm&to=cpo&v=1');
    assert.equal(await app.text('.link-notice-text'), null);
  },

  async 'the matrix by keyboard: arrows move, Enter opens, Escape closes, focus always seen'(app) {
    await app.open('?view=compare&roles=pm,ceo&v=1');
    await app.js("document.getElementById('only-differences').focus()");
    let focused = '';
    for (let i = 0; i < 30 && !focused.startsWith('cell-'); i++) {
      await app.press(Key.TAB);
      focused = await app.js('return document.activeElement.id');
    }
    assert.match(focused, /^cell-/, 'Tab reaches the matrix');
    // Seen: a ring, on screen, and not under the header cells held at the top of the window.
    // WebKit draws no focus ring in a frame that WebDriver's keys reach without giving it the
    // window's focus (window.focus() does not help): there the ring is checked at 1280 px only.
    const ringCounts = !(app.framed && app.engine === 'webkit');
    const seen = () =>
      app.js(`const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
        const ring = !arguments[0] || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        const th = document.querySelector('thead th'), h = th.getBoundingClientRect();
        const under = getComputedStyle(th).position === 'sticky' && r.top < h.bottom - 1 && h.top < r.bottom;
        return (ring && r.top >= 0 && r.bottom <= innerHeight && !under) || JSON.stringify({ ring, top: r.top, bottom: r.bottom, header: [h.top, h.bottom], innerHeight });`, ringCounts);
    assert.equal(await seen(), true, `focus on ${focused} is seen`);
    await app.press(Key.ARROW_RIGHT);
    const right = await app.js('return document.activeElement.id');
    assert.notEqual(right, focused);
    await app.press(Key.ARROW_DOWN);
    const down = await app.js('return document.activeElement.id');
    assert.notEqual(down, right);
    assert.match(down, /^cell-/);
    assert.equal(await seen(), true, `focus on ${down} is seen below the sticky header`);
    await app.press(Key.ENTER);
    await app.until(() => app.js(`return document.getElementById('${down}').getAttribute('aria-expanded') === 'true' && !!document.querySelector('.detail h3')`), 'Enter to open the cell');
    await app.press(Key.ESCAPE);
    await app.until(() => app.js(`return !document.querySelector('.detail') && document.activeElement.id === '${down}'`), 'Escape to close it with focus back on the cell');
  },

  async 'a note is kept after a reload, exported, and imported back'(app, { session }) {
    const about = 'CEO × P&L and budget';
    await app.open('?view=compare&roles=pm,ceo&open=budget.ceo&v=1');
    const editor = await app.field(`Your private note on ${about}`);
    const text = `Written in ${app.engine} at ${app.width} px: # not a heading, \`\`\` not code.`;
    await app.click(editor);
    await editor.sendKeys(text);
    await app.seeText('.detail .note-status', 'Saved in this browser');
    await app.reload();
    assert.equal(await (await app.field(`Your private note on ${about}`)).getAttribute('value'), text);

    await app.open('?view=notes&v=1');
    await app.seeText('.notes-count', '1 of 1 notes');
    await app.click('Export Markdown');
    await app.click('Export JSON');
    // A browser creates a download's file before it has written it all (seen in WebKit): wait
    // until both files are whole, the JSON one parsing.
    const saved = await app.until(() => {
      const names = readdirSync(session.downloads).filter((name) => /^pm-compass-notes.*\.(md|json)$/.test(name));
      const md = names.find((name) => name.endsWith('.md'));
      const json = names.find((name) => name.endsWith('.json'));
      if (!md || !json) return false;
      const markdown = readFileSync(join(session.downloads, md), 'utf8');
      // A JSON file cut short throws here, and `until` tries again.
      const stored = JSON.parse(readFileSync(join(session.downloads, json), 'utf8'));
      return markdown && { markdown, json: join(session.downloads, json), stored };
    }, 'the two exports to be saved whole');
    const { markdown, json } = saved;
    assert.match(markdown, /CEO × P&L and budget/);
    assert.ok(markdown.includes('\\# not a heading'), 'the note’s # comes out as text');
    assert.equal(saved.stored.notes[0].text, text);

    // Gone from this browser, then imported back from the file.
    await app.js(`localStorage.removeItem('${NOTES_KEY}')`);
    await app.reload();
    await app.until(() => app.js("return !document.querySelector('.notes-list li')"), 'the notes to be gone');
    const input = await app.find('#notes-import');
    await input.sendKeys(json);
    await app.seeText('.notes-said', /1 note/i);
    await app.seeText('.notes-count', '1 of 1 notes');
    assert.equal(await app.js("return document.querySelector('.notes-list textarea').value"), text);
  },

  async 'the ladder: a pair of rungs, both markers, and the path kept after a reload'(app) {
    await app.open('?view=ladder&from=pm&to=vp-product&v=1');
    await app.seeText('h1', 'The career ladder');
    await app.seeText('.ladder-panel h2', /Product Manager.*VP of Product/);
    await app.click('I am here: Product Manager');
    await app.click('This is my target: VP of Product');
    const sentence = await app.seeText('.path-set-text', 'Your path is set: Product Manager to VP of Product');
    assert.match(sentence, /\d+ things to learn/);
    await app.reload();
    await app.seeText('.path-set-text', 'Your path is set: Product Manager to VP of Product');
    const pressed = await app.js("return [...document.querySelectorAll('.mark-buttons button')].map((b) => b.getAttribute('aria-pressed'))");
    assert.deepEqual(pressed, ['true', 'true']);
    const boxes = await app.js("return document.querySelectorAll('[aria-label=\"Your path\"] input[type=checkbox], section input[type=checkbox]').length");
    assert.ok(boxes > 0, 'the checklist is drawn');
  },

  async 'the assessment: taken, and its result link opened in a fresh profile'(app, { fresh }) {
    await app.open('?view=assess&v=1');
    await app.click('Start');
    const questions = ['decisions', 'budget', 'hiring', 'power', 'strategy', 'planning', 'scope', 'performance', 'accountability', 'replacement', 'stakeholders', 'representing'];
    for (const [index, question] of questions.entries()) {
      await app.choose(await app.find(`label[for="answer-${question}-${index % 3}"]`));
      await app.until(() => app.js(`return document.getElementById('answer-${question}-${index % 3}').checked`), `answer ${question}`);
      if (index < questions.length - 1) await app.click(await app.find('#question-next'));
    }
    await app.click('See my result');
    await app.seeText('#result-heading', 'Your result');
    const index = await app.text('.index-value');
    await app.click('Share my result');
    await app.click('Make the link');
    const link = await app.until(async () => (await app.field('Link to your result')).getAttribute('value'), 'the result link');
    // The link counts levels from 1.
    assert.match(link, /\?view=assess&answers=decisions\.1,budget\.2,hiring\.3,power\.1,/);

    const other = await fresh();
    try {
      await other.goto(link);
      await other.up();
      await other.seeText('#result-heading', 'A shared result');
      assert.equal(await other.text('.index-value'), index);
      assert.equal(await other.js("return localStorage.getItem('pm-compass.assessment')"), null);
    } finally {
      await other.session.quit();
    }
  },

  async 'the dark theme: chosen, kept after a reload, sticky header opaque'(app) {
    await app.open('?view=compare&roles=pm,ceo&v=1');
    const background = () => app.js('return getComputedStyle(document.body).backgroundColor');
    assert.equal(await background(), LIGHT_PAGE);
    await app.click(await app.find('button.theme-toggle'));
    await app.until(async () => (await background()) === DARK_PAGE, 'the dark page colour');
    await app.reload();
    assert.equal(await background(), DARK_PAGE);
    const header = await app.js("const th = document.querySelector('thead th'); return th ? getComputedStyle(th).backgroundColor : 'none'");
    assert.doesNotMatch(header, /rgba\(.*, 0\)|transparent/, `the header cells are opaque (${header})`);
    await app.click(await app.find('button.theme-toggle'));
    await app.until(async () => (await background()) === LIGHT_PAGE, 'the light page colour again');
  },

  async 'print: the matrix on paper without the controls'(app) {
    // Paper has its own width; the print command prints the top page, which a frame is not.
    if (app.framed) return 'skipped at this width: print is checked at 1280 px, where the app is the page';
    await app.open(SHARED);
    await app.seeText('.detail h3', 'CEO: P&L and budget');
    let pdf;
    try {
      pdf = await app.driver.printPage({ orientation: 'landscape', background: true });
    } catch (error) {
      if (app.engine === 'webkit' && /Unknown command/.test(String(error))) return 'skipped: WebKitWebDriver has no print command (see README)';
      throw error;
    }
    const file = join(tmpdir(), `pm-compass-${app.engine}-${app.width}.pdf`);
    writeFileSync(file, Buffer.from(pdf, 'base64'));
    // NFKC: the PDF's ligatures (ﬃ) as the letters they stand for.
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
    for (const shown of ['Compare roles', 'P&L and budget', 'Chief Product Officer', 'CEO: P&L and budget']) {
      assert.ok(text.includes(shown), `the printed page shows “${shown}”`);
    }
    for (const hidden of ['Copy link', 'Only differences', 'Skip to content']) {
      assert.ok(!text.includes(hidden), `the printed page leaves out “${hidden}”`);
    }
    return undefined;
  },
};

/**
 * Offline after the first visit: the page is loaded once from its own server, the service worker
 * takes it over, the server goes away, and a reload still shows the app. Run last: it stops the
 * server it is given.
 */
export async function offline(app, server) {
  await app.open('?view=ladder&v=1');
  const ready = await app.until(
    () => app.js("return navigator.serviceWorker ? navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller || 'registered') : 'none'"),
    'the service worker',
    20_000,
  );
  if (ready === 'none') return 'skipped: no service worker in this engine';
  if (ready === 'registered') await app.reload();
  await app.until(() => app.js('return !!navigator.serviceWorker.controller'), 'the worker to control the page', 20_000);
  await server.stop();
  await app.reload();
  await app.seeText('h1', 'The career ladder');
  await app.navigate('?view=compare&roles=pm,cpo&v=1');
  await app.seeText('h1', 'Compare roles');
  const columns = await app.js("return [...document.querySelectorAll('thead .column-name')].map((e) => e.textContent.trim())");
  assert.deepEqual(columns, ['Product Manager', 'Chief Product Officer']);
  return undefined;
}
