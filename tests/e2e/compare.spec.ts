// End-to-end: the Compare screen of the release build as a person uses it: the matrix, choosing
// roles and filters, opening cells, copying and opening links, Back and Forward, the keyboard,
// bad links, the phone layout and the sticky header.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ComparePage, SHORT_NAMES } from './pages/compare-page';
import { DIMENSION_COUNT } from './pages/knowledge';

const DEFAULT = '?view=compare&roles=pm,ceo&v=1';

test.describe('the default view', () => {
  test('shows Product Manager beside CEO, every dimension and the verdict tally', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.open();
    const table = compare.tableNamed('Product Manager compared with CEO');
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Dimension', exact: true })).toBeVisible();
    for (const name of ['Product Manager', 'CEO', 'Mini-CEO?']) {
      await expect(compare.column(name)).toBeVisible();
    }
    await expect(compare.columnHeaders).toHaveText([
      'Dimension',
      /^Product Manager/,
      /^CEO/,
      /^Mini-CEO\?/,
    ]);
    await expect(compare.rowHeaders).toHaveCount(DIMENSION_COUNT);
    await expect(compare.verdictSummary).toHaveText(
      new RegExp(`^The mini-CEO analogy holds on \\d+ of ${DIMENSION_COUNT} dimensions, partly holds on \\d+ and breaks on \\d+\\.$`),
    );
    // The tally agrees with the verdicts in the table.
    const summary = (await compare.verdictSummary.textContent()) ?? '';
    const [, holds, partly, breaks] = summary.match(new RegExp(`holds on (\\d+) of ${DIMENSION_COUNT} .* partly holds on (\\d+) and breaks on (\\d+)`))!;
    await expect(table.getByRole('button', { name: /^✓?Holds$/ })).toHaveCount(Number(holds));
    await expect(table.getByRole('button', { name: /^≈?Partly holds$/ })).toHaveCount(Number(partly));
    await expect(table.getByRole('button', { name: /^✗?Breaks$/ })).toHaveCount(Number(breaks));
    await expect(compare.notice).toHaveCount(0);
  });
});

