// End-to-end: private notes as a person uses them: writing a note beside a cell, verdict, role,
// rung or step; the Notes screen (the list, search and filter, notes of one's own, delete and
// undo, export and import); saving when the page goes away; two tabs; storage that fails.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { ComparePage } from './pages/compare-page';
import { NOTES_KEY, NOTES_QUERY, NotesPage, UNREADABLE_NOTES_KEY } from './pages/notes-page';

const CELL_LINK = '?view=compare&roles=pm,ceo&open=budget.ceo&v=1';
const CELL = 'CEO × P&L and budget';

/** Every URL the page has been at, to check that no note text ever went into a link. */
function urlsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  return urls;
}

/** Makes the page say it is hidden, as when its tab is switched away or the phone locks. */
async function hidePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
}

test.describe('the Notes screen with no notes', () => {
  test('explains what notes are for and where to write them', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.openNotes();
    await expect(notes.empty.getByRole('heading', { name: 'No notes yet' })).toBeVisible();
    await expect(notes.empty).toContainText('Notes are for what you think');
    await expect(notes.empty).toContainText('Open any cell, verdict, role or rung');
    await expect(notes.page.getByText('stored only in this browser and never leave it')).toBeVisible();
    await expect(notes.items).toHaveCount(0);
    await expect(notes.count).toHaveCount(0);
  });
});

test.describe('writing notes where things are shown', () => {
  test('a note on a matrix cell is saved, marked, kept on reload, listed and never in a link', async ({ page }) => {
    const urls = urlsOf(page);
    const notes = new NotesPage(page);
    const compare = new ComparePage(page);
    await compare.openCompare(CELL_LINK);
    const text = 'My CEO owns the P&L; I only own a feature budget.';
    await notes.writeNote(CELL, text);

    // The cell shows that it has a note, in words as well as the mark.
    const cell = await compare.cell('P&L and budget', 'CEO');
    await expect(cell).toContainText('✎ note');
    await expect(cell).toHaveAccessibleName(/you have a note here/);
    const other = await compare.cell('P&L and budget', 'Product Manager');
    await expect(other).not.toHaveAccessibleName(/you have a note here/);

    await page.reload();
    await expect(notes.editor(CELL)).toHaveValue(text);
    await expect(notes.editorStatus(CELL)).toHaveText('Saved in this browser');

    await notes.navLink('Notes').click();
    await expect(notes.heading).toHaveText('Your notes');
    await expect(notes.count).toHaveText('1 of 1 notes');
    await expect(notes.labels()).toHaveText([CELL]);
    await expect(notes.item(CELL)).toContainText('Cell · last changed');
    await expect(notes.itemText(CELL)).toHaveValue(text);

    await notes.item(CELL).getByRole('link', { name: 'Go to it' }).click();
    await expect(compare.heading).toHaveText('Compare roles');
    await compare.expectSearch(CELL_LINK);
    await expect(compare.detailHeading).toBeVisible();
    await expect(notes.editor(CELL)).toHaveValue(text);

    // Not in any address the page has been at, nor in a link on the page.
    expect(urls.length).toBeGreaterThan(0);
    for (const url of [...urls, page.url()]) {
      expect(decodeURIComponent(url)).not.toContain('feature budget');
      expect(url).not.toContain('feature');
    }
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(decodeURIComponent(href)).not.toContain('feature budget');
  });

  test('notes on a rung, a step, a verdict and a role are listed by kind, filtered and searched', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.open('?view=ladder&from=pm&v=1');
    await notes.writeNote('Product Manager', 'Rung: learn discovery interviews properly.');

    await notes.open('?view=ladder&from=pm&to=senior-pm&v=1');
    await notes.writeNote('the step Product Manager → Senior Product Manager', 'Step: ask for a bigger scope.');

    await notes.open('?view=compare&roles=pm,ceo&open=hiring.verdict&v=1');
    await notes.writeNote('Hiring and firing', 'Verdict: I interview but do not decide.');

    const roleNote = page.locator('details.role-note').filter({ has: page.locator('summary', { hasText: /^CEO/ }) });
    await roleNote.locator('summary').click();
    await notes.writeNote('CEO', 'Role: the CEO answers to a board.');
    await expect(roleNote.locator('summary')).toContainText('you have a note here');

    await notes.navLink('Notes').click();
    await expect(notes.count).toHaveText('4 of 4 notes');
    await expect(notes.items).toHaveCount(4);
    const expected: [string, string, string][] = [
      ['Rung: Product Manager', 'Rung', 'Rungs'],
      ['Step: Product Manager → Senior Product Manager', 'Step', 'Steps'],
      ['Mini-CEO verdict: Hiring and firing', 'Mini-CEO verdict', 'Mini-CEO verdicts'],
      ['Role: CEO', 'Role', 'Roles'],
    ];
    for (const [label, kind] of expected) {
      await expect(notes.item(label)).toContainText(`${kind} · last changed`);
    }

    for (const [label, , heading] of expected) {
      await notes.kind.selectOption({ label: heading });
      await expect(notes.labels()).toHaveText([label]);
      await expect(notes.count).toHaveText('1 of 4 notes');
    }
    await notes.kind.selectOption({ label: 'Cells' });
    await expect(notes.items).toHaveCount(0);
    await expect(notes.count).toHaveText('0 of 4 notes');
    await notes.kind.selectOption({ label: 'All notes' });
    await expect(notes.count).toHaveText('4 of 4 notes');

    await notes.searchBox.fill('bigger scope');
    await expect(notes.labels()).toHaveText(['Step: Product Manager → Senior Product Manager']);
    await expect(notes.count).toHaveText('1 of 4 notes');
    await notes.searchBox.fill('nothing like this anywhere');
    await expect(notes.items).toHaveCount(0);
    await expect(notes.count).toHaveText('0 of 4 notes');
    await notes.searchBox.fill('');
    await expect(notes.count).toHaveText('4 of 4 notes');

    // "Go to it" from a step opens the ladder at that step.
    await notes.item('Step: Product Manager → Senior Product Manager').getByRole('link', { name: 'Go to it' }).click();
    await expect.poll(() => notes.search()).toBe('?view=ladder&from=pm&to=senior-pm&v=1');
    await expect(notes.editor('the step Product Manager → Senior Product Manager')).toHaveValue('Step: ask for a bigger scope.');
  });
});

