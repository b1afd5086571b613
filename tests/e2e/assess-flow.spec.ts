// End-to-end: taking the self-assessment as a person would, at phone and desktop widths — start,
// answer and skip, reload mid-way and carry on, finish, see "My role" in the matrix, take it
// again from the last answers, and see how the answers moved.
import { expect, test, type Page } from '@playwright/test';
import { AssessPage, QUESTIONS } from './pages/assess-page';

/** Chooses the answer at `level` (from 0) of the question on `dimension`, by its label. */
async function choose(page: Page, dimension: string, level: number): Promise<void> {
  await page.locator(`label[for="answer-${dimension}-${level}"]`).click();
  await expect(page.locator(`#answer-${dimension}-${level}`)).toBeChecked();
}

const question = (page: Page) => page.locator('fieldset.question');
const progress = (page: Page) => page.locator('#assess-progress-text');

for (const width of [375, 1280]) {
  test(`at ${width} px: take it, reload mid-way and continue, finish, see My role in the matrix, take it again and see the change`, async ({ page }) => {
    await page.setViewportSize({ width, height: 850 });
    const assess = new AssessPage(page);
    await assess.openAssess();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(question(page)).toHaveCount(1);
    await expect(question(page)).toContainText('Question 1 of 12');
    await expect(progress(page)).toHaveText('0 of 12 answered');

    // Question 1: the second level; question 2: skipped; question 3: the third level.
    await choose(page, 'decisions', 1);
    await expect(progress(page)).toHaveText('1 of 12 answered');
    await page.locator('#question-next').click();
    await expect(question(page)).toContainText('Question 2 of 12');
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await expect(progress(page)).toHaveText('1 of 12 answered, 1 skipped');
    await page.locator('#question-next').click();
    await choose(page, 'hiring', 2);
    await page.locator('#question-next').click();
    await expect(question(page)).toContainText('Question 4 of 12');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    // A reload mid-way comes back to the same question with the answers kept.
    await page.reload();
    await expect(question(page)).toContainText('Question 4 of 12');
    await expect(progress(page)).toHaveText('2 of 12 answered, 1 skipped');
    await page.locator('#question-back').click();
    await expect(page.locator('#answer-hiring-2')).toBeChecked();

    // The rest: every question from the fourth at the typical PM's level (1).
    await page.locator('#question-next').click();
    for (const dimension of QUESTIONS.slice(3)) {
      await choose(page, dimension, 1);
      if (dimension !== 'representing') await page.locator('#question-next').click();
    }
    await expect(progress(page)).toHaveText('11 of 12 answered, 1 skipped');
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(assess.resultHeading).toHaveText('Your result');
    await expect(assess.table.locator('tbody tr').filter({ hasText: 'P&L and budget' })).toContainText('Skipped');
    await expect(assess.table.locator('tbody tr').filter({ hasText: 'Hiring and firing' })).toContainText('Shared (3 of 4)');
    const firstIndex = Number(await assess.indexValue.innerText());
    expect((await assess.stored()).snapshots).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    // My role in the matrix, built from the answers, and never in the link.
    await assess.inMatrix.click();
    await expect(assess.heading).toHaveText('Compare roles');
    const mine = page.locator('td').filter({ hasText: 'Shared' }).first();
    await expect(mine).toBeVisible();
    expect(assess.search()).not.toMatch(/answers|mine|my/);

    // Take it again: the last answers are chosen; change the budget answer and finish.
    await assess.navLink('My role').click();
    await expect(assess.resultHeading).toHaveText('Your result');
    await assess.takeItAgain.click();
    await expect(page.getByText('Your last answers are chosen; change what has changed.')).toBeVisible();
    await expect(progress(page)).toHaveText('11 of 12 answered, 1 skipped');
    await page.locator('#question-next').click();
    await choose(page, 'budget', 3);
    for (let i = 2; i < 12; i++) await page.locator('#question-next').click();
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(assess.resultHeading).toHaveText('Your result');
    await expect(assess.snapshots).toHaveCount(2);
    const secondIndex = Number(await assess.indexValue.innerText());
    expect(secondIndex).toBeGreaterThan(firstIndex);
    await expect(assess.historyIndex).toHaveText(`Mini-CEO index: ${firstIndex} then, ${secondIndex} now (+${secondIndex - firstIndex}).`);
    await expect(assess.movements).toHaveCount(1);
    await expect(assess.movements).toHaveText('P&L and budget: Skipped → Formal (changed)');
  });
}

test('all on one page: every question at once, answered in any order, the pace kept', async ({ page }) => {
  const assess = new AssessPage(page);
  await assess.openAssess();
  await page.getByRole('radio', { name: /All on one page/ }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(question(page)).toHaveCount(12);
  await choose(page, 'representing', 2);
  await choose(page, 'decisions', 0);
  await expect(progress(page)).toHaveText('2 of 12 answered');
  await page.reload();
  await expect(question(page)).toHaveCount(12);
  await expect(page.locator('#answer-representing-2')).toBeChecked();
  await expect(page.locator('#assess-open-note')).toHaveText(/10 questions are still open/);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(assess.resultHeading).toHaveText('Your result');
  await expect(assess.table.locator('tbody tr').filter({ hasText: 'Scope' })).toContainText('Skipped');
});

test('finishing with nothing answered is refused with an alert, and nothing is lost', async ({ page }) => {
  const assess = new AssessPage(page);
  await assess.openAssess();
  await page.getByRole('radio', { name: /All on one page/ }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#skip-budget').click();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('alert')).toContainText('Answer at least one question to see a result.');
  await expect(question(page)).toHaveCount(12);
  expect((await assess.stored()).draft.answers).toEqual({ budget: 'skip' });
});
