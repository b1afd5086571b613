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

  test('with nothing kept, says so', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.openNotes();
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await expect(page.getByText('There is nothing of yours here now.')).toBeVisible();
    await page.getByRole('button', { name: 'Keep my data' }).click();
    await expect(page.getByRole('button', { name: 'Delete all my data…' })).toBeFocused();
  });
});