test.describe('notes of your own', () => {
  test('add, edit in the list, keep on reload, delete and undo', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.openNotes();
    await notes.addNote.click();
    await expect(notes.said).toHaveText('Write something first: an empty note is not saved.');
    await expect(notes.items).toHaveCount(0);

    await notes.newNote.fill('Ask my mentor about the GPM interview loop.');
    await notes.addNote.click();
    await expect(notes.said).toHaveText('Note added.');
    await expect(notes.newNote).toHaveValue('');
    await expect(notes.labels()).toHaveText(['Standalone note']);
    await expect(notes.item('Standalone note')).toContainText('Standalone · last changed');
    await expect(notes.item('Standalone note').getByRole('link', { name: 'Go to it' })).toHaveCount(0);

    const box = notes.itemText('Standalone note');
    await expect(box).toHaveValue('Ask my mentor about the GPM interview loop.');
    await box.fill('Ask my mentor about the GPM loop and the case study.');
    await expect
      .poll(async () => (await notes.stored()) ?? '', { message: 'the edit is saved' })
      .toContain('the case study');
    await page.reload();
    await expect(notes.itemText('Standalone note')).toHaveValue('Ask my mentor about the GPM loop and the case study.');

    await notes.item('Standalone note').getByRole('button', { name: 'Delete' }).click();
    await expect(notes.items).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Note deleted.' })).toBeVisible();
    await expect(notes.empty).toBeVisible();
    await notes.undo.click();
    await expect(notes.undo).toHaveCount(0);
    await expect(notes.itemText('Standalone note')).toHaveValue('Ask my mentor about the GPM loop and the case study.');
    await expect(notes.count).toHaveText('1 of 1 notes');
    await expect
      .poll(async () => (await notes.stored()) ?? '', { message: 'the restored note is saved' })
      .toContain('the case study');
    await page.reload();
    await expect(notes.itemText('Standalone note')).toHaveValue('Ask my mentor about the GPM loop and the case study.');
  });
});

