// End-to-end: the private "My role" column of the comparison, built from the person's finished
// self-assessment. The toggle (or, with no assessment, the way to take one), the column's cells
// and their explanation, "only differences" with the person's answers, the keyboard, the phone
// layout and axe in both colour schemes; and, throughout, that none of it reaches the link.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ASSESSMENT_KEY, ComparePage, seedAssessment, storedAssessment } from './pages/compare-page';
import { DIMENSION_COUNT } from './pages/knowledge';

const DEFAULT = '?view=compare&roles=pm,ceo&v=1';

/** Levels counted from 0 on each dimension's own scale; questions left out read as skipped. */
const ANSWERS = {
  decisions: 2, // "Which products to back": between a typical PM (1) and a CEO (3)
  budget: 1, // "Influence only": where a typical PM is
  hiring: 'skip',
  power: 0, // "None": below a typical PM
  strategy: 4, // "Sets company strategy": where a CEO is
  planning: 1, // "Plans a roadmap": where a typical PM is
} as const;

/** What the column shows for each dimension on show, top to bottom. */
const EXPECTED: [dimension: string, text: RegExp][] = [
  ['Scope of responsibility', /^My role\s*Skipped$/],
  ['Time horizon', /^My role\s*Not asked$/],
  ['Vision and strategy', /^My role\s*Sets company strategy, level 5 of 5\.\s*Like a CEO$/],
  ['Planning and objectives', /^My role\s*Plans a roadmap, level 2 of 4\.\s*Like a typical PM$/],
  ['Decision rights', /^My role\s*Which products to back, level 3 of 4\.\s*Between PM and CEO$/],
  ['P&L and budget', /^My role\s*Influence only, level 2 of 4\.\s*Like a typical PM$/],
  ['Hiring and firing', /^My role\s*Skipped$/],
  ['Positional power', /^My role\s*None, level 1 of 4\.\s*Below a typical PM$/],
  ['Accountability', /^My role\s*Skipped$/],
  ['How performance is judged', /^My role\s*Skipped$/],
  ['Replacement', /^My role\s*Skipped$/],
  ['Stakeholders', /^My role\s*Skipped$/],
  ['Team leadership and mentoring', /^My role\s*Not asked$/],
  ['Representing the product or company', /^My role\s*Skipped$/],
  ['Qualifications and skills', /^My role\s*Not asked$/],
];

/** The link's keys the comparison may use; nothing else, and nothing of the person's own. */
const LINK_KEYS = new Set(['view', 'roles', 'theme', 'diff', 'pin', 'open', 'v']);

/** Fails if the address ever carries the answers or says that "My role" is shown. */
function watchTheLink(page: Page): { check: () => void } {
  const seen = new Set<string>();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.add(frame.url());
  });
  return {
    check: () => {
      seen.add(page.url());
      for (const url of seen) {
        const query = new URL(url).searchParams;
        for (const key of query.keys()) {
          expect(LINK_KEYS.has(key), `the link ${url} has only the comparison's keys (not “${key}”)`).toBe(true);
        }
        expect(url, 'no answers in the link').not.toMatch(/answers|mine|\bmy\b|my[-_ ]?role|decisions\.\d|skip/i);
        expect(query.get('open') ?? '', 'no "My role" cell is opened by the link').not.toMatch(/mine|my/i);
      }
    },
  };
}

/** Runs axe (as a11y.spec.ts does: WCAG 2.0 and 2.1 A and AA, best practices) and lists what it found. */
async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(found, `axe found ${found.length} violation(s) in ${what}:\n\n${found.join('\n\n')}\n`).toEqual([]);
}

async function openWithAssessment(page: Page, inMatrix: boolean, query = DEFAULT): Promise<ComparePage> {
  await seedAssessment(page, storedAssessment(ANSWERS, inMatrix));
  const compare = new ComparePage(page);
  await compare.openCompare(query);
  return compare;
}

test.describe('without a finished self-assessment', () => {
  test('the toolbar offers the self-assessment instead of a toggle, and there is no column', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    await expect(compare.takeAssessment).toBeVisible();
    await expect(compare.takeAssessment).toHaveAttribute('href', '?view=assess&v=1');
    await expect(compare.showMyRole).toHaveCount(0);
    await expect(compare.myRoleCells).toHaveCount(0);
    await expect(compare.tableNamed('Product Manager compared with CEO')).toBeVisible();

    await compare.takeAssessment.click();
    await expect(compare.heading).toHaveText('How CEO-like is your product role?');
    await compare.expectSearch('?view=assess&v=1');
  });

  test('an assessment begun but not finished, even stored as shown, adds no column', async ({ page }) => {
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key, value),
      [ASSESSMENT_KEY, JSON.stringify({ version: 1, draft: { answers: { budget: 2 }, at: 1 }, in_matrix: true })] as const,
    );
    const compare = new ComparePage(page);
    await compare.openCompare();
    await expect(compare.takeAssessment).toBeVisible();
    await expect(compare.showMyRole).toHaveCount(0);
    await expect(compare.myRoleCells).toHaveCount(0);
  });
});

