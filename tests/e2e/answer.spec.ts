// End-to-end: the short answer above the matrix and the words that explain the table's terms.
// The answer follows the roles, theme and organisation chosen, cites each sentence by the number
// of an article in "The articles behind this" (a click away), and on a phone folds its reasons
// under "Why?" so the matrix still starts on the first screen. At every width that shows the
// header row, the role names stay in view while the rows are (narrow tablets included).
import { test, expect, type Page } from '@playwright/test';
import { ComparePage } from './pages/compare-page';
import { expectNoAxeViolations } from './axe';

const answer = (page: Page) => page.getByRole('region', { name: /^Is a product manager a mini-CEO\?/ });
const claims = (page: Page) => page.locator('.answer-claims > li:not([hidden])');

/** The numbers of the verdict tally: "… holds on 0 of 18 dimensions, partly holds on 14 and breaks on 4." */
async function tally(compare: ComparePage): Promise<{ holds: number; total: number; partly: number; breaks: number }> {
  const text = (await compare.verdictSummary.textContent()) ?? '';
  const match = text.match(/holds on (\d+) of (\d+) dimensions, partly holds on (\d+) and breaks on (\d+)/);
  expect(match, `a tally in “${text}”`).not.toBeNull();
  const [holds, total, partly, breaks] = match!.slice(1).map(Number);
  return { holds, total, partly, breaks };
}

test.describe('the answer above the matrix', () => {
  test('answers in a few words, then cited sentences, then the tally and what the verdicts mean', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&v=1');
    const region = answer(page);
    await expect(region.getByRole('heading', { level: 2 })).toHaveText('Is a product manager a mini-CEO? Only in part.');
    await expect(claims(page)).toHaveCount(3);
    const { partly, total } = await tally(compare);
    await expect(claims(page).nth(0)).toContainText(`It fits at least in part on ${partly} of ${total} dimensions`);
    await expect(claims(page).nth(1)).toContainText('It breaks on “Size of the bets”, “P&L and budget”, “Hiring and firing” and 1 more');
    await expect(claims(page).nth(2)).toContainText('The articles split on the label (2 for it, 1 against, 2 mixed)');
    // Every sentence names its sources.
    for (const claim of await claims(page).all()) {
      await expect(claim.getByRole('button', { name: /^Source \d: / }).first()).toBeVisible();
    }
    // The verdicts explained once, in the page's words.
    const legend = region.getByRole('list', { name: 'What the verdicts mean' });
    await expect(legend.getByRole('listitem')).toHaveText(['Holds: the jobs match', 'Partly holds: alike in part', 'Breaks: a CEO has means a product manager lacks']);
    // All of it above the matrix.
    const bottom = (await region.boundingBox())!;
    const table = (await compare.table.boundingBox())!;
    expect(bottom.y + bottom.height).toBeLessThan(table.y);
    await expectNoAxeViolations(page);
  });

  test('a source number brings its article into view, with focus on it', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&v=1');
    const third = claims(page).nth(2).getByRole('button', { name: /^Source 3: / });
    const title = (await third.getAttribute('aria-label'))!.replace(/^Source 3: /, '');
    await third.click();
    const card = page.locator('.sources li').nth(2);
    await expect(card).toBeFocused();
    await expect(card).toBeInViewport();
    await expect(card.locator('cite').first()).toContainText(title);
  });

  test('follows the theme, the organisation and the roles chosen', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&v=1');
    const before = await claims(page).allTextContents();

    await compare.theme.selectOption({ label: 'Authority' });
    await expect(compare.verdictSummary).toContainText('In Authority');
    const inTheme = await tally(compare);
    const fitting = inTheme.holds > 0 ? inTheme.holds : inTheme.partly;
    await expect(claims(page).nth(0)).toContainText(`on ${fitting} of ${inTheme.total} dimensions`);
    expect(await claims(page).allTextContents()).not.toEqual(before);

    const lensButton = answer(page).getByRole('button', { name: 'Read it for an organisation' });
    await lensButton.click();
    const lens = page.getByRole('combobox', { name: 'Organisation' });
    await expect(lens).toBeFocused();
    await lens.selectOption({ label: 'Functional silos' });
    await expect(claims(page).last()).toContainText('read for “Functional silos”');
    await expect(lensButton).toHaveCount(0);

    await compare.open('?view=compare&roles=pm,cpo&v=1');
    await expect(answer(page).getByRole('heading', { level: 2 })).toHaveText('Is a product manager a mini-CEO? How these roles differ.');
    await expect(claims(page).first()).toContainText('Chief Product Officer is above Product Manager on ');
    await expect(answer(page).getByRole('list', { name: 'What the verdicts mean' })).toHaveCount(0);
  });

  test('the table explains its own terms: each row its scale, Pin and Only differences', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&v=1');
    await expect(compare.rowHeader('Scope of responsibility')).toContainText('Bars: 1 “A project” to 5 “The whole company”');
    await expect(compare.rowHeader('Time horizon')).toContainText('Bars: 1 “Weeks” to 4 “Several years”');
    await expect(page.locator('#matrix-hint')).toContainText('Pin keeps a row on top through any filter.');
    await expect(compare.onlyDifferences).toHaveAccessibleDescription('(hides rows where all are level)');
  });
});

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the reasons fold under “Why?”, and the matrix starts on the first screen', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&v=1');
    const why = answer(page).getByRole('button', { name: 'Why? 3 reasons' });
    await expect(why).toHaveAttribute('aria-expanded', 'false');
    await expect(claims(page).first()).toBeHidden();
    const caption = (await compare.table.locator('caption').boundingBox())!;
    expect(caption.y + caption.height).toBeLessThanOrEqual(800);
    await why.click();
    await expect(answer(page).getByRole('button', { name: 'Hide the reasons' })).toHaveAttribute('aria-expanded', 'true');
    await expect(claims(page)).toHaveCount(3);
    await expect(claims(page).first()).toBeVisible();
    await expect(answer(page).getByRole('list', { name: 'What the verdicts mean' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

for (const width of [720, 820, 896]) {
  test.describe(`on a narrow tablet (${width} px)`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the role names stay in view while the rows are, and nothing scrolls sideways', async ({ page }) => {
      const compare = new ComparePage(page);
      await compare.openCompare('?view=compare&roles=pm,senior-pm,cpo,ceo&v=1');
      const fits = await page.evaluate(() => {
        const box = document.querySelector('.matrix-scroll')!;
        return box.scrollWidth <= box.clientWidth && document.documentElement.scrollWidth <= innerWidth;
      });
      expect(fits, 'the table fits its box and the page').toBe(true);
      // Scroll until the middle of the table is at the top of the window.
      const row = compare.rowHeader('Hiring and firing');
      await row.evaluate((element) => window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top - 200));
      await expect(row).toBeInViewport();
      const header = compare.columnHeaders.filter({ hasText: 'Chief Product Officer' });
      await expect.poll(async () => (await header.boundingBox())?.y ?? -1, { message: 'the header row held at the top' }).toBeGreaterThanOrEqual(0);
      await expect.poll(async () => (await header.boundingBox())?.y ?? 99, { message: 'the header row held at the top' }).toBeLessThan(4);
      await expect(header).toBeInViewport();
    });
  });
}