test.describe('leaving the page straight after typing', () => {
  // The clock is held still after typing, so the usual save a moment later never comes: only
  // the save on leaving or hiding the page can keep the text.
  test('navigating away at once keeps what was typed', async ({ page }) => {
    await page.clock.install();
    const notes = new NotesPage(page);
    await notes.open(CELL_LINK);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await notes.editor(CELL).fill('Typed and left at once.');
    await expect(notes.editorStatus(CELL)).toHaveText('Saving…');
    expect(await notes.stored()).toBeNull();
    await page.goto(new URL(NOTES_QUERY, NotesPage.base()).toString());
    await page.clock.resume();
    await expect(notes.itemText(CELL)).toHaveValue('Typed and left at once.');
    await notes.open(CELL_LINK);
    await expect(notes.editor(CELL)).toHaveValue('Typed and left at once.');
  });

  test('the page being hidden saves at once', async ({ page }) => {
    await page.clock.install();
    const notes = new NotesPage(page);
    await notes.open('?view=ladder&from=pm&v=1');
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await notes.editor('Product Manager').fill('Typed, then the tab was switched.');
    await expect(notes.editorStatus('Product Manager')).toHaveText('Saving…');
    expect(await notes.stored()).toBeNull();
    await hidePage(page);
    await expect(notes.editorStatus('Product Manager')).toHaveText('Saved in this browser');
    expect(await notes.stored()).toContain('Typed, then the tab was switched.');
    await page.clock.resume();
    await page.reload();
    await expect(notes.editor('Product Manager')).toHaveValue('Typed, then the tab was switched.');
  });
});

test.describe('two tabs', () => {
  test('a note added in one tab appears in the other without reload', async ({ context }) => {
    const a = new NotesPage(await context.newPage());
    const b = new NotesPage(await context.newPage());
    await a.openNotes();
    await b.openNotes();
    await expect(b.empty).toBeVisible();
    await a.newNote.fill('Written in tab A.');
    await a.addNote.click();
    await expect(b.itemText('Standalone note')).toHaveValue('Written in tab A.');
    await expect(b.count).toHaveText('1 of 1 notes');
  });

  test('edits to different notes in two tabs are both kept', async ({ context }) => {
    const a = new NotesPage(await context.newPage());
    const b = new NotesPage(await context.newPage());
    await a.open('?view=ladder&from=pm&v=1');
    await b.open(CELL_LINK);
    await a.editor('Product Manager').fill('Rung note from tab A.');
    await b.editor(CELL).fill('Cell note from tab B.');
    await expect(a.editorStatus('Product Manager')).toHaveText('Saved in this browser');
    await expect(b.editorStatus(CELL)).toHaveText('Saved in this browser');
    await expect
      .poll(async () => (await a.stored()) ?? '', { message: 'both notes are stored' })
      .toMatch(/Rung note from tab A[\s\S]*Cell note from tab B|Cell note from tab B[\s\S]*Rung note from tab A/);

    await a.openNotes();
    await expect(a.count).toHaveText('2 of 2 notes');
    await expect(a.itemText('Rung: Product Manager')).toHaveValue('Rung note from tab A.');
    await expect(a.itemText(CELL)).toHaveValue('Cell note from tab B.');
    await expect(b.conflict).toHaveCount(0);
  });

  test('the same note edited in two tabs: the later text wins and the other tab is told', async ({ context }) => {
    // The tabs' clock is held still while both edit, so that which edit is older and which tab
    // saves first are decided by the test, not by a race between timers.
    await context.clock.install();
    const a = new NotesPage(await context.newPage());
    const b = new NotesPage(await context.newPage());
    await a.open(CELL_LINK);
    await b.open(CELL_LINK);
    await a.writeNote(CELL, 'First version.');
    await expect(b.editor(CELL)).toHaveValue('First version.');
    await context.clock.pauseAt((await b.page.evaluate(() => Date.now())) + 1_000);

    // B edits first and has not saved yet; 100 ms later A edits and its tab is hidden, which
    // saves A at once.
    await b.editor(CELL).fill('Older text from tab B.');
    await expect(b.editorStatus(CELL)).toHaveText('Saving…');
    await context.clock.runFor(100);
    await a.editor(CELL).fill('Newer text from tab A.');
    await hidePage(a.page);

    await expect(b.conflict).toContainText('A note you edited here was changed later in another tab; the newer text is kept.');
    await expect(b.editor(CELL)).toHaveValue('Newer text from tab A.');
    await expect(a.editor(CELL)).toHaveValue('Newer text from tab A.');
    await expect(a.conflict).toHaveCount(0);
    await context.clock.resume();
    await b.conflict.getByRole('button', { name: 'OK' }).click();
    await expect(b.conflict).toHaveCount(0);

    await b.page.reload();
    await expect(b.editor(CELL)).toHaveValue('Newer text from tab A.');
    expect(await b.stored()).not.toContain('Older text from tab B.');
  });
});