test.describe('choosing roles and filters', () => {
  test('adding a role adds a column, a link and a history entry that Back removes', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    await compare.addRole.selectOption({ label: 'Chief Product Officer' });
    await expect(compare.tableNamed('Product Manager, CEO and Chief Product Officer compared')).toBeVisible();
    await expect(compare.columnNames).toHaveText(['Product Manager', 'CEO', 'Chief Product Officer', 'Mini-CEO?']);
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo&v=1');
    await expect(compare.rolesList.getByRole('listitem')).toHaveCount(3);

    await page.goBack();
    await compare.expectSearch(DEFAULT);
    await expect(compare.tableNamed('Product Manager compared with CEO')).toBeVisible();
    await expect(compare.columnNames).toHaveText(['Product Manager', 'CEO', 'Mini-CEO?']);
    await page.goForward();
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo&v=1');
    await expect(compare.columnNames).toHaveText(['Product Manager', 'CEO', 'Chief Product Officer', 'Mini-CEO?']);
  });

  test('moving a role reorders the columns and replaces the history entry', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    await compare.addRole.selectOption({ label: 'Chief Product Officer' });
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo&v=1');

    await compare.moveLeft('CEO').click();
    await expect(compare.columnNames).toHaveText(['CEO', 'Product Manager', 'Chief Product Officer', 'Mini-CEO?']);
    await expect(compare.tableNamed('CEO, Product Manager and Chief Product Officer compared')).toBeVisible();
    await compare.expectSearch('?view=compare&roles=ceo,pm,cpo&v=1');
    // CEO is now first: it cannot move further left, and focus stays on its chip.
    await expect(compare.moveLeft('CEO')).toBeDisabled();
    await expect(compare.moveRight('CEO')).toBeFocused();

    await compare.moveRight('Product Manager').click();
    await expect(compare.columnNames).toHaveText(['CEO', 'Chief Product Officer', 'Product Manager', 'Mini-CEO?']);
    await compare.expectSearch('?view=compare&roles=ceo,cpo,pm&v=1');

    // Back does not undo the moves: it goes to before the role was added.
    await page.goBack();
    await compare.expectSearch(DEFAULT);
    await expect(compare.columnNames).toHaveText(['Product Manager', 'CEO', 'Mini-CEO?']);
    await page.goForward();
    await compare.expectSearch('?view=compare&roles=ceo,cpo,pm&v=1');
    await expect(compare.columnNames).toHaveText(['CEO', 'Chief Product Officer', 'Product Manager', 'Mini-CEO?']);
  });

  test('removing a role pushes history; two to four roles, and the controls say so', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    // Two roles: none can be removed.
    await expect(compare.removeButtons()).toHaveCount(2);
    for (const button of await compare.removeButtons().all()) await expect(button).toBeDisabled();
    await expect(compare.addRole).toBeEnabled();

    await compare.addRole.selectOption({ label: 'Chief Product Officer' });
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo&v=1');
    for (const button of await compare.removeButtons().all()) await expect(button).toBeEnabled();
    await compare.addRole.selectOption({ label: 'VP of Product' });
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo,vp-product&v=1');
    await expect(compare.columnNames).toHaveText([
      'Product Manager',
      'CEO',
      'Chief Product Officer',
      'VP of Product',
      'Mini-CEO?',
    ]);
    // Four roles: the picker is full.
    await expect(compare.addRole).toBeDisabled();

    await compare.remove('Chief Product Officer').click();
    await expect(compare.columnNames).toHaveText(['Product Manager', 'CEO', 'VP of Product', 'Mini-CEO?']);
    await compare.expectSearch('?view=compare&roles=pm,ceo,vp-product&v=1');
    await expect(compare.addRole).toBeEnabled();
    await expect(compare.addRole).toBeFocused();
    await expect(compare.addRole.getByRole('option', { name: 'Chief Product Officer' })).toHaveCount(1);

    await page.goBack();
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo,vp-product&v=1');
    await expect(compare.columnNames).toHaveText([
      'Product Manager',
      'CEO',
      'Chief Product Officer',
      'VP of Product',
      'Mini-CEO?',
    ]);
    await expect(compare.addRole).toBeDisabled();
  });

  test('after adding a role the picker shows its prompt again, and says when it is full', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    await expect(compare.addRole).toHaveValue('');
    await expect(compare.addRole.locator('option:checked')).toHaveText('+ Add a role');

    await compare.addRole.selectOption({ label: 'Chief Product Officer' });
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo&v=1');
    await expect(compare.addRole.getByRole('option', { name: 'Chief Product Officer' })).toHaveCount(0);
    // The picker offers the next role to add; it must not look as if one were already chosen.
    await expect.soft(compare.addRole.locator('option:checked')).toHaveText('+ Add a role');
    await expect.soft(compare.addRole).toHaveValue('');

    await compare.addRole.selectOption({ label: 'VP of Product' });
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo,vp-product&v=1');
    await expect(compare.addRole).toBeDisabled();
    await expect(compare.addRole.locator('option:checked')).toHaveText('4 roles at most');
  });

  test('the theme filter shows only that theme’s rows and goes in the link', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    await expect(compare.theme).toHaveValue('');
    await compare.theme.selectOption({ label: 'Authority' });
    await compare.expectSearch('?view=compare&roles=pm,ceo&theme=authority&v=1');
    await expect(compare.rowHeaders).toHaveCount(4);
    expect(await compare.dimensionNames()).toEqual([
      'Decision rights',
      'P&L and budget',
      'Hiring and firing',
      'Positional power',
    ]);
    await expect(compare.groupHeaders).toHaveText(['Authority']);
    await expect(compare.verdictSummary).toHaveText(/^In Authority: The mini-CEO analogy holds on \d+ of 4 dimensions/);

    await compare.theme.selectOption({ label: 'All themes' });
    await compare.expectSearch(DEFAULT);
    await expect(compare.rowHeaders).toHaveCount(DIMENSION_COUNT);
    await expect(compare.verdictSummary).toHaveText(new RegExp(`^The mini-CEO analogy holds on \\d+ of ${DIMENSION_COUNT} dimensions`));
  });

  test('the Theme select shows the theme of the view Back and Forward return to', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    await compare.theme.selectOption({ label: 'Authority' });
    await compare.expectSearch('?view=compare&roles=pm,ceo&theme=authority&v=1');
    await compare.addRole.selectOption({ label: 'Chief Product Officer' });
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo&theme=authority&v=1');
    await compare.theme.selectOption({ label: 'All themes' });
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo&v=1');
    await expect(compare.rowHeaders).toHaveCount(DIMENSION_COUNT);

    await page.goBack();
    await compare.expectSearch('?view=compare&roles=pm,ceo&theme=authority&v=1');
    await expect(compare.rowHeaders).toHaveCount(4);
    await expect(compare.verdictSummary).toHaveText(/^In Authority: /);
    await expect.soft(compare.theme, 'the Theme select names the theme on show').toHaveValue('authority');
    await expect.soft(compare.theme.locator('option:checked')).toHaveText('Authority');

    await page.goForward();
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo&v=1');
    await expect(compare.rowHeaders).toHaveCount(DIMENSION_COUNT);
    await expect(compare.theme, 'the Theme select names the theme on show').toHaveValue('');
  });

  test('“Only differences” hides rows where the roles are level and says how many', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=cpo,ceo&v=1');
    await expect(compare.onlyDifferences).not.toBeChecked();
    await expect(compare.hiddenCount).toHaveCount(0);
    await expect(compare.rowHeaders).toHaveCount(DIMENSION_COUNT);

    await compare.onlyDifferences.check();
    await expect(compare.onlyDifferences).toBeChecked();
    await compare.expectSearch('?view=compare&roles=cpo,ceo&diff=1&v=1');
    await expect(compare.hiddenCount).toHaveText('6 rows hidden where the roles are level.');
    await expect(compare.rowHeaders).toHaveCount(DIMENSION_COUNT - 6);
    for (const level of ['Time horizon', 'Size of the bets', 'P&L and budget', 'Hiring and firing', 'Team leadership and mentoring', 'Coaching others']) {
      await expect(compare.rowHeader(level)).toHaveCount(0);
    }
    await expect(compare.rowHeader('Vision and strategy')).toBeVisible();

    await compare.onlyDifferences.uncheck();
    await compare.expectSearch('?view=compare&roles=cpo,ceo&v=1');
    await expect(compare.rowHeaders).toHaveCount(DIMENSION_COUNT);
    await expect(compare.hiddenCount).toHaveCount(0);
  });

  test('“Only differences” says so when no row is level', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    await compare.onlyDifferences.check();
    await expect(page.getByText('No rows hidden: the roles differ on every one.')).toBeVisible();
    await expect(compare.rowHeaders).toHaveCount(DIMENSION_COUNT);
    await compare.expectSearch('?view=compare&roles=pm,ceo&diff=1&v=1');
  });

  test('pinning a row moves it to the top under “Pinned”, and unpinning puts it back', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    const pin = compare.pin('Hiring and firing');
    await expect(pin).toHaveAttribute('aria-pressed', 'false');
    await pin.click();
    await expect(pin).toHaveAttribute('aria-pressed', 'true');
    await expect(pin).toHaveText('Pin ✓');
    await expect(pin).toBeFocused();
    await compare.expectSearch('?view=compare&roles=pm,ceo&pin=hiring&v=1');
    await expect(compare.groupHeaders.first()).toHaveText('Pinned');
    await expect(compare.rowHeaders).toHaveCount(DIMENSION_COUNT);
    const names = await compare.dimensionNames();
    expect(names[0]).toBe('Hiring and firing');
    expect(names.filter((name) => name === 'Hiring and firing')).toHaveLength(1);

    await pin.click();
    await expect(pin).toHaveAttribute('aria-pressed', 'false');
    await compare.expectSearch(DEFAULT);
    await expect(compare.groupHeaders.first()).toHaveText('Scope and horizon');
    expect((await compare.dimensionNames())[8]).toBe('Hiring and firing');
  });
});

