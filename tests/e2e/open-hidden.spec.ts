// End-to-end: a link (or a filter chosen later) that opens a cell whose row the view hides says so
// in one sentence and offers to show it; "Show it" brings the open cell into view, "Close it"
// closes it. At a desktop width and on a phone, where the explanation is what comes into view.
import { expect, test } from '@playwright/test';
import { ComparePage } from './pages/compare-page';
import { expectNoAxeViolations } from './axe';

const HIDDEN_VERDICT = '?view=compare&roles=pm,ceo&open=budget.verdict&theme=people&v=1';
const SAID =
  'The mini-CEO verdict on P&L and budget is open, but the theme filter shows People and influence only.';

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a link opening a verdict the theme filter hides says so, and “Show it” shows it open and focused', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare(HIDDEN_VERDICT);
    const notice = page.locator('.open-hidden');
    await expect(notice.locator('.open-hidden-text')).toHaveText(SAID);
    await expect(page.getByRole('status').filter({ hasText: SAID })).toHaveCount(1);
    await expect(compare.rowHeader('P&L and budget')).toHaveCount(0);
    await expect(compare.detail).toHaveCount(0);
    await expectNoAxeViolations(page, 'Compare with a notice about an open cell that is hidden');

    await notice.getByRole('button', { name: 'Show it' }).click();
    await expect(notice).toHaveCount(0);
    await expect(compare.theme).toHaveValue('');
    await expect(compare.detailHeading).toHaveText('P&L and budget: is a product manager a mini-CEO?');
    const verdict = await compare.cell('P&L and budget', 'Mini-CEO?');
    await expect(verdict).toBeFocused();
    await expect(verdict).toBeInViewport();
    await compare.expectSearch('?view=compare&roles=pm,ceo&open=budget.verdict&v=1');
  });

  test('a theme chosen after a cell was opened: the notice names the cell, and “Close it” closes it', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,cpo&open=hiring.cpo&v=1');
    await expect(compare.detail).toHaveCount(1);
    await compare.theme.selectOption({ label: 'Scope and horizon' });
    const notice = page.locator('.open-hidden');
    await expect(notice.locator('.open-hidden-text')).toHaveText(
      'Hiring and firing for Chief Product Officer is open, but the theme filter shows Scope and horizon only.',
    );
    await notice.getByRole('button', { name: 'Close it' }).click();
    await expect(notice).toHaveCount(0);
    await compare.expectSearch('?view=compare&roles=pm,cpo&theme=scope&v=1');
    // Keyboard too: Tab reaches "Show it" and Enter presses it.
    await compare.openCompare('?view=compare&roles=pm,cpo&open=hiring.cpo&theme=scope&v=1');
    await page.getByRole('button', { name: 'Show it' }).focus();
    await page.keyboard.press('Enter');
    await expect(await compare.cell('Hiring and firing', 'Chief Product Officer')).toBeFocused();
    await compare.expectSearch('?view=compare&roles=pm,cpo&open=hiring.cpo&v=1');
  });

  test('a pinned row stays on show whatever the theme, so nothing is said', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,ceo&theme=people&pin=budget&open=budget.verdict&v=1');
    await expect(compare.detailHeading).toHaveText('P&L and budget: is a product manager a mini-CEO?');
    await expect(page.locator('.open-hidden')).toHaveCount(0);
  });
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('“Show it” brings the open explanation into view on a phone', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare(HIDDEN_VERDICT);
    const notice = page.locator('.open-hidden');
    await expect(notice.locator('.open-hidden-text')).toHaveText(SAID);
    await expect(notice).toBeInViewport();
    await notice.getByRole('button', { name: 'Show it' }).click();
    await expect(compare.detailHeading).toHaveText('P&L and budget: is a product manager a mini-CEO?');
    await expect(compare.detailHeading).toBeInViewport();
  });
});