test.describe('when storage fails', () => {
  test('storage refusing to save: the note stays on screen and the person is told', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      (window as unknown as { storageFull: boolean }).storageFull = true;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as unknown as { storageFull: boolean }).storageFull) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        setItem.call(this, key, value);
      };
    });
    const notes = new NotesPage(page);
    await notes.open(CELL_LINK);
    await notes.editor(CELL).fill('This cannot be stored.');
    await expect(notes.editorStatus(CELL)).toHaveText('Not saved: this browser is refusing to store notes.');
    await expect(notes.storeAlert).toContainText('Your notes are not being saved');
    await expect(notes.storeAlert.getByRole('button', { name: 'Export your notes now' })).toBeVisible();
    await expect(notes.editor(CELL)).toHaveValue('This cannot be stored.');

    // The notes can still be taken away.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notes.storeAlert.getByRole('button', { name: 'Export your notes now' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pm-compass-notes.json');
    expect(await readFile((await download.path())!, 'utf8')).toContain('This cannot be stored.');

    // Still on screen in the Notes view of the same page.
    await notes.navLink('Notes').click();
    await expect(notes.itemText(CELL)).toHaveValue('This cannot be stored.');

    // Space is freed: the next change is saved and the alert goes.
    await page.evaluate(() => {
      (window as unknown as { storageFull: boolean }).storageFull = false;
    });
    await notes.itemText(CELL).fill('This can be stored now.');
    await expect.poll(async () => (await notes.stored()) ?? '').toContain('This can be stored now.');
    await expect(notes.storeAlert).toHaveCount(0);
  });

  test('stored notes that are not JSON: the app starts, says so, and keeps the data aside', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{oops');
        sessionStorage.setItem('seeded', '1');
      }
    }, NOTES_KEY);
    const notes = new NotesPage(page);
    await notes.openNotes();
    await expect(notes.storeAlert).toContainText('Your saved notes could not be read');
    await expect(notes.storeAlert).toContainText(UNREADABLE_NOTES_KEY);
    await expect(notes.empty).toBeVisible();
    expect(await notes.stored(UNREADABLE_NOTES_KEY)).toBe('{oops');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notes.storeAlert.getByRole('button', { name: 'Download the unreadable data' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pm-compass-notes-unreadable.txt');
    expect(await readFile((await download.path())!, 'utf8')).toBe('{oops');

    // New notes can still be written, and the unreadable data is left as it was.
    await notes.newNote.fill('A fresh start.');
    await notes.addNote.click();
    await expect(notes.itemText('Standalone note')).toHaveValue('A fresh start.');
    await expect.poll(async () => (await notes.stored()) ?? '').toContain('A fresh start.');
    expect(await notes.stored(UNREADABLE_NOTES_KEY)).toBe('{oops');
  });
});

