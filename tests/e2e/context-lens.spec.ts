// End-to-end: the context lens on Compare ("it depends on the organisation"). Choosing an
// organisation moves the verdicts and levels the articles say differ there, marks them, explains
// them in the opened cell, keeps the choice in the link, and a link naming no known
// organisation says so and shows the typical reading.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { ComparePage } from './pages/compare-page';

const MARK = 'Differs here';

test.describe('the Organisation lens', () => {
  test('choosing an organisation moves and marks what differs there, and the link keeps it', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,ceo&v=1');
    const lens = page.getByRole('combobox', { name: 'Organisation' });
    await expect(lens).toHaveValue('');
    await expect(lens.locator('option:checked')).toHaveText('Typical (any)');
    await expect(compare.table.getByText(MARK)).toHaveCount(0);
    const strategy = await compare.cell('Vision and strategy', 'Mini-CEO?');
    await expect(strategy).toHaveText(/Partly holds$/);
    const typicalSummary = (await compare.verdictSummary.textContent())!;

    await lens.selectOption({ label: 'Functional silos' });
    await compare.expectSearch('?view=compare&roles=pm,ceo&org=silos&v=1');
    await expect(page).toHaveTitle(/\(Functional silos\)/);
    // What the organisation looks like, how much it changes, and where that comes from.
    await expect(page.locator('.context-count')).toHaveText(
      /^Here \d+ verdicts? and \d+ levels? differ from the typical reading; they are marked “Differs here”\.$/,
    );
    const about = page.getByText('What “Functional silos” means here');
    await about.click();
    await expect(page.locator('.context-summary')).toBeVisible();
    await expect(page.locator('.context-about')).toContainText('The Mini-CEO Fantasy');
    // The verdicts it changes, marked; the tally says which organisation it counts for.
    await expect(strategy).toHaveText(/Breaks\s*Differs here$/);
    await expect(compare.verdictSummary).toHaveText(/^Functional silos: /);
    await expect(compare.verdictSummary).not.toHaveText(typicalSummary);
    // A level it changes: the PM's team leadership, with the typical reading beside it.
    const team = await compare.cell('Team leadership and mentoring', 'Product Manager');
    await expect(team).toContainText(MARK);
    await expect(team).toContainText('Typically: ');
    // The CEO's column never moves, and dimensions it leaves alone carry no mark.
    await expect(compare.row('P&L and budget').getByText(MARK)).toHaveCount(0);
    for (const cell of await compare.table.locator('td').filter({ hasText: MARK }).all()) {
      await expect(cell.getByRole('button')).not.toHaveAttribute('id', /-ceo$/);
    }
    const [, verdicts, levels] = (await page.locator('.context-count').textContent())!.match(/Here (\d+) verdicts? and (\d+) levels?/)!;
    // Every verdict it changes is on show; of its levels, the ones of the roles compared.
    await expect(compare.table.locator('td').filter({ hasText: MARK })).toHaveCount(Number(verdicts) + 1);
    expect(Number(levels)).toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(page, 'Compare read for functional silos');

    // The link opens the same reading, and the typical reading takes the mark away again.
    await page.reload();
    await expect(lens).toHaveValue('silos');
    await expect(strategy).toHaveText(/Breaks\s*Differs here$/);
    await lens.selectOption({ label: 'Typical (any)' });
    await compare.expectSearch('?view=compare&roles=pm,ceo&v=1');
    await expect(compare.table.getByText(MARK)).toHaveCount(0);
    await expect(compare.verdictSummary).toHaveText(typicalSummary);
  });

  test('an opened cell explains the organisation’s reading above the typical one', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,ceo&org=startup&open=time-horizon.pm&v=1');
    await expect(compare.detail).toBeVisible();
    const reading = compare.detail.locator('.context-reading');
    await expect(reading.getByRole('heading', { level: 4 })).toHaveText('Organisation: Early start-up');
    await expect(reading).toContainText(/\(level 3 of \d\)/);
    await expect(reading).toContainText('Sources:');
    await expect(reading).toContainText('Product Managers as Mini-CEOs');
    await expect(compare.detail.getByRole('heading', { name: 'The typical reading' })).toBeVisible();
    await expectNoAxeViolations(page, 'an opened cell read for an early start-up');

    // A cell the organisation leaves alone shows the typical reading alone.
    await compare.openCompare('?view=compare&roles=pm,ceo&org=startup&open=hiring.pm&v=1');
    await expect(compare.detail).toBeVisible();
    await expect(compare.detail.locator('.context-reading')).toHaveCount(0);
    await expect(compare.detail.getByRole('heading', { name: 'The typical reading' })).toHaveCount(0);
  });

  test('“Only differences” follows the organisation’s levels', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,head-of-product&diff=1&v=1');
    await expect(compare.rowHeader('P&L and budget')).toBeVisible();
    const typical = await compare.rowHeaders.count();
    await compare.openCompare('?view=compare&roles=pm,head-of-product&org=product-led&diff=1&v=1');
    // Product-led: the PM's budget rises to the Head of Product's, so that row is level and hidden.
    await expect(compare.rowHeaders).toHaveCount(typical - 1);
    await expect(compare.rowHeader('P&L and budget')).toHaveCount(0);
  });

  test('a link naming an unknown organisation says so and shows the typical reading', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,ceo&org=unicorn&v=1');
    await expect(compare.notice).toHaveText(
      'This link reads the comparison for an organisation the app does not know (“unicorn”), so the typical reading is shown.',
    );
    await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveValue('');
    await expect(compare.table.getByText(MARK)).toHaveCount(0);
    await compare.expectSearch('?view=compare&roles=pm,ceo&v=1');
  });
});
