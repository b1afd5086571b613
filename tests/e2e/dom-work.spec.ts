// End-to-end: each main action writes to the DOM only what it changes. A MutationObserver counts
// the nodes added and removed and the attributes written (tests/e2e/dom-work.ts); each action is
// held to what must change, so a return to rebuilding a table or a list fails here. No timing.
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { domWorkOf, elements, markers, type DomWork } from './dom-work';
import { ComparePage, seedAssessment, storedAssessment } from './pages/compare-page';
import { NOTES_KEY } from './pages/notes-page';
import { thousandNotes } from '../../scripts/notes-fixture.mjs';

const PM_CEO = '?view=compare&roles=pm,ceo&v=1';

/** The work, readable in a failure message. */
const shown = (work: DomWork) => JSON.stringify(work, null, 1);

async function openCompare(page: Page, query = PM_CEO): Promise<ComparePage> {
  const compare = new ComparePage(page);
  await compare.open(query);
  await expect(compare.table).toBeVisible();
  return compare;
}

const rowCount = (compare: ComparePage) => compare.rowHeaders.count();
const groupCount = (compare: ComparePage) => compare.groupHeaders.count();

test.describe('the matrix writes only what an action changes', () => {
  test('an arrow key moves the tab stop: two attributes, no node', async ({ page }) => {
    await openCompare(page);
    await page.locator('#cell-scope-pm').focus();
    const work = await domWorkOf(
      page,
      () => page.keyboard.press('ArrowRight'),
      () => expect(page.locator('#cell-scope-ceo')).toBeFocused(),
    );
    expect(work.added, shown(work)).toEqual([]);
    expect(work.removed, shown(work)).toEqual([]);
    expect(work.attributes.sort(), shown(work)).toEqual(['button#cell-scope-ceo.tabindex', 'button#cell-scope-pm.tabindex']);
  });

  test('opening a cell adds its explanation row and marks the cell open', async ({ page }) => {
    const compare = await openCompare(page);
    const work = await domWorkOf(
      page,
      () => page.locator('#cell-budget-ceo').click(),
      () => expect(compare.detail).toBeVisible(),
    );
    expect(elements(work.added), shown(work)).toEqual(['tr']);
    expect(elements(work.removed), shown(work)).toEqual([]);
    // Where the row was to appear, a place holder goes.
    expect(markers(work), shown(work)).toBeLessThanOrEqual(4);
    // The cell: open, expanded, what it controls, in the tab order; its row: open. The cell that
    // was the tab stop leaves the tab order; a link and the navigation can say where they lead.
    expect(work.attributes.length, shown(work)).toBeLessThanOrEqual(10);
    expect(work.attributes.filter((a) => a.startsWith('button#cell-') && !a.startsWith('button#cell-budget-ceo') && !a.endsWith('.tabindex')), shown(work)).toEqual([]);
    expect(work.unchangedAttributes, shown(work)).toEqual([]);
  });

  test('closing it with Escape takes only that row away', async ({ page }) => {
    const compare = await openCompare(page, '?view=compare&roles=pm,ceo&open=budget.ceo&v=1');
    await expect(page.locator('#cell-budget-ceo')).toBeFocused();
    const work = await domWorkOf(
      page,
      () => page.keyboard.press('Escape'),
      () => expect(compare.detail).toHaveCount(0),
    );
    expect(elements(work.added), shown(work)).toEqual([]);
    expect(elements(work.removed), shown(work)).toEqual(['tr']);
    expect(markers(work), shown(work)).toBeLessThanOrEqual(4);
    expect(work.attributes.length, shown(work)).toBeLessThanOrEqual(10);
    expect(work.unchangedAttributes, shown(work)).toEqual([]);
  });

  test('adding a role adds one header, one cell per row, its chip and its notes', async ({ page }) => {
    const compare = await openCompare(page);
    const rows = await rowCount(compare);
    const work = await domWorkOf(
      page,
      () => compare.addRole.selectOption({ label: 'Chief Product Officer' }),
      () => expect(compare.columnNames).toHaveText(['Product Manager', 'CEO', 'Chief Product Officer', 'Mini-CEO?']),
    );
    const added = elements(work.added);
    expect(added.filter((node) => node === 'td').length, shown(work)).toBe(rows);
    expect(added.filter((node) => node === 'th').length, shown(work)).toBe(1);
    // Besides: the role's chip, its notes and nothing more.
    expect(added.length, shown(work)).toBeLessThanOrEqual(rows + 3);
    // The picker offers one role fewer.
    expect(elements(work.removed), shown(work)).toEqual(['option']);
    expect(work.unchangedAttributes, shown(work)).toEqual([]);
  });

  test('moving a role left moves the two swapped headers, cells, chips and notes', async ({ page }) => {
    const compare = await openCompare(page);
    const rows = await rowCount(compare);
    // The CEO's header, a cell and its chip, marked to be found again after the move.
    await page.evaluate(() => {
      const marked = [document.querySelector('#cell-budget-ceo')!.closest('td')!, document.querySelector('#move-left-ceo')!.closest('li')!];
      marked.push([...document.querySelectorAll('thead th')].find((th) => th.textContent!.startsWith('CEO'))!);
      (window as unknown as { __marked: Element[] }).__marked = marked;
    });
    const work = await domWorkOf(
      page,
      () => page.getByRole('button', { name: 'Move CEO left' }).click(),
      () => expect(compare.columnNames).toHaveText(['CEO', 'Product Manager', 'Mini-CEO?']),
    );
    // A move is a removal and an insertion of the same node. The keyed list moves both roles of
    // a swap: two headers, two cells a row, two chips, two role notes; nothing is drawn anew.
    const moved = 2 * (rows + 1) + 4;
    expect(elements(work.added).length, shown(work)).toBeLessThanOrEqual(moved);
    expect(elements(work.removed).sort(), shown(work)).toEqual(elements(work.added).sort());
    expect(new Set(elements(work.added)), shown(work)).toEqual(new Set(['th', 'td', 'li', 'details']));
    // Moved, not drawn anew: the very nodes are still in the page.
    const kept = await page.evaluate(() => (window as unknown as { __marked: Element[] }).__marked.map((node) => node.isConnected));
    expect(kept).toEqual([true, true, true]);
    expect(work.unchangedAttributes, shown(work)).toEqual([]);
  });

  test('showing “My role” adds its header and one cell a row, and hiding it takes them away', async ({ page }) => {
    await seedAssessment(page, storedAssessment({ decisions: 2, budget: 1, hiring: 'skip' }));
    const compare = await openCompare(page);
    const rows = await rowCount(compare);
    const show = page.getByRole('button', { name: 'Show my role' });
    const shownWork = await domWorkOf(page, () => show.click(), () => expect(compare.columnNames.first()).toHaveText('My role'));
    expect(elements(shownWork.added).sort(), shown(shownWork)).toEqual(['th', ...Array(rows).fill('td')].sort());
    expect(elements(shownWork.removed), shown(shownWork)).toEqual([]);
    const hiddenWork = await domWorkOf(page, () => show.click(), () => expect(compare.columnNames.first()).toHaveText('Product Manager'));
    expect(elements(hiddenWork.removed).sort(), shown(hiddenWork)).toEqual(['th', ...Array(rows).fill('td')].sort());
    expect(elements(hiddenWork.added), shown(hiddenWork)).toEqual([]);
  });

  test('“Only differences” takes away the rows it hides and nothing else', async ({ page }) => {
    // A chief product officer and a CEO are level on some dimensions.
    const compare = await openCompare(page, '?view=compare&roles=cpo,ceo&v=1');
    const [rows, groups] = [await rowCount(compare), await groupCount(compare)];
    const work = await domWorkOf(
      page,
      () => compare.onlyDifferences.check(),
      () => expect(compare.hiddenCount).toHaveText(/rows? hidden/),
    );
    const hidden = rows - (await rowCount(compare));
    const emptied = groups - (await groupCount(compare));
    expect(hidden).toBeGreaterThan(0);
    // Each hidden row, or the whole group of a theme left empty.
    expect(elements(work.removed).length, shown(work)).toBeLessThanOrEqual(hidden);
    expect(elements(work.removed).length, shown(work)).toBeGreaterThanOrEqual(emptied);
    expect(elements(work.added), shown(work)).toEqual([]);
    expect(work.attributes.length, shown(work)).toBeLessThanOrEqual(4);
    expect(work.unchangedAttributes, shown(work)).toEqual([]);
  });

  test('pinning a row moves that row and nothing else', async ({ page }) => {
    const compare = await openCompare(page);
    const work = await domWorkOf(
      page,
      () => page.locator('#pin-budget').click(),
      () => expect(compare.groupHeaders.first()).toHaveText('Pinned'),
    );
    // The row leaves its theme; the Pinned group arrives holding it.
    expect(elements(work.removed), shown(work)).toEqual(['tr']);
    expect(elements(work.added), shown(work)).toEqual(['tbody']);
    expect(work.attributes.length, shown(work)).toBeLessThanOrEqual(6);
    expect(work.unchangedAttributes, shown(work)).toEqual([]);
  });

  test('choosing a theme takes away the other themes’ groups, whole', async ({ page }) => {
    const compare = await openCompare(page);
    const groups = await groupCount(compare);
    const work = await domWorkOf(
      page,
      () => compare.theme.selectOption({ label: 'Authority' }),
      () => expect(compare.groupHeaders).toHaveText(['Authority']),
    );
    expect(elements(work.removed), shown(work)).toEqual(Array(groups - 1).fill('tbody'));
    expect(elements(work.added), shown(work)).toEqual([]);
    expect(work.unchangedAttributes, shown(work)).toEqual([]);
  });

  test('choosing an organisation redraws only the cells it changes', async ({ page }) => {
    const compare = await openCompare(page);
    const work = await domWorkOf(
      page,
      () => page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'Functional silos' }),
      () => expect(compare.verdictSummary).toHaveText(/^Functional silos: /),
    );
    const changed = await compare.table.locator('td').filter({ hasText: 'Differs here' }).count();
    expect(changed).toBeGreaterThan(0);
    // No row or cell is drawn anew: inside each changed cell its chip, its mark and (for a
    // role's level) its summary; above the matrix, the hint gives way to the organisation's
    // summary, count and sources. A redrawn table would add hundreds of nodes.
    const added = elements(work.added);
    expect(added.filter((node) => ['tbody', 'tr', 'td', 'th'].includes(node)), shown(work)).toEqual([]);
    expect(added.length, shown(work)).toBeLessThanOrEqual(3 * changed + 3);
    expect(elements(work.removed).length, shown(work)).toBeLessThanOrEqual(2 * changed + 1);
    expect(work.unchangedAttributes, shown(work)).toEqual([]);
  });
});