test.describe('export and import', () => {
  test('exports Markdown and JSON, and the JSON imports into another browser once', async ({ page, browser }) => {
    const notes = new NotesPage(page);
    await notes.open(CELL_LINK);
    await notes.writeNote(CELL, 'Cell note to take away.');
    await notes.openNotes();
    await notes.newNote.fill('My own note to take away.');
    await notes.addNote.click();
    await expect(notes.count).toHaveText('2 of 2 notes');

    const [markdown] = await Promise.all([page.waitForEvent('download'), notes.exportMarkdown.click()]);
    expect(markdown.suggestedFilename()).toBe('pm-compass-notes.md');
    const md = await readFile((await markdown.path())!, 'utf8');
    expect(md).toMatch(/^# /);
    expect(md).toContain('\n## Standalone\n');
    expect(md).toContain('\n## Cells\n');
    expect(md).toContain(`\n### ${CELL}\n`);
    expect(md).toContain('\n### Standalone note\n');
    expect(md.indexOf('## Standalone')).toBeLessThan(md.indexOf('My own note to take away.'));
    expect(md.indexOf('## Cells')).toBeLessThan(md.indexOf('Cell note to take away.'));

    const [json] = await Promise.all([page.waitForEvent('download'), notes.exportJson.click()]);
    expect(json.suggestedFilename()).toBe('pm-compass-notes.json');
    const jsonPath = (await json.path())!;
    const exported = await readFile(jsonPath, 'utf8');
    expect(exported).toContain('Cell note to take away.');
    expect(exported).toContain('My own note to take away.');
    expect(() => JSON.parse(exported)).not.toThrow();

    // Another browser, with no notes, takes them in.
    const fresh = await browser.newContext();
    try {
      const other = new NotesPage(await fresh.newPage());
      await other.openNotes();
      await expect(other.empty).toBeVisible();
      await other.importInput.setInputFiles(jsonPath);
      await expect(other.said).toHaveText('2 notes added, 0 updated, 0 skipped (already here or older).');
      await expect(other.count).toHaveText('2 of 2 notes');
      await expect(other.itemText(CELL)).toHaveValue('Cell note to take away.');
      await expect(other.itemText('Standalone note')).toHaveValue('My own note to take away.');

      // Again: nothing new.
      await other.importInput.setInputFiles(jsonPath);
      await expect(other.said).toHaveText('0 notes added, 0 updated, 2 skipped (already here or older).');
      await expect(other.count).toHaveText('2 of 2 notes');

      await other.page.reload();
      await expect(other.count).toHaveText('2 of 2 notes');
    } finally {
      await fresh.close();
    }
  });

  test('a file that is not a notes export is refused and the notes are unchanged', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.openNotes();
    await notes.newNote.fill('Keep me.');
    await notes.addNote.click();
    await expect(notes.count).toHaveText('1 of 1 notes');
    await expect.poll(async () => (await notes.stored()) ?? '', { message: 'the note is saved' }).toContain('Keep me.');
    const before = await notes.stored();

    await notes.importInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('this is not json') });
    await expect(notes.said).toHaveText(
      'This file is not a notes export: it is not JSON. Choose a .json file exported from PM Compass. Your notes are unchanged.',
    );
    await expect(notes.count).toHaveText('1 of 1 notes');

    await notes.importInput.setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ hello: 'world', items: [1, 2, 3] })),
    });
    await expect(notes.said).toHaveText('This file is JSON, but not a notes export from PM Compass. Your notes are unchanged.');
    await expect(notes.count).toHaveText('1 of 1 notes');
    await expect(notes.itemText('Standalone note')).toHaveValue('Keep me.');
    expect(await notes.stored()).toBe(before);
  });
});

