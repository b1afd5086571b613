// End-to-end: what links and stored data meet in the real world. Links come back from chat apps,
// mail and social networks with tracking parameters, escaped `&`, and the sentence's punctuation;
// a tab left open across an update runs an older build beside a newer one; data deleted in one
// tab must stay deleted in the others; and "Delete all my data" clears every tab.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { LadderPage, MARKS_KEY } from './pages/ladder-page';
import { NotesPage, NOTES_KEY } from './pages/notes-page';
import { AssessPage, ASSESSMENT_KEY, PM_ANSWERS, storedAssessment } from './pages/assess-page';
import { expectNoAxeViolations } from './axe';

const REPAIRED = 'This link was changed by the app it came through; it has been repaired.';
const NEWER = 'A newer version of PM Compass saved your data in this browser.';
const THEME_KEY = 'pm-compass.theme';
const CELL = 'CEO × P&L and budget';
const CELL_LINK = '?view=compare&roles=pm,ceo&open=budget.ceo&v=1';

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const store = (page: Page, key: string, value: string) =>
  page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
const newerBanner = (page: Page) => page.locator('.app-status').getByText(NEWER);

test.describe('links mangled on their way', () => {
  test('tracking parameters leave the address without a word', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.open(
      '?view=ladder&from=pm&to=vp-product&v=1&fbclid=IwAR0abc&utm_source=newsletter&gclid=Cj0K',
    );
    await expect(ladder.whatChanges).toHaveAccessibleName('From Product Manager to VP of Product');
    await expect.poll(() => ladder.search()).toBe('?view=ladder&from=pm&to=vp-product&v=1');
    await expect(ladder.notice).toHaveCount(0);
  });

  test('a link whose & a chat app escaped opens the comparison it was made for', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?view=compare&amp;roles=pm,ceo,cpo&amp;theme=authority&amp;diff=1&amp;v=1');
    await expect.poll(() => app.search()).toBe('?view=compare&roles=pm,ceo,cpo&theme=authority&diff=1&v=1');
    const columns = page.getByRole('columnheader');
    await expect(columns.filter({ hasText: 'Chief Product Officer' })).toHaveCount(1);
    await expect(page.getByRole('switch', { name: 'Only differences' })).toBeChecked();
    await expect(app.notice).toHaveText(REPAIRED);
  });

  test('a link whose & became &#38; is put back together from the part after its #', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?view=compare&#38;roles=pm,cpo&#38;diff=1&#38;v=1');
    await expect.poll(() => app.search()).toBe('?view=compare&roles=pm,cpo&diff=1&v=1');
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByRole('columnheader').filter({ hasText: 'Chief Product Officer' })).toHaveCount(1);
    await expect(app.notice).toHaveText(REPAIRED);
  });

  test('the punctuation of the sentence around a link is not part of it', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.open('?view=ladder&from=pm&to=cpo&v=1).');
    await expect(ladder.whatChanges).toHaveAccessibleName('From Product Manager to Chief Product Officer');
    await expect.poll(() => ladder.search()).toBe('?view=ladder&from=pm&to=cpo&v=1');
    await expect(ladder.notice).toHaveCount(0);
  });

  test('a link that really lost something still says what', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?view=compare&amp;roles=pm,zebra,cpo&amp;v=1');
    await expect(app.notice).toContainText(REPAIRED);
    await expect(app.notice).toContainText('“zebra”');
  });
});

/** Two tabs of one browser, both at `query`. */
async function twoTabs(context: BrowserContext, query: string): Promise<[NotesPage, NotesPage]> {
  const a = new NotesPage(await context.newPage());
  const b = new NotesPage(await context.newPage());
  await a.open(query);
  await b.open(query);
  return [a, b];
}

test.describe('a tab running an older build', () => {
  const NEWER_NOTES = JSON.stringify({ version: 99, notes: [{ id: 'n1', shape: 'of the future' }] });

  test('never saves its notes over a newer build’s, and says to reload', async ({ context }) => {
    const [a, b] = await twoTabs(context, CELL_LINK);
    await store(b.page, NOTES_KEY, NEWER_NOTES);
    await a.editor(CELL).fill('Typed in the older tab.');
    await expect(newerBanner(a.page)).toBeVisible();
    await expect(a.page.getByRole('button', { name: 'Reload', exact: true })).toBeVisible();
    await a.page.waitForTimeout(600); // past the save delay
    expect(await stored(a.page, NOTES_KEY)).toBe(NEWER_NOTES);
    await expect(a.editorStatus(CELL)).not.toHaveText('Saved in this browser');
  });

  test('opened on a newer build’s data, leaves every key as it is', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.open('?view=ladder&from=pm&v=1');
    const newerMarks = JSON.stringify({ version: 7, here: { rung: 'pm' } });
    await store(page, MARKS_KEY, newerMarks);
    await store(page, THEME_KEY, 'high-contrast');
    await page.reload();
    await expect(newerBanner(page)).toBeVisible();
    await ladder.iAmHere.click();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await stored(page, MARKS_KEY)).toBe(newerMarks);
    expect(await stored(page, THEME_KEY)).toBe('high-contrast');
  });

  test('leaves a newer build’s assessment as it is', async ({ context }) => {
    const a = new AssessPage(await context.newPage());
    await a.seed(storedAssessment([{ taken: Date.UTC(2026, 10, 1), answers: PM_ANSWERS }]));
    await a.openAssess();
    await expect(a.takeItAgain).toBeVisible();
    const newer = JSON.stringify({ version: 3, results: [] });
    await store(a.page, ASSESSMENT_KEY, newer);
    await a.page.evaluate(
      ([key, value]) => window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage })),
      [ASSESSMENT_KEY, newer] as const,
    );
    await expect(newerBanner(a.page)).toBeVisible();
    await a.takeItAgain.click();
    expect(await stored(a.page, ASSESSMENT_KEY)).toBe(newer);
  });
});