test.describe('with a finished self-assessment', () => {
  test('“Show my role” adds a private first column with the answers, and the link stays as it was', async ({ page }) => {
    const link = watchTheLink(page);
    const compare = await openWithAssessment(page, false);
    await expect(compare.takeAssessment).toHaveCount(0);
    await expect(compare.showMyRole).toHaveAttribute('aria-pressed', 'false');
    await expect(compare.myRoleCells).toHaveCount(0);

    await compare.showMyRole.click();
    await expect(compare.showMyRole).toHaveAttribute('aria-pressed', 'true');
    await expect(compare.showMyRole).toBeFocused();
    await expect(compare.tableNamed('Product Manager compared with CEO, and my role')).toBeVisible();
    await expect(compare.columnHeaders).toHaveText(['Dimension', /^My role/, /^Product Manager/, /^CEO/, /^Mini-CEO\?/]);
    await expect(compare.column('My role')).toContainText('Private · from your answers');
    await expect(compare.myRoleCells).toHaveCount(DIMENSION_COUNT);
    for (const [dimension, text] of EXPECTED) {
      await expect(compare.myRoleCell(dimension), dimension).toHaveText(text);
      // The same cell as the roles': found under its column header, across from its row.
      await expect(await compare.cell(dimension, 'My role')).toHaveId(/^cell-[a-z-]+-mine$/);
    }
    await expect(compare.myRoleCell('Decision rights').locator('.level-name')).toHaveText('Which products to back');
    await expect(compare.myRoleCell('Decision rights').locator('.level-step.is-filled')).toHaveCount(3);
    await expect(compare.myRoleCell('Decision rights').locator('.level-step')).toHaveCount(4);

    // Kept with the assessment, not in the comparison.
    expect(await compare.storedAssessment()).toMatchObject({ in_matrix: true });
    await compare.expectSearch(DEFAULT);
    link.check();
  });

  test('the column survives a reload, and the link never says so', async ({ page }) => {
    const link = watchTheLink(page);
    const compare = await openWithAssessment(page, false);
    await compare.showMyRole.click();
    await expect(compare.myRoleCells).toHaveCount(DIMENSION_COUNT);
    // Changes to the comparison go in the link as always; "My role" does not.
    await compare.addRole.selectOption({ label: 'Chief Product Officer' });
    await compare.onlyDifferences.check();
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo&diff=1&v=1');
    await expect(compare.columnNames).toHaveText(['My role', 'Product Manager', 'CEO', 'Chief Product Officer', 'Mini-CEO?']);

    await page.reload();
    await expect(compare.table).toBeVisible();
    await expect(compare.showMyRole).toHaveAttribute('aria-pressed', 'true');
    await expect(compare.columnNames).toHaveText(['My role', 'Product Manager', 'CEO', 'Chief Product Officer', 'Mini-CEO?']);
    await expect(compare.myRoleCell('Decision rights')).toHaveText(EXPECTED[4][1]);
    await compare.expectSearch('?view=compare&roles=pm,ceo,cpo&diff=1&v=1');

    await page.goBack();
    await compare.expectSearch(DEFAULT);
    await expect(compare.columnNames).toHaveText(['My role', 'Product Manager', 'CEO', 'Mini-CEO?']);
    link.check();
  });

  test('a copied link opened in a fresh browser shows no “My role” column', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const link = watchTheLink(page);
    const compare = await openWithAssessment(page, true, '?view=compare&roles=pm,ceo&pin=budget&v=1');
    await expect(compare.myRoleCells).toHaveCount(DIMENSION_COUNT);
    await compare.myRoleCell('P&L and budget').click();
    await expect(compare.myRoleDetail).toBeVisible();

    await compare.copyLink.click();
    await expect(compare.copied).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).search).toBe('?view=compare&roles=pm,ceo&pin=budget&v=1');
    link.check();

    const fresh = await browser.newContext();
    const other = new ComparePage(await fresh.newPage());
    await other.page.goto(copied);
    await expect(other.tableNamed('Product Manager compared with CEO')).toBeVisible();
    await expect(other.columnNames).toHaveText(['Product Manager', 'CEO', 'Mini-CEO?']);
    await expect(other.myRoleCells).toHaveCount(0);
    await expect(other.myRoleDetail).toHaveCount(0);
    await expect(other.showMyRole).toHaveCount(0);
    await expect(other.takeAssessment).toBeVisible();
    await expect(other.notice).toHaveCount(0);
    await fresh.close();
  });

  test('pressing the toggle again hides the column, and that too is remembered', async ({ page }) => {
    const compare = await openWithAssessment(page, true);
    await expect(compare.showMyRole).toHaveAttribute('aria-pressed', 'true');
    await expect(compare.myRoleCells).toHaveCount(DIMENSION_COUNT);

    await compare.showMyRole.click();
    await expect(compare.showMyRole).toHaveAttribute('aria-pressed', 'false');
    await expect(compare.myRoleCells).toHaveCount(0);
    await expect(compare.columnNames).toHaveText(['Product Manager', 'CEO', 'Mini-CEO?']);
    await expect(compare.tableNamed('Product Manager compared with CEO')).toBeVisible();
    expect(await compare.storedAssessment()).toMatchObject({ in_matrix: false });

    await page.reload();
    await expect(compare.showMyRole).toHaveAttribute('aria-pressed', 'false');
    await expect(compare.myRoleCells).toHaveCount(0);
    await compare.expectSearch(DEFAULT);
  });

  test('“Only differences” weighs my answers; a skipped or unasked one is left out', async ({ page }) => {
    // CPO and CEO are level on Time horizon, Size of the bets, P&L and budget, Hiring and firing,
    // Team leadership and Coaching others. My budget answer (Influence only) is not theirs
    // (Formal); hiring is skipped and the other four are not asked: those five rows stay hidden.
    const compare = await openWithAssessment(page, false, '?view=compare&roles=cpo,ceo&diff=1&v=1');
    await expect(compare.hiddenCount).toHaveText('6 rows hidden where the roles are level.');
    await expect(compare.rowHeader('P&L and budget')).toHaveCount(0);

    await compare.showMyRole.click();
    await expect(compare.hiddenCount).toHaveText('5 rows hidden where the roles and my role are level.');
    await expect(compare.rowHeader('P&L and budget')).toBeVisible();
    await expect(compare.rowHeaders).toHaveCount(DIMENSION_COUNT - 5);
    for (const hidden of ['Time horizon', 'Size of the bets', 'Hiring and firing', 'Team leadership and mentoring', 'Coaching others']) {
      await expect(compare.rowHeader(hidden), hidden).toHaveCount(0);
    }
    await compare.expectSearch('?view=compare&roles=cpo,ceo&diff=1&v=1');

    await compare.showMyRole.click();
    await expect(compare.hiddenCount).toHaveText('6 rows hidden where the roles are level.');
    await expect(compare.rowHeader('P&L and budget')).toHaveCount(0);
  });

  test('a “My role” cell opens my answer beside a shared open cell, without touching the link', async ({ page }) => {
    const link = watchTheLink(page);
    const query = '?view=compare&roles=pm,ceo&open=budget.ceo&v=1';
    const compare = await openWithAssessment(page, true, query);
    await expect(compare.detailHeading.first()).toHaveText('CEO: P&L and budget');

    const mine = compare.myRoleCell('P&L and budget');
    await mine.click();
    await expect(mine).toHaveAttribute('aria-expanded', 'true');
    await expect(mine).toHaveAttribute('aria-controls', 'detail-budget-mine');
    const detail = compare.myRoleDetail;
    await expect(detail.getByRole('heading', { level: 3 })).toHaveText('My role: P&L and budget');
    await expect(detail).toContainText('Influence only (level 2 of 4)');
    await expect(detail).toContainText(
      'You said: “I can ask for money or headcount and make the case, but someone else approves it.”',
    );
    await expect(detail).toContainText('Like a typical PM.');
    await expect(detail).toContainText('A typical product manager: Influence only (level 2 of 4). A CEO: Formal (level 4 of 4).');
    await expect(detail.getByRole('link', { name: 'See your full result' })).toHaveAttribute('href', '?view=assess&v=1');
    // The shared cell stays open, and the link is unchanged.
    await expect(compare.table.locator('#detail-budget')).toBeVisible();
    await compare.expectSearch(query);

    // Skipped and unasked cells explain themselves too.
    await compare.myRoleCell('Hiring and firing').click();
    await expect(detail).toContainText('You skipped this question.');
    await expect(detail).toContainText('A typical product manager: Influence only (level 2 of 4). A CEO: Formal (level 4 of 4).');
    await expect(mine).toHaveAttribute('aria-expanded', 'false');
    await compare.myRoleCell('Time horizon').click();
    await expect(detail).toContainText('The self-assessment does not ask about this dimension');

    await detail.getByRole('button', { name: 'Close' }).click();
    await expect(detail).toHaveCount(0);
    await expect(compare.myRoleCell('Time horizon')).toBeFocused();
    await compare.expectSearch(query);
    link.check();
  });

  test('the keyboard grid includes “My role”: arrows, Enter and Escape, the link untouched', async ({ page }) => {
    const link = watchTheLink(page);
    const compare = await openWithAssessment(page, true);
    // The grid's one tab stop starts on the first cell: My role's.
    await expect(compare.table.locator('button.cell[tabindex="0"]')).toHaveCount(1);
    await expect(compare.table.locator('button.cell[tabindex="0"]')).toHaveId('cell-scope-mine');

    await compare.myRoleCell('Decision rights').focus();
    await page.keyboard.press('ArrowRight');
    expect(await compare.focusedId()).toBe('cell-decisions-pm');
    await page.keyboard.press('ArrowLeft');
    expect(await compare.focusedId()).toBe('cell-decisions-mine');
    await page.keyboard.press('ArrowDown');
    expect(await compare.focusedId()).toBe('cell-budget-mine');
    await page.keyboard.press('End');
    expect(await compare.focusedId()).toBe('cell-budget-verdict');
    await page.keyboard.press('Home');
    expect(await compare.focusedId()).toBe('cell-budget-mine');

    await page.keyboard.press('Enter');
    await expect(compare.myRoleDetail).toBeVisible();
    await expect(compare.myRoleCell('P&L and budget')).toBeFocused();
    await compare.expectSearch(DEFAULT);
    await page.keyboard.press('Escape');
    await expect(compare.myRoleDetail).toHaveCount(0);
    await expect(compare.myRoleCell('P&L and budget')).toBeFocused();

    // Escape inside the explanation closes it as well.
    await page.keyboard.press('Enter');
    await compare.myRoleDetail.getByRole('link', { name: 'See your full result' }).focus();
    await page.keyboard.press('Escape');
    await expect(compare.myRoleDetail).toHaveCount(0);
    await expect(compare.myRoleCell('P&L and budget')).toBeFocused();
    await compare.expectSearch(DEFAULT);
    link.check();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the stacked matrix labels each of my cells “My role” and does not scroll sideways', async ({ page }) => {
    const compare = await openWithAssessment(page, true, '?view=compare&roles=pm,cpo,ceo&v=1');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expect(compare.myRoleCells).toHaveCount(DIMENSION_COUNT);
    for (const [dimension, text] of EXPECTED) {
      const cell = compare.myRoleCell(dimension);
      await expect(cell.getByText('My role', { exact: true }), dimension).toBeVisible();
      await expect(cell).toHaveText(text);
    }
    // Stacked: My role's cell sits above the first role's, at the same left edge.
    const mine = (await compare.myRoleCell('Decision rights').boundingBox())!;
    const pm = (await (await compare.cell('Decision rights', 'Product Manager')).boundingBox())!;
    expect(pm.y).toBeGreaterThan(mine.y + mine.height - 1);
    expect(mine.x + mine.width).toBeLessThanOrEqual(375);

    await compare.myRoleCell('Decision rights').click();
    await expect(compare.myRoleDetail).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await compare.expectSearch('?view=compare&roles=pm,cpo,ceo&v=1');
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`axe finds nothing with “My role” shown and opened (${scheme}, ${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        const compare = await openWithAssessment(page, true, '?view=compare&roles=pm,ceo&diff=1&v=1');
        await expect(compare.myRoleCells.first()).toBeVisible();
        await expectNoAxeViolations(page, `Compare with My role shown (${scheme}, ${width} px)`);
        await compare.myRoleCell('Decision rights').click();
        await expect(compare.myRoleDetail).toBeVisible();
        await compare.myRoleCell('Decision rights').hover();
        await expectNoAxeViolations(page, `Compare with a My role cell open (${scheme}, ${width} px)`);
      });
    }
  }

  test('axe finds nothing in the toolbar without an assessment (dark)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const compare = new ComparePage(page);
    await compare.openCompare();
    await expect(compare.takeAssessment).toBeVisible();
    await expectNoAxeViolations(page, 'Compare offering the self-assessment (dark)');
  });
});