// A listed note's text follows the stored text: an import or another tab's edit shows at once.
test.describe('a listed note follows its stored text', () => {
  // The same note, edited on another device from this one's export, comes back updated: the
  // report says "1 updated" and the listed box shows the new text at once (it once kept the old
  // text until a reload, and typing then overwrote the imported one).
  test('an import that updates a note shows the new text in the list', async ({ page, browser }) => {
    const notes = new NotesPage(page);
    await notes.open(CELL_LINK);
    await notes.writeNote(CELL, 'Old text here.');
    await notes.openNotes();
    const [mine] = await Promise.all([page.waitForEvent('download'), notes.exportJson.click()]);
    const minePath = test.info().outputPath('this-device.json');
    await mine.saveAs(minePath);
    const fresh = await browser.newContext();
    const otherPath = test.info().outputPath('edited-elsewhere.json');
    try {
      const other = new NotesPage(await fresh.newPage());
      await other.openNotes();
      await other.importInput.setInputFiles(minePath);
      await expect(other.said).toHaveText('1 note added, 0 updated, 0 skipped (already here or older).');
      await other.open(CELL_LINK);
      await other.writeNote(CELL, 'Newer text from elsewhere.');
      await other.openNotes();
      const [json] = await Promise.all([other.page.waitForEvent('download'), other.exportJson.click()]);
      await json.saveAs(otherPath);
    } finally {
      await fresh.close();
    }
    await notes.importInput.setInputFiles(otherPath);
    await expect(notes.said).toHaveText('0 notes added, 1 updated, 0 skipped (already here or older).');
    await expect(notes.itemText(CELL)).toHaveValue('Newer text from elsewhere.');
    await expect(notes.items).toHaveCount(1);
  });

  test('an import with another note on the same cell keeps both texts and says so', async ({ page, browser }) => {
    const notes = new NotesPage(page);
    await notes.open(CELL_LINK);
    await notes.writeNote(CELL, 'Old text here.');
    await notes.openNotes();
    await expect(notes.itemText(CELL)).toHaveValue('Old text here.');
    const fresh = await browser.newContext();
    let jsonPath = '';
    try {
      const other = new NotesPage(await fresh.newPage());
      await other.open(CELL_LINK);
      await other.writeNote(CELL, 'Newer text from elsewhere.');
      await other.openNotes();
      const [json] = await Promise.all([other.page.waitForEvent('download'), other.exportJson.click()]);
      jsonPath = test.info().outputPath('other-device.json');
      await json.saveAs(jsonPath);
      await notes.importInput.setInputFiles(jsonPath);
    } finally {
      await fresh.close();
    }
    await expect(notes.said).toHaveText(
      '0 notes added, 0 updated, 0 skipped (already here or older). 1 note was on an item that already has a ' +
        'different note here (CEO × P&L and budget): both are kept, the imported one as a note of its own.',
    );
    // The note here stays on its cell; the other device's text is a note of its own, saying where it came from.
    await expect(notes.itemText(CELL)).toHaveValue('Old text here.');
    const apart = notes.itemText('Standalone note');
    await expect(apart).toHaveValue(/^Imported: another note on CEO × P&L and budget, last changed \d{4}-\d{2}-\d{2}\.\n\nNewer text from elsewhere\.$/);
    // Importing the same file again adds nothing.
    await notes.importInput.setInputFiles(jsonPath);
    await expect(notes.said).toHaveText('0 notes added, 0 updated, 1 skipped (already here or older).');
    await expect(notes.items).toHaveCount(2);
  });

  // Steps: 1. In tab A open ?view=compare&roles=pm,ceo&open=budget.ceo&v=1 and type "First
  // text." in "Your private note on CEO × P&L and budget"; wait for "Saved in this browser".
  // 2. In tab B (same browser) open ?view=notes&v=1: the note shows "First text.". 3. In tab A
  // change the note to "Second text, written in tab A."; it saves. Expected: tab B's list shows
  // the new text (as it does for a newly added note). Actual: tab B keeps showing "First
  // text."; if the person then types " more" in tab B's box, the stored note becomes "First
  // text. more": tab A's edit is silently lost, with no "changed later in another tab" notice
  // in either tab.
  test('a note edited in one tab shows its new text in the other tab\'s Notes list', async ({ context }) => {
    const a = new NotesPage(await context.newPage());
    const b = new NotesPage(await context.newPage());
    await a.open(CELL_LINK);
    await a.writeNote(CELL, 'First text.');
    await b.openNotes();
    await expect(b.itemText(CELL)).toHaveValue('First text.');
    await a.writeNote(CELL, 'Second text, written in tab A.');
    await expect.poll(async () => (await b.stored()) ?? '').toContain('Second text, written in tab A.');
    await expect(b.itemText(CELL)).toHaveValue('Second text, written in tab A.');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the Notes screen has no horizontal page scroll', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.open(CELL_LINK);
    await notes.writeNote(CELL, 'A note with a long unbroken word: supercalifragilisticexpialidocious-and-then-some-more-text.');
    await notes.openNotes();
    await notes.newNote.fill('Another note.');
    await notes.addNote.click();
    await expect(notes.count).toHaveText('2 of 2 notes');
    await expect(notes.exportJson).toBeVisible();
    const [scrollWidth, clientWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});