test.describe('opening a cell', () => {
  test('a role’s cell opens with its level and sources; Escape closes it and focus returns', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    const cell = await compare.cell('P&L and budget', 'CEO');
    await expect(cell).toHaveAttribute('aria-expanded', 'false');
    await cell.click();
    await expect(compare.detailHeading).toHaveText('CEO: P&L and budget');
    await expect(compare.detail.getByText(/\(level \d+ of \d+\)$/)).toHaveText('Formal (level 4 of 4)');
    await expect(compare.detail.getByText(/^Sources: \S/)).toBeVisible();
    await expect(compare.detail.getByText(/^Sources: \S/)).toContainText('The Mini-CEO Fantasy');
    await compare.expectSearch('?view=compare&roles=pm,ceo&open=budget.ceo&v=1');
    await expect(cell).toHaveAttribute('aria-expanded', 'true');
    await expect(cell).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(compare.detail).toHaveCount(0);
    await compare.expectSearch(DEFAULT);
    await expect(cell).toHaveAttribute('aria-expanded', 'false');
    await expect(cell).toBeFocused();
  });

  test('the Close button and a second click close the cell too', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    const cell = await compare.cell('Hiring and firing', 'Product Manager');
    await cell.click();
    await expect(compare.detailHeading).toHaveText('Product Manager: Hiring and firing');
    await compare.closeDetail.click();
    await expect(compare.detail).toHaveCount(0);
    await compare.expectSearch(DEFAULT);
    await expect(cell).toBeFocused();

    await cell.click();
    await expect(compare.detailHeading).toHaveText('Product Manager: Hiring and firing');
    await cell.click();
    await expect(compare.detail).toHaveCount(0);
    await compare.expectSearch(DEFAULT);
  });

  test('a row’s Mini-CEO verdict opens the case for and the case against, with sources', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    const verdict = await compare.cell('Hiring and firing', 'Mini-CEO?');
    await verdict.click();
    await expect(compare.detailHeading).toHaveText('Hiring and firing: is a product manager a mini-CEO?');
    await expect(compare.detail.getByRole('heading', { name: 'The case for', exact: true })).toBeVisible();
    await expect(compare.detail.getByRole('heading', { name: 'The case against', exact: true })).toBeVisible();
    await expect(compare.detail.getByText(/^Sources: \S/)).toHaveCount(2);
    for (const line of await compare.detail.getByText(/^Sources: \S/).all()) await expect(line).toBeVisible();
    await compare.expectSearch('?view=compare&roles=pm,ceo&open=hiring.verdict&v=1');
  });
});

