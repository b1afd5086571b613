// End-to-end, two real tabs of one browser: data removed from local storage in a tab running the
// app (`localStorage.removeItem` or `clear()` there, which sends that tab no storage event) stays
// removed, whichever tab writes next: the removing tab never writes back what it still held, and
// the other tab, told by a storage event, neither. One test a stored key and a way of removing.
import { test, expect, type Page } from '@playwright/test';
import { ComparePage } from './pages/compare-page';
import { LadderPage, MARKS_KEY } from './pages/ladder-page';
import { NotesPage, NOTES_KEY } from './pages/notes-page';
import { AssessPage, ASSESSMENT_KEY, PM_ANSWERS, storedAssessment } from './pages/assess-page';

const THEME_KEY = 'pm-compass.theme';
const COMPARE = '?view=compare&roles=pm,ceo&v=1';
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

/** Removes `key` in this tab the way a person or a script in it would. */
function remove(page: Page, how: 'removeItem' | 'clear', key: string): Promise<void> {
  return page.evaluate(
    ([mode, k]) => (mode === 'clear' ? localStorage.clear() : localStorage.removeItem(k)),
    [how, key] as const,
  );
}

/** Saves now whatever a tab was waiting to save, as it does when it is hidden or closed. */
function hide(page: Page): Promise<void> {
  return page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
}

for (const how of ['removeItem', 'clear'] as const) {
  test.describe(`removed by ${how}() in a tab running the app`, () => {
    test('a removed note does not come back when the other tab writes one', async ({ context }) => {
      // The steps: tab A writes a note in Compare; tab B, on Notes, removes them.
      const a = new ComparePage(await context.newPage());
      await a.openCompare(COMPARE);
      const writer = new NotesPage(a.page);
      await (await a.cell('P&L and budget', 'CEO')).click();
      await writer.writeNote('CEO × P&L and budget', 'First: removed later.');

      const b = new NotesPage(await context.newPage());
      await b.openNotes();
      await expect(b.items).toHaveCount(1);
      await remove(b.page, how, NOTES_KEY);

      // Tab A heard of it: its editor empties.
      await expect(writer.editor('CEO × P&L and budget')).toHaveValue('');
      await (await a.cell('P&L and budget', 'Product Manager')).click();
      await writer.writeNote('Product Manager × P&L and budget', 'Second: written after.');

      // Tab B takes in the second note and lets the first go, and has nothing left to save.
      await expect(b.labels()).toHaveText(['Product Manager × P&L and budget']);
      await hide(b.page);
      const after = (await stored(b.page, NOTES_KEY)) ?? '';
      expect(after).toContain('Second: written after.');
      expect(after).not.toContain('First: removed later.');
    });

    test('a removed note does not come back when the removing tab writes one', async ({ context }) => {
      const a = new NotesPage(await context.newPage());
      await a.openNotes();
      await a.newNote.fill('First: removed later.');
      await a.addNote.click();
      const b = new NotesPage(await context.newPage());
      await b.openNotes();
      await expect(b.items).toHaveCount(1);

      await remove(b.page, how, NOTES_KEY);
      await expect(a.items).toHaveCount(0);
      await b.newNote.fill('Second: written after.');
      await b.addNote.click();
      await expect(a.items).toHaveCount(1);
      await expect(b.items).toHaveCount(1);
      await hide(b.page);
      const after = (await stored(a.page, NOTES_KEY)) ?? '';
      expect(after).toContain('Second: written after.');
      expect(after).not.toContain('First: removed later.');
    });

    test('removed ladder markers and ticks do not come back, whichever tab marks next', async ({ context }) => {
      const a = new LadderPage(await context.newPage());
      const b = new LadderPage(await context.newPage());
      await a.openLadder('?view=ladder&from=pm&v=1');
      await b.openLadder('?view=ladder&from=pm&v=1');
      await a.iAmHere.click();
      await expect(b.iAmHere).toHaveAttribute('aria-pressed', 'true');

      await remove(b.page, how, MARKS_KEY);
      await expect(a.iAmHere).toHaveAttribute('aria-pressed', 'false');
      // The removing tab, which heard nothing, sets a target: only the target is kept.
      await b.thisIsMyTarget.click();
      await expect(b.iAmHere).toHaveAttribute('aria-pressed', 'false');
      expect(await b.storedMarks()).toMatchObject({ here: null, target: 'pm' });
      await expect(a.thisIsMyTarget).toHaveAttribute('aria-pressed', 'true');
      await expect(a.iAmHere).toHaveAttribute('aria-pressed', 'false');

      // And the other way: removed again in B, then A marks.
      await remove(b.page, how, MARKS_KEY);
      await expect(a.thisIsMyTarget).toHaveAttribute('aria-pressed', 'false');
      await a.iAmHere.click();
      await expect(b.iAmHere).toHaveAttribute('aria-pressed', 'true');
      await expect(b.thisIsMyTarget).toHaveAttribute('aria-pressed', 'false');
      expect(await a.storedMarks()).toMatchObject({ here: 'pm', target: null });
    });

    test('a removed assessment does not come back, whichever tab changes it next', async ({ context }) => {
      const taken = Date.UTC(2026, 10, 1);
      const a = new AssessPage(await context.newPage());
      await a.seed(storedAssessment([{ taken, answers: PM_ANSWERS }]));
      await a.openAssess();
      await expect(a.takeItAgain).toBeVisible();
      const b = new AssessPage(await context.newPage());
      await b.openAssess();
      await expect(b.takeItAgain).toBeVisible();

      await remove(b.page, how, ASSESSMENT_KEY);
      await expect(a.takeItAgain).toHaveCount(0);
      // The removing tab still shows the result it had; starting again keeps no old result.
      await b.takeItAgain.click();
      const after = await b.stored();
      expect(after).not.toBeNull();
      expect(JSON.stringify(after)).not.toContain(String(taken));
      expect(after.snapshots ?? []).toEqual([]);
    });

    test('finishing the assessment after its removal writes no earlier result back', async ({ page }) => {
      const taken = Date.UTC(2026, 10, 1);
      const assess = new AssessPage(page);
      await assess.seed(storedAssessment([{ taken, answers: PM_ANSWERS }]));
      await assess.openAssess();
      await assess.takeItAgain.click();
      const next = page.locator('#question-next');
      const finish = page.getByRole('button', { name: 'See my result' });
      // To the twelfth and last question, where the answers kept from last time can be finished.
      for (let i = 1; i < 12; i++) await next.click();
      await expect(finish).toBeVisible();
      await remove(page, how, ASSESSMENT_KEY);
      await finish.click();
      await expect(finish).toHaveCount(0);
      const after = await assess.stored();
      expect(JSON.stringify(after ?? {})).not.toContain(String(taken));
    });

    test('a removed theme choice is let go in the other tab and not written back', async ({ context }) => {
      const a = new LadderPage(await context.newPage());
      const b = new LadderPage(await context.newPage());
      await a.openLadder('?view=ladder&from=pm&v=1');
      await b.openLadder('?view=ladder&from=pm&v=1');
      await a.page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(b.page.locator('html')).toHaveAttribute('data-theme', 'dark');

      await remove(b.page, how, THEME_KEY);
      await expect(a.page.locator('html')).not.toHaveAttribute('data-theme', /./);
      // Marking a rung in B writes its markers, never the theme it still shows.
      await b.iAmHere.click();
      expect(await stored(b.page, THEME_KEY)).toBeNull();
      await expect(a.iAmHere).toHaveAttribute('aria-pressed', 'true');
      await expect(a.page.locator('html')).not.toHaveAttribute('data-theme', /./);
    });
  });
}
