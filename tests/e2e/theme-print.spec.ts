// The colour theme (following the system, or the person's choice, remembered) and printing
// (a clean page: no navigation or controls; the link; the notes only when chosen).
import { test, expect, type Page } from '@playwright/test';
import { ComparePage } from './pages/compare-page';
import { LadderPage } from './pages/ladder-page';

const THEME_KEY = 'pm-compass.theme';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_PAGE = 'rgb(246, 245, 241)';
const DARK_PAGE = 'rgb(20, 23, 31)';

test('the theme follows the system setting until the person chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const compare = new ComparePage(page);
  await compare.openCompare();
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK_PAGE);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background(page)).toBe(LIGHT_PAGE);
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBeNull();
});

test('the dark theme toggle is remembered and applied before the app starts', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const compare = new ComparePage(page);
  await compare.openCompare();
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK_PAGE);
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');

  // On reload the stored choice is on <html> before any of the app's own code runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtStart: string | undefined }).themeAtStart = document.documentElement.dataset.theme;
    });
  });
  await page.reload();
  await expect(compare.heading).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { themeAtStart: string | undefined }).themeAtStart)).toBe('dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // A system set to light does not override the choice.
  expect(await background(page)).toBe(DARK_PAGE);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background(page)).toBe(LIGHT_PAGE);
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('light');
});

test('a stored theme that is not light or dark is ignored', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '<script>'), THEME_KEY);
  await page.emulateMedia({ colorScheme: 'light' });
  const compare = new ComparePage(page);
  await compare.openCompare();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  expect(await background(page)).toBe(LIGHT_PAGE);
});

test('a printed comparison is the table, the sources and the link, without navigation or controls', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const compare = new ComparePage(page);
  await compare.openCompare('?view=compare&roles=pm,ceo&open=budget.ceo&v=1');
  await page.locator('#note-cell-ceo-budget').fill('Ask for a budget line of my own.');
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeVisible();
  const printedFrom = page.locator('.printed-from');
  await expect(printedFrom).toBeHidden();

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(compare.nav).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await expect(compare.addRole).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  await expect(compare.copyLink).toBeHidden();
  await expect(page.locator('#note-cell-ceo-budget')).toBeHidden();
  await expect(compare.table).toBeVisible();
  await expect(compare.detail).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The articles behind this' })).toBeVisible();
  await expect(printedFrom).toBeVisible();
  await expect(printedFrom).toContainText(page.url());
  // Paper is light whatever the screen's theme.
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  // Notes are left off unless the person asks for them.
  await expect(page.getByText('Ask for a budget line of my own.')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('print-compare.png'), fullPage: true });

  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Print my notes on what is shown').check();
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.printed-notes');
  await expect(printed).toBeVisible();
  await expect(printed.getByRole('term')).toHaveText(['CEO × P&L and budget']);
  await expect(printed.getByRole('definition')).toHaveText(['Ask for a budget line of my own.']);
});

test('a printed ladder is the way, what changes and the checklist, without the diagram', async ({ page }) => {
  const ladder = new LadderPage(page);
  await ladder.openLadder('?view=ladder&from=pm&to=director-pm&v=1');
  await page.emulateMedia({ media: 'print' });
  await expect(ladder.nav).toBeHidden();
  await expect(ladder.diagram).toBeHidden();
  await expect(ladder.way).toBeVisible();
  await expect(ladder.changesTable).toBeVisible();
  await expect(ladder.checklist).toBeVisible();
  await expect(ladder.swapDirection).toBeHidden();
  await expect(page.locator('.printed-from')).toContainText('view=ladder&from=pm&to=director-pm');
});
