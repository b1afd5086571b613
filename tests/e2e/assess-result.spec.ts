// End-to-end: the self-assessment's result from stored snapshots — the index and what it means,
// the accountability finding, the chart and its table, the articles' arguments, history with
// delete and Undo, sharing a result (only the answers) and opening it elsewhere read-only, bad
// result links, export, print, unreadable storage, and phone width.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { AssessPage, ASSESSMENT_KEY, CEO_ANSWERS, PM_ANSWERS, storedAssessment } from './pages/assess-page';

const JUNE = Date.UTC(2026, 5, 1, 9, 30);
const NOVEMBER = Date.UTC(2026, 10, 20, 14, 5);
/** A typical PM in June, a CEO-like role in November. */
const PM_THEN_CEO = storedAssessment([
  { taken: JUNE, answers: PM_ANSWERS },
  { taken: NOVEMBER, answers: CEO_ANSWERS },
]);

test.describe('the result of one’s own assessment', () => {
  test('a typical PM’s answers: index 0, the closest role, and the accountability finding with its sources', async ({ page }) => {
    const assess = new AssessPage(page);
    await assess.seed(storedAssessment([{ taken: JUNE, answers: PM_ANSWERS }]));
    await assess.openAssess();
    await expect(assess.resultHeading).toHaveText('Your result');
    await expect(assess.indexValue).toHaveText('0');
    await expect(assess.indexBand).toHaveText('A product manager’s reach'.replace('’', "'"));
    await expect(assess.closest).toContainText('Product Manager');
    await expect(assess.gap).toBeVisible();
    await expect(assess.gap).toContainText('One product\'s outcomes');
    await expect(assess.gap).toContainText('p&l and budget (influence only)'.replace('p&l', 'P&L'));
    await expect(assess.gap).toContainText('The Mini-CEO Fantasy');
    // Every answer is like a typical PM's, so the case against the analogy applies to each.
    await expect(assess.arguments).toHaveCount(12);
    await expect(assess.arguments.first()).toContainText('Like a typical PM');
    await expect(assess.arguments.first()).toContainText('The case against the analogy');
    await expect(assess.arguments.first()).not.toContainText('The case for the analogy');
    await expect(assess.page.locator('.answer-short')).toHaveCount(4);
  });

  test('the chart is an image with a name and a description, and its table gives the same figures', async ({ page }) => {
    const assess = new AssessPage(page);
    await assess.seed(PM_THEN_CEO);
    await assess.openAssess();
    await expect(assess.chart).toBeVisible();
    await expect(assess.chart.locator('desc')).toContainText('12 of 12 answers placed');
    await expect(assess.chart.locator('circle.chart-you')).toHaveCount(12);
    const rows = assess.table.locator('tbody tr');
    await expect(rows).toHaveCount(12);
    await expect(rows.filter({ hasText: 'P&L and budget' })).toContainText('Formal (4 of 4)');
    await expect(rows.filter({ hasText: 'P&L and budget' })).toContainText('Like a CEO');
    await expect(assess.indexValue).toHaveText('100');
    await expect(assess.closest).toContainText('CEO');
    await expect(assess.gap).toHaveCount(0);
    await expect(assess.arguments.first()).toContainText('The case for the analogy');
  });

  test('history: the earlier snapshot to compare with is chosen from the list of dates', async ({ page }) => {
    const assess = new AssessPage(page);
    // June: a typical PM; September: a CEO; November: a typical PM again.
    const SEPTEMBER = JUNE + (NOVEMBER - JUNE) / 2;
    await assess.seed(
      storedAssessment([
        { taken: JUNE, answers: PM_ANSWERS },
        { taken: SEPTEMBER, answers: CEO_ANSWERS },
        { taken: NOVEMBER, answers: PM_ANSWERS },
      ]),
    );
    await assess.openAssess();
    const choice = assess.history.getByRole('combobox', { name: 'Your latest answers compared with' });
    await expect(assess.historyIndex).toHaveText('Mini-CEO index: 100 then, 0 now (-100).');
    await expect(choice.locator('option')).toHaveCount(2);
    await choice.selectOption({ index: 1 });
    await expect(assess.historyIndex).toHaveText('Mini-CEO index: 0 then, 0 now (0).');
    await expect(assess.page.getByText('None of your answers changed.')).toBeVisible();
    await choice.selectOption({ index: 0 });
    await expect(assess.historyIndex).toHaveText('Mini-CEO index: 100 then, 0 now (-100).');
  });

  test('history: how the answers moved since an earlier snapshot, and deleting one with Undo', async ({ page }) => {
    const assess = new AssessPage(page);
    await assess.seed(PM_THEN_CEO);
    await assess.openAssess();
    await expect(assess.historyIndex).toHaveText('Mini-CEO index: 0 then, 100 now (+100).');
    await expect(assess.movements).toHaveCount(12);
    await expect(assess.movements.filter({ hasText: 'P&L and budget' })).toHaveText('P&L and budget: Influence only → Formal (up)');
    await expect(assess.snapshots).toHaveCount(2);
    await expect(assess.snapshots.first()).toContainText(/20 Nov 2026, \d\d:\d\d/);
    await expect(assess.snapshots.first()).toContainText('index 100');

    await assess.snapshots.nth(1).getByRole('button', { name: /^Delete the assessment of 1 Jun 2026/ }).click();
    await expect(assess.snapshots).toHaveCount(1);
    await expect(assess.page.locator('.history-status')).toContainText('Deleted the assessment of 1 Jun 2026');
    expect((await assess.stored()).snapshots).toHaveLength(1);
    await assess.page.getByRole('button', { name: 'Undo' }).click();
    await expect(assess.snapshots).toHaveCount(2);
    expect((await assess.stored()).snapshots).toHaveLength(2);

    // Deleting the latest shows the one before it as the result.
    await assess.snapshots.first().getByRole('button', { name: /^Delete the assessment of 20 Nov 2026/ }).click();
    await expect(assess.indexValue).toHaveText('0');
    await page.reload();
    await expect(assess.indexValue).toHaveText('0');
    await expect(assess.snapshots).toHaveCount(1);
  });

  test('sharing says what the link holds first, and the link holds only the answers', async ({ page, browser }) => {
    const assess = new AssessPage(page);
    await assess.seed(storedAssessment([{ taken: NOVEMBER, answers: { ...PM_ANSWERS, budget: 2, hiring: 'skip' } }], { in_matrix: true }));
    await assess.openAssess();
    await expect(assess.resultLink).toHaveCount(0);
    await assess.shareMyResult.click();
    const panel = page.getByRole('region', { name: 'Share your result' });
    await expect(panel).toContainText('holds only your answers');
    await expect(assess.resultLink).toHaveCount(0);
    await assess.makeTheLink.click();
    await expect(assess.resultLink).toBeFocused();
    const link = await assess.resultLink.inputValue();
    const url = new URL(link);
    expect([...url.searchParams.keys()]).toEqual(['view', 'answers', 'v']);
    expect(url.searchParams.get('answers')).toBe(
      'decisions.2,budget.3,power.2,strategy.2,planning.2,scope.2,performance.2,accountability.2,replacement.2,stakeholders.2,representing.2',
    );
    expect(link).not.toMatch(/2026|taken|note|skip/);

    // Opened in a fresh browser: the same result, read-only, and nothing stored.
    const other = await browser.newContext();
    const shared = new AssessPage(await other.newPage());
    await shared.page.goto(link);
    await expect(shared.resultHeading).toHaveText('A shared result');
    await expect(shared.indexValue).toHaveText(await assess.indexValue.innerText());
    await expect(shared.table.locator('tbody tr').filter({ hasText: 'Hiring and firing' })).toContainText('Skipped');
    await expect(shared.takeItAgain).toHaveCount(0);
    await expect(shared.shareMyResult).toHaveCount(0);
    await expect(shared.history).toHaveCount(0);
    expect(await shared.stored()).toBeNull();
    // Taking it oneself leaves the shared result for one's own (empty) assessment.
    await shared.takeItYourself.click();
    expect(shared.search()).toBe('?view=assess&v=1');
    await expect(shared.resultHeading).toHaveCount(0);
    expect(await shared.stored()).toBeNull();
    await other.close();
  });

  test('“See my role in the matrix” opens Compare with My role shown, and nothing private in the link', async ({ page }) => {
    const assess = new AssessPage(page);
    await assess.seed(storedAssessment([{ taken: NOVEMBER, answers: PM_ANSWERS }]));
    await assess.openAssess();
    await assess.inMatrix.click();
    await expect(assess.heading).toHaveText('Compare roles');
    await expect(page.getByRole('columnheader', { name: /My role/ })).toBeVisible();
    expect(assess.search()).toBe('?view=compare&roles=pm,ceo&v=1');
    expect((await assess.stored()).in_matrix).toBe(true);
  });

  test('Markdown export: the index, the finding, a table and the arguments with their sources', async ({ page }) => {
    const assess = new AssessPage(page);
    await assess.seed(storedAssessment([{ taken: NOVEMBER, answers: PM_ANSWERS }]));
    await assess.openAssess();
    const [download] = await Promise.all([page.waitForEvent('download'), assess.download.click()]);
    expect(download.suggestedFilename()).toBe('pm-compass-my-role.md');
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toContain('# How CEO-like is my product role?');
    expect(text).toMatch(/taken 20 Nov 2026, \d\d:\d\d/);
    expect(text).toContain('## Mini-CEO index: 0 of 100');
    expect(text).toContain('## I answer for more than I control');
    expect(text).toContain('| P&L and budget | Influence only | Influence only | Formal | Like a typical PM |');
    expect(text).toContain('_Sources: The Mini-CEO Fantasy');
  });

  test('print: the result on paper, without the buttons or the share panel', async ({ page }) => {
    const assess = new AssessPage(page);
    await assess.seed(PM_THEN_CEO);
    await assess.openAssess();
    await page.emulateMedia({ media: 'print' });
    await expect(assess.takeItAgain).toBeHidden();
    await expect(assess.chart).toBeVisible();
    await expect(assess.table).toBeVisible();
    await expect(assess.indexValue).toBeVisible();
    await expect(page.locator('.printed-from')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  });

  test('at 375 px the result fits the screen: no sideways scroll, the table as cards', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const assess = new AssessPage(page);
    await assess.seed(PM_THEN_CEO);
    await assess.openAssess();
    await expect(assess.chart).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expect(assess.table.locator('thead')).toHaveCSS('position', 'absolute');
    await page.goto(new URL('?view=assess&answers=decisions.3,budget.2&v=1', AppPage.base()).toString());
    await expect(assess.resultHeading).toHaveText('A shared result');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('stored data that cannot be read is kept aside, the person is told, and a new assessment can start', async ({ page }) => {
    const assess = new AssessPage(page);
    await assess.seed('{"version":1,"snapshots":[{"taken":');
    await assess.openAssess();
    await expect(assess.alert).toContainText('Your saved assessment could not be read');
    await expect(assess.alert).toContainText(`${ASSESSMENT_KEY}.unreadable`);
    const kept = await page.evaluate((key) => window.localStorage.getItem(key), `${ASSESSMENT_KEY}.unreadable`);
    expect(kept).toBe('{"version":1,"snapshots":[{"taken":');
    await expect(assess.resultHeading).toHaveCount(0);
  });
});

test.describe('bad result links', () => {
  test('tampered answers are dropped with a notice, the rest of the shared result shown, the link corrected', async ({ page }) => {
    const assess = new AssessPage(page);
    await assess.openAssess('?view=assess&answers=budget.9,nope.2,decisions.3,decisions.1&v=1');
    await expect(assess.notice).toHaveText(
      'This link\'s answer on P&L and budget (“9”) is not a level of its scale; it is left out. ' +
        'This link has an answer the app cannot read (“nope.2”); it is left out. ' +
        'This link answers Decision rights twice; the first answer is used.',
    );
    await expect(assess.resultHeading).toHaveText('A shared result');
    await expect(assess.table.locator('tbody tr').filter({ hasText: 'Decision rights' })).toContainText('Which products to back');
    await expect(assess.table.locator('tbody tr').filter({ hasText: 'P&L and budget' })).toContainText('Skipped');
    await expect.poll(() => assess.search()).toBe('?view=assess&answers=decisions.3&v=1');
  });

  test('a link with no usable answer opens one’s own assessment, with a notice', async ({ page }) => {
    const assess = new AssessPage(page);
    await assess.openAssess('?view=assess&answers=%E2%80%A6,team.2,budget.0&v=1');
    await expect(assess.notice).toBeVisible();
    await expect(assess.notice).toContainText(
      'This link answers Team leadership and mentoring, which the self-assessment does not ask about; it is left out.',
    );
    await expect(assess.resultHeading).toHaveCount(0);
    await expect.poll(() => assess.search()).toBe('?view=assess&v=1');
  });
});