test.describe('the notes list, with 1,000 notes, writes only what changes', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(([key, notes]) => localStorage.setItem(key, notes), [NOTES_KEY, thousandNotes()] as const);
    const notes = new AppPage(page);
    await notes.open('?view=notes&v=1');
    await expect(page.getByText('1000 of 1000 notes')).toBeVisible();
  });

  test('a search hides the entries it leaves out, and draws none anew', async ({ page }) => {
    const search = page.getByRole('searchbox', { name: 'Search' });
    const work = await domWorkOf(
      page,
      () => search.fill('budget'),
      () => expect(page.getByText(/^\d+ of 1000 notes$/)).not.toHaveText('1000 of 1000 notes'),
    );
    const shown = Number((await page.getByText(/^\d+ of 1000 notes$/).textContent())!.split(' ')[0]);
    expect(shown).toBeGreaterThan(0);
    expect(elements(work.added), JSON.stringify(work.added)).toEqual([]);
    expect(elements(work.removed), JSON.stringify(work.removed)).toEqual([]);
    // One attribute per entry left out, and the search box's own.
    const hiding = work.attributes.filter((a) => a === 'li.hidden');
    expect(hiding.length).toBe(1000 - shown);
    expect(work.attributes.length - hiding.length).toBeLessThanOrEqual(2);
    expect(work.unchangedAttributes).toEqual([]);
  });

  test('a keystroke in one note touches that note alone', async ({ page }) => {
    const editor = page.locator('.notes-list textarea').nth(500);
    await editor.focus();
    const before = await editor.inputValue();
    const work = await domWorkOf(
      page,
      () => page.keyboard.press('x'),
      () => expect(editor).toHaveValue(before + 'x'),
    );
    expect(work.added, shown(work)).toEqual([]);
    expect(work.removed, shown(work)).toEqual([]);
    // Its "last changed" date may change, and its printed copy (the text that flows over pages
    // on paper, hidden on screen) follows the keystroke; nothing else.
    expect(work.attributes, shown(work)).toEqual([]);
    expect(work.texts, shown(work)).toBeLessThanOrEqual(2);
    await expect(editor).toBeFocused();
  });
});