test.describe('deleted in one tab, deleted in all', () => {
  for (const how of ['clear', 'removeItem'] as const) {
    test(`notes removed by ${how}() in another tab are not written back`, async ({ context }) => {
      const [a, b] = await twoTabs(context, CELL_LINK);
      await a.writeNote(CELL, 'Private: written before the delete.');
      await expect(b.editor(CELL)).toHaveValue('Private: written before the delete.');
      // A third tab of the same site, not running the app, removes the data.
      const other = await context.newPage();
      await other.goto(new URL('sw.js', AppPage.base()).toString());
      await other.evaluate(
        ([mode, key]) => (mode === 'clear' ? localStorage.clear() : localStorage.removeItem(key)),
        [how, NOTES_KEY] as const,
      );
      await expect(a.editor(CELL)).toHaveValue('');
      await expect(b.editor(CELL)).toHaveValue('');
      // The next thing written in a tab is kept, and only that, whichever tab saves next.
      await a.editor(CELL).fill('Written after the delete.');
      await expect(a.editorStatus(CELL)).toHaveText('Saved in this browser');
      await expect(b.editor(CELL)).toHaveValue('Written after the delete.');
      await b.page.waitForTimeout(600); // past the other tab's save delay
      const after = (await stored(a.page, NOTES_KEY)) ?? '';
      expect(after).toContain('Written after the delete.');
      expect(after).not.toContain('written before the delete');
    });
  }

  test('ladder markers and ticks follow across tabs, and their removal too', async ({ context }) => {
    const a = new LadderPage(await context.newPage());
    const b = new LadderPage(await context.newPage());
    await a.openLadder('?view=ladder&from=pm&v=1');
    await b.openLadder('?view=ladder&from=pm&v=1');
    await a.iAmHere.click();
    await expect(a.iAmHere).toHaveAttribute('aria-pressed', 'true');
    await expect(b.iAmHere).toHaveAttribute('aria-pressed', 'true');
    await a.page.evaluate((key) => localStorage.removeItem(key), MARKS_KEY);
    await expect(b.iAmHere).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('Delete all my data', () => {
  test('says what will go, offers the exports first, and clears every open tab', async ({ context }) => {
    const a = new NotesPage(await context.newPage());
    const ladder = new LadderPage(await context.newPage());
    await a.open(CELL_LINK);
    await a.writeNote(CELL, 'On a shared computer.');
    await ladder.openLadder('?view=ladder&from=pm&v=1');
    await ladder.iAmHere.click();
    await ladder.page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(ladder.page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await a.openNotes();
    const open = a.page.getByRole('button', { name: 'Delete all my data…' });
    await open.click();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    const panel = a.page.getByRole('group', { name: 'Delete everything PM Compass keeps in this browser?' });
    await expect(panel.getByRole('listitem')).toHaveText([
      'Your notes: 1 note',
      'Your place on the ladder: 1 marker',
      'Your choice of light or dark theme',
    ]);
    await expect(panel.getByRole('heading')).toBeFocused();
    const download = a.page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export notes as JSON' }).click();
    expect((await download).suggestedFilename()).toBe('pm-compass-notes.json');
    await expect(panel.getByRole('button', { name: 'Save my latest result as Markdown' })).toBeDisabled();
    await expectNoAxeViolations(a.page);

    await panel.getByRole('button', { name: 'Delete all my data', exact: true }).click();
    await expect(a.page.locator('.my-data-said')).toHaveText(/All your PM Compass data is deleted from this browser/);
    await expect(open).toBeFocused();
    await expect(a.empty).toBeVisible();
    const keys = await a.page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pm-compass.')));
    expect(keys).toEqual([]);
    // The other tab shows none of it, and writes none of it back.
    await expect(ladder.iAmHere).toHaveAttribute('aria-pressed', 'false');
    await expect(ladder.page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await expect(new NotesPage(ladder.page).editor('Product Manager')).toHaveValue('');
    await ladder.page.waitForTimeout(600);
    expect(await stored(ladder.page, NOTES_KEY)).toBeNull();
  });

  test('after Delete all, a note deleted before cannot be brought back with Undo', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.openNotes();
    await notes.newNote.fill('Deleted first, then everything.');
    await notes.addNote.click();
    await notes.item('Standalone note').getByRole('button', { name: 'Delete' }).click();
    await expect(notes.undo).toBeVisible();
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Delete all my data', exact: true }).click();
    await expect(notes.undo).toHaveCount(0);
    await page.waitForTimeout(600);
    expect(await stored(page, NOTES_KEY)).toBeNull();
  });

  test('with nothing kept, says so', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.openNotes();
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await expect(page.getByText('There is nothing of yours here now.')).toBeVisible();
    await page.getByRole('button', { name: 'Keep my data' }).click();
    await expect(page.getByRole('button', { name: 'Delete all my data…' })).toBeFocused();
  });
});

test.describe('smaller edges', () => {
  const shareWith = (page: Page, outcome: 'AbortError' | 'NotAllowedError') =>
    page.addInitScript((name) => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: () => Promise.reject(new DOMException('The share did not happen.', name)),
      });
    }, outcome);

  test('closing the share sheet is not an error', async ({ page }) => {
    await shareWith(page, 'AbortError');
    const app = new AppPage(page);
    await app.open('?view=compare&roles=pm,cpo&v=1');
    await page.getByRole('button', { name: 'Share…' }).first().click();
    await page.waitForTimeout(300);
    await expect(page.locator('.manual-copy')).toHaveCount(0);
    await expect(page.locator('.share-status').first()).toHaveText('');
  });

  test('a share that fails offers the link to copy', async ({ page }) => {
    await shareWith(page, 'NotAllowedError');
    const app = new AppPage(page);
    await app.open('?view=compare&roles=pm,cpo&v=1');
    await page.getByRole('button', { name: 'Share…' }).first().click();
    const field = page.getByLabel('Sharing did not work in this browser. Select and copy this link:');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(/\?view=compare&roles=pm,cpo&v=1$/);
  });

  /** How far the focused cell is covered: by the header held at the top, by the row header held
   * at the left, and past the bottom of the window (pixels; 0 or less is clear). */
  const covered = (page: Page) =>
    page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const rect = focused.getBoundingClientRect();
      const head = document.querySelector('.matrix thead th')!.getBoundingClientRect();
      const rowHeader = focused.closest('th') ? null : focused.closest('tr')?.querySelector('th[scope=row]');
      return {
        top: head.bottom - rect.top,
        left: rowHeader ? rowHeader.getBoundingClientRect().right - rect.left : 0,
        bottom: rect.bottom - innerHeight,
        what: focused.textContent?.trim().slice(0, 30),
      };
    });

  test('a focused cell is never hidden under the sticky header', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?view=compare&roles=pm,director-pm,cpo,ceo&v=1');
    await page.locator('.matrix tbody [tabindex="0"]').first().focus();
    const rows = await page.locator('.matrix tbody td button[tabindex]').evaluateAll(
      (cells) => new Set(cells.map((cell) => cell.closest('tr'))).size,
    );
    expect(rows).toBeGreaterThan(12);
    let scrolledPastTheTop = false;
    for (const key of [...Array(rows).fill('ArrowDown'), ...Array(rows).fill('ArrowUp')]) {
      await page.keyboard.press(key);
      const seen = await covered(page);
      scrolledPastTheTop ||= await page.evaluate(() => document.querySelector('.matrix thead th')!.getBoundingClientRect().top === 0 && scrollY > 300);
      // Within 2 px: the collapsed borders of the header and the first row meet.
      expect(seen.top, `${key} to ${seen.what}`).toBeLessThanOrEqual(2);
      expect(seen.bottom, `${key} to ${seen.what}`).toBeLessThanOrEqual(2);
    }
    expect(scrolledPastTheTop, 'the walk held the header at the top of the window').toBe(true);
  });

  test('on a narrow tablet the table fits, and a focused cell is never hidden under the row headers', async ({ page }) => {
    await page.setViewportSize({ width: 760, height: 800 });
    const app = new AppPage(page);
    await app.open('?view=compare&roles=pm,director-pm,cpo,ceo&v=1');
    const box = page.locator('.matrix-scroll');
    // Four roles fit without a box that scrolls sideways (which would take the header row's
    // hold at the top of the window away).
    expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Along the first row to its last cell and back to its Pin button.
    await page.locator('.matrix tbody [tabindex="0"]').first().focus();
    const visited = new Set<number>();
    for (const key of [...Array(5).fill('ArrowRight'), ...Array(6).fill('ArrowLeft')]) {
      await page.keyboard.press(key);
      const seen = await covered(page);
      expect(seen.left, `${key} to ${seen.what}`).toBeLessThanOrEqual(0.5);
      visited.add(await page.evaluate(() => (document.activeElement?.closest('td, th') as HTMLTableCellElement).cellIndex));
    }
    expect(await page.evaluate(() => scrollX), 'the page never scrolled sideways on the way').toBe(0);
    // Every cell of the row was focused, the first one (beside the row header) included.
    expect(visited.has(0) && visited.has(1), [...visited].join()).toBe(true);
    expect(visited.size).toBeGreaterThanOrEqual(5);
  });
});