test.describe('sharing a link', () => {
  test('Copy link copies the exact view, which opens the same in a new browser context', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const compare = new ComparePage(page);
    await compare.openCompare();
    await compare.addRole.selectOption({ label: 'Chief Product Officer' });
    await compare.moveRight('CEO').click();
    await compare.theme.selectOption({ label: 'Authority' });
    await compare.onlyDifferences.check();
    await compare.pin('Hiring and firing').click();
    await (await compare.cell('P&L and budget', 'CEO')).click();
    await expect(compare.detailHeading).toHaveText('CEO: P&L and budget');
    const expected = '?view=compare&roles=pm,cpo,ceo&theme=authority&diff=1&pin=hiring&open=budget.ceo&v=1';
    await compare.expectSearch(expected);

    await compare.copyLink.click();
    await expect(compare.copied).toHaveText('Link copied. Anyone who opens it sees this view.');
    await expect(compare.manualLink).toHaveCount(0);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).search).toBe(expected);

    const fresh = await browser.newContext();
    const other = new ComparePage(await fresh.newPage());
    await other.page.goto(copied);
    await expect(other.heading).toHaveText('Compare roles');
    await expect(other.tableNamed('Product Manager, Chief Product Officer and CEO compared')).toBeVisible();
    await expect(other.columnNames).toHaveText(['Product Manager', 'Chief Product Officer', 'CEO', 'Mini-CEO?']);
    await expect(other.theme).toHaveValue('authority');
    await expect(other.theme.locator('option:checked')).toHaveText('Authority');
    await expect(other.onlyDifferences).toBeChecked();
    await expect(other.pin('Hiring and firing')).toHaveAttribute('aria-pressed', 'true');
    await expect(other.groupHeaders).toHaveText(['Pinned', 'Authority']);
    expect(await other.dimensionNames()).toEqual([
      'Hiring and firing',
      'Decision rights',
      'P&L and budget',
      'Positional power',
    ]);
    await expect(other.detailHeading).toHaveText('CEO: P&L and budget');
    await expect(await other.cell('P&L and budget', 'CEO')).toHaveAttribute('aria-expanded', 'true');
    await expect(other.notice).toHaveCount(0);
    await other.expectSearch(expected);
    await fresh.close();

    // "Link copied" speaks of the link as it was: once the view changes, it goes.
    await compare.theme.selectOption({ label: 'All themes' });
    await expect(compare.copied).toHaveCount(0);
  });

  test('where the clipboard refuses, the link is offered in a field to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      Object.defineProperty(Clipboard.prototype, 'writeText', { value: refuse, configurable: true });
    });
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,ceo&pin=hiring&v=1');
    await compare.copyLink.click();
    await expect(compare.manualLink).toBeVisible();
    await expect(compare.manualLink).toHaveValue(page.url());
    await expect(compare.manualLink).toHaveValue(/\?view=compare&roles=pm,ceo&pin=hiring&v=1$/);
    await expect(compare.manualLink).toBeFocused();
    await expect(compare.copied).toHaveCount(0);
  });

  test('where the browser has no clipboard at all (a plain-http host), the link is offered by hand', async ({
    page,
  }) => {
    // Outside a secure context (a static host on plain http) browsers leave navigator.clipboard
    // undefined. Chromium grants clipboard writing by default, so this is the refusal to test.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    });
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,cpo&v=1');
    await compare.copyLink.click();
    await expect(compare.manualLink).toBeVisible();
    await expect(compare.manualLink).toHaveValue(page.url());
    await expect(compare.copied).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('links to one cell', () => {
  for (const [query, heading] of [
    ['?view=compare&roles=pm,ceo&open=hiring.ceo&v=1', 'CEO: Hiring and firing'],
    ['?view=compare&roles=pm,ceo&open=skills.verdict&v=1', 'Qualifications and skills: is a product manager a mini-CEO?'],
  ] as const) {
    test(`${query} opens with that cell’s detail in view and the cell focused`, async ({ page }) => {
      const compare = new ComparePage(page);
      await compare.openCompare(query);
      await expect(compare.detailHeading).toHaveText(heading);
      await expect(compare.detailHeading).toBeInViewport();
      await expect(compare.page.locator('.cell[aria-expanded="true"]')).toHaveCount(1);
      const open = compare.table.getByRole('button', { expanded: true });
      await expect(open).toBeFocused();
      await expect(open).toBeInViewport();
      await expect(compare.notice).toHaveCount(0);
      await compare.expectSearch(query);
    });
  }
});

test('Back and Forward restore the exact view after each change', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.openCompare();
  const snapshot = async () => ({
    search: compare.search(),
    columns: await compare.columnNames.allTextContents(),
    summary: await compare.verdictSummary.textContent(),
    onlyDifferences: await compare.onlyDifferences.isChecked(),
    rows: await compare.dimensionNames(),
    hidden: (await compare.hiddenCount.allTextContents()).join(''),
    detail: (await compare.detailHeading.allTextContents()).join(''),
  });
  const themes = ['', 'authority', 'authority', 'authority'];
  const expectView = async (expected: Awaited<ReturnType<typeof snapshot>>, step: number) => {
    await expect.poll(snapshot, { message: 'the view on screen' }).toEqual(expected);
    // The Theme select is part of the view too (soft, so that the other steps still run).
    await expect.soft(compare.theme, `the Theme select at step ${step}`).toHaveValue(themes[step]);
  };

  const start = await snapshot();
  expect(start.search).toBe(DEFAULT);

  // Adding a role is a step in history; the theme, switch and opened cell change that step.
  await compare.addRole.selectOption({ label: 'Chief Product Officer' });
  await compare.theme.selectOption({ label: 'Authority' });
  await compare.onlyDifferences.check();
  await (await compare.cell('P&L and budget', 'Chief Product Officer')).click();
  await compare.expectSearch('?view=compare&roles=pm,ceo,cpo&theme=authority&diff=1&open=budget.cpo&v=1');
  await expect(compare.detailHeading).toHaveText('Chief Product Officer: P&L and budget');
  const first = await snapshot();

  await compare.addRole.selectOption({ label: 'VP of Product' });
  await compare.expectSearch('?view=compare&roles=pm,ceo,cpo,vp-product&theme=authority&diff=1&open=budget.cpo&v=1');
  const second = await snapshot();
  expect(second.columns).toEqual(['Product Manager', 'CEO', 'Chief Product Officer', 'VP of Product', 'Mini-CEO?']);

  await compare.remove('Product Manager').click();
  await compare.moveLeft('VP of Product').click();
  await compare.expectSearch('?view=compare&roles=ceo,vp-product,cpo&theme=authority&diff=1&open=budget.cpo&v=1');
  await expect(compare.hiddenCount).toHaveText('1 row hidden where the roles are level.');
  const third = await snapshot();
  expect(third.columns).toEqual(['CEO', 'VP of Product', 'Chief Product Officer']);
  expect(third.rows).toEqual(['Decision rights', 'P&L and budget', 'Positional power']);
  expect(third.detail).toBe('Chief Product Officer: P&L and budget');

  await page.goBack();
  await expectView(second, 2);
  await page.goBack();
  await expectView(first, 1);
  await page.goBack();
  await expectView(start, 0);
  await page.goForward();
  await expectView(first, 1);
  await page.goForward();
  await expectView(second, 2);
  await page.goForward();
  await expectView(third, 3);
});

test('the matrix works from the keyboard alone, with focus visible', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.openCompare();
  // Tab from the top of the page until a cell of the matrix has focus.
  await page.locator('body').focus();
  let reached = false;
  for (let step = 0; step < 40 && !reached; step += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('cell') ?? false);
  }
  expect(reached, 'Tab reaches a cell of the matrix').toBe(true);
  const pmScope = await compare.cell('Scope of responsibility', 'Product Manager');
  const ceoScope = await compare.cell('Scope of responsibility', 'CEO');
  const ceoTime = await compare.cell('Time horizon', 'CEO');
  const pmTime = await compare.cell('Time horizon', 'Product Manager');
  await expect(pmScope).toBeFocused();
  expect(await compare.focusedId()).toBe('cell-scope-pm');

  const focusRing = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { boxShadow: style.boxShadow, outline: style.outlineStyle };
    });
  const ring = await focusRing();
  expect(ring.boxShadow !== 'none' || ring.outline !== 'none', `a visible focus ring: ${JSON.stringify(ring)}`).toBe(true);

  await page.keyboard.press('ArrowRight');
  await expect(ceoScope).toBeFocused();
  expect(await compare.focusedId()).toBe('cell-scope-ceo');
  await page.keyboard.press('ArrowDown');
  await expect(ceoTime).toBeFocused();
  expect(await compare.focusedId()).toBe('cell-time-horizon-ceo');
  await page.keyboard.press('ArrowLeft');
  await expect(pmTime).toBeFocused();
  expect(await compare.focusedId()).toBe('cell-time-horizon-pm');
  await page.keyboard.press('ArrowUp');
  await expect(pmScope).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(pmTime).toBeFocused();
  const moved = await focusRing();
  expect(moved.boxShadow !== 'none' || moved.outline !== 'none', `a visible focus ring: ${JSON.stringify(moved)}`).toBe(true);
  // A roving tab stop: only the cell last moved to is in the tab order.
  await expect(compare.table.locator('.cell[tabindex="0"]')).toHaveCount(1);
  await expect(pmTime).toHaveAttribute('tabindex', '0');

  await page.keyboard.press('Enter');
  await expect(compare.detailHeading).toHaveText('Product Manager: Time horizon');
  await compare.expectSearch('?view=compare&roles=pm,ceo&open=time-horizon.pm&v=1');
  await expect(pmTime).toBeFocused();
  await expect(pmTime).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('Escape');
  await expect(compare.detail).toHaveCount(0);
  await compare.expectSearch(DEFAULT);
  await expect(pmTime).toBeFocused();
  const closed = await focusRing();
  expect(closed.boxShadow !== 'none' || closed.outline !== 'none', `a visible focus ring: ${JSON.stringify(closed)}`).toBe(true);
});