test.describe('the self-assessment writes only what changes', () => {
  test.beforeEach(async ({ page }) => {
    const assess = new AppPage(page);
    await assess.open('?view=assess&v=1');
    await page.locator('#assess-start').click();
    await expect(page.locator('#ask-decisions')).toBeFocused();
  });

  test('an answer marks its option, its step and the progress, and draws nothing', async ({ page }) => {
    const work = await domWorkOf(
      page,
      () => page.locator('label[for="answer-decisions-1"]').click(),
      () => expect(page.locator('#step-decisions')).toHaveClass(/is-answered/),
    );
    expect(elements(work.added), shown(work)).toEqual([]);
    expect(elements(work.removed), shown(work)).toEqual([]);
    // The step's class and the progress bar's value; the progress sentences are texts.
    expect(work.attributes.sort(), shown(work)).toEqual(['button#step-decisions.class', 'progress#assess-progress.value']);
    expect(work.unchangedAttributes, shown(work)).toEqual([]);
  });

  test('Next draws the next question in place of this one, and moves the step', async ({ page }) => {
    const work = await domWorkOf(
      page,
      () => page.locator('#question-next').click(),
      () => expect(page.locator('#ask-budget')).toBeFocused(),
    );
    expect(elements(work.added), shown(work)).toEqual(['fieldset#question-budget']);
    expect(elements(work.removed), shown(work)).toEqual(['fieldset#question-decisions']);
    // The current step moves; Back is now enabled.
    expect(work.attributes.sort(), shown(work)).toEqual([
      'button#question-back.disabled',
      'button#step-budget.aria-current',
      'button#step-decisions.aria-current',
    ]);
  });
});