test.describe('bad links', () => {
  interface BadLink {
    /** What is wrong with the link. */
    what: string;
    query: string;
    /** The whole notice: one sentence per problem, in the page's words. */
    said: string | RegExp;
    /** The corrected query string that replaces it. */
    corrected: string;
    /** The table then shown. */
    table: string;
  }
  const cases: BadLink[] = [
    {
      what: 'an unknown role',
      query: '?view=compare&roles=pm,boss&v=1',
      said:
        'This link names a role the app does not have (“boss”); it is left out. ' +
        'This link has only one role to compare, so CEO is added beside it.',
      corrected: DEFAULT,
      table: 'Product Manager compared with CEO',
    },
    {
      what: 'a role twice',
      query: '?view=compare&roles=pm,pm,ceo&v=1',
      said: 'Product Manager is in this link twice; it is shown once.',
      corrected: DEFAULT,
      table: 'Product Manager compared with CEO',
    },
    {
      what: 'more than four roles',
      query: '?view=compare&roles=pm,senior-pm,group-pm,director-pm,cpo&v=1',
      said: 'This link lists 5 roles, and a comparison holds four: the first four are shown.',
      corrected: '?view=compare&roles=pm,senior-pm,group-pm,director-pm&v=1',
      table: 'Product Manager, Senior Product Manager, Group Product Manager and Director of Product Management compared',
    },
    {
      what: 'fewer than two roles',
      query: '?view=compare&roles=cpo&v=1',
      said: 'This link has only one role to compare, so Product Manager is added beside it.',
      corrected: '?view=compare&roles=cpo,pm&v=1',
      table: 'Chief Product Officer compared with Product Manager',
    },
    {
      what: 'an unknown key',
      query: '?view=compare&roles=pm,cpo&zzz=1&v=1',
      said: 'This link has a setting the app does not know (“zzz”); it is left out.',
      corrected: '?view=compare&roles=pm,cpo&v=1',
      table: 'Product Manager compared with Chief Product Officer',
    },
    {
      what: 'an empty value',
      query: '?view=compare&roles=&v=1',
      said: 'This link leaves the roles empty, so Product Manager and CEO are compared.',
      corrected: DEFAULT,
      table: 'Product Manager compared with CEO',
    },
    {
      what: 'garbage bytes',
      query: '?view=compare&roles=pm,cpo&%00%ff=%ff&v=1',
      said: 'This link has characters that cannot be decoded; those parts are left out.',
      corrected: '?view=compare&roles=pm,cpo&v=1',
      table: 'Product Manager compared with Chief Product Officer',
    },
    {
      what: 'broken percent-encoding',
      query: '?view=compare&roles=pm%zz&v=1',
      said: 'This link has characters that cannot be decoded; those parts are left out.',
      corrected: DEFAULT,
      table: 'Product Manager compared with CEO',
    },
    {
      what: 'a link of tens of kilobytes',
      query: `?view=compare&roles=pm,cpo&pad=${'x'.repeat(30_000)}&v=1`,
      said: /^This link is too long to read \(\d+ bytes\), so none of it is used\. Showing Compare instead\.$/,
      corrected: DEFAULT,
      table: 'Product Manager compared with CEO',
    },
    {
      what: 'an unknown theme',
      query: '?view=compare&roles=pm,ceo&theme=nope&pin=hiring&v=1',
      said: 'This link names a theme the app does not have (“nope”), so all themes are shown.',
      corrected: '?view=compare&roles=pm,ceo&pin=hiring&v=1',
      table: 'Product Manager compared with CEO',
    },
    {
      what: 'a switch that is not 0 or 1',
      query: '?view=compare&roles=pm,ceo&theme=authority&diff=yes&v=1',
      said: 'This link sets “Only differences” to “yes”, which is neither on (1) nor off (0), so it is off.',
      corrected: '?view=compare&roles=pm,ceo&theme=authority&v=1',
      table: 'Product Manager compared with CEO',
    },
    {
      what: 'an open cell for a role not shown',
      query: '?view=compare&roles=pm,ceo&open=budget.cpo&v=1',
      said: 'This link opens P&L and budget for Chief Product Officer, who is not in this comparison, so no cell is open.',
      corrected: DEFAULT,
      table: 'Product Manager compared with CEO',
    },
    {
      what: 'a newer link version',
      query: '?view=compare&roles=pm,cpo&theme=authority&v=99',
      said: 'This link comes from a newer version of the app (version 99), so only the parts this version knows are used.',
      corrected: '?view=compare&roles=pm,cpo&theme=authority&v=1',
      table: 'Product Manager compared with Chief Product Officer',
    },
  ];

  for (const { what, query, said, corrected, table } of cases) {
    test(`${what}: a one-line notice, the nearest valid view and a corrected link in place`, async ({ page }) => {
      const compare = new ComparePage(page);
      await compare.open('?view=ladder&v=1');
      await expect(compare.heading).toHaveText('The career ladder');
      await page.goto(new URL(query, AppPage.base()).toString());
      await expect(compare.heading).toHaveText('Compare roles');
      await expect(compare.notice).toHaveCount(1);
      await expect(compare.notice).toHaveText(said);
      const text = (await compare.notice.textContent()) ?? '';
      expect(text, 'the notice is one line').not.toMatch(/\n/);
      expect(text, 'the notice names what the page names, never a slug').not.toMatch(/“(pm|ceo|cpo|budget\.cpo)”/);
      expect(text).not.toContain('ignored');
      await compare.expectSearch(corrected);
      await expect(compare.tableNamed(table)).toBeVisible();
      // The corrected link replaced the bad one: Back leads to the page before it.
      await page.goBack();
      await expect(compare.heading).toHaveText('The career ladder');
      await compare.expectSearch('?view=ladder&v=1');
    });
  }

  test('the corrected view keeps the good parts: the theme of a newer-version link is applied', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.open('?view=compare&roles=pm,cpo&theme=authority&v=99');
    await expect(compare.notice).toContainText('newer version');
    await expect(compare.theme).toHaveValue('authority');
    await expect(compare.rowHeaders).toHaveCount(4);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the matrix is stacked, labels each cell with its role, and opens cells', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,cpo,vp-product,ceo&v=1');
    const overflow = async () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    const columns = ['Product Manager', 'Chief Product Officer', 'VP of Product', 'CEO', 'Mini-CEO?'];
    await expect(compare.columnNames).toHaveText(columns);
    const names = await compare.dimensionNames();
    expect(names).toHaveLength(DIMENSION_COUNT);
    for (const dimension of names) {
      for (const column of columns) {
        const cell = await compare.cell(dimension, column);
        await expect(cell.getByText(SHORT_NAMES[column], { exact: true })).toBeVisible();
      }
    }
    // Stacked: a row's cells sit one under another, not side by side.
    const pm = (await (await compare.cell('Hiring and firing', 'Product Manager')).boundingBox())!;
    const ceo = (await (await compare.cell('Hiring and firing', 'CEO')).boundingBox())!;
    expect(ceo.y).toBeGreaterThan(pm.y + pm.height - 1);
    expect(Math.abs(ceo.x - pm.x)).toBeLessThan(2);
    expect(pm.x + pm.width).toBeLessThanOrEqual(375);

    const cell = await compare.cell('Hiring and firing', 'CEO');
    await cell.click();
    await expect(compare.detailHeading).toHaveText('CEO: Hiring and firing');
    await expect(compare.detailHeading).toBeInViewport();
    await expect(compare.detail.getByText(/^Sources: \S/)).toBeVisible();
    await compare.expectSearch('?view=compare&roles=pm,cpo,vp-product,ceo&open=hiring.ceo&v=1');
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

// The header held at the top of the window as the page scrolls: first-week.spec.ts.
