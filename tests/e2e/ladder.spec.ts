// End-to-end: the Ladder screen of the release build as a person uses it: the diagram, choosing
// one rung (its card) or two (what changes between them), links that carry the choice, private
// markers and the checklist kept in this browser, bad links and unreadable storage, the keyboard,
// and the layout from phone to desktop.
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ComparePage } from './pages/compare-page';
import { LadderPage, MARKS_KEY, RUNGS, UNREADABLE_KEY } from './pages/ladder-page';
import { SUB_PATH } from '../../scripts/static-server.mjs';
import { DIMENSION_COUNT } from './pages/knowledge';

const BARE = '?view=ladder&v=1';
const SIDE_LABEL = { management: 'Product management', leadership: 'Product leadership' } as const;

/** Every address the page's main frame was at, from now on. */
function visitedUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  return urls;
}

test.describe('the diagram', () => {
  test('every rung is a button in climbing order; the CEO is shown beside them but is not a rung', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await expect(ladder.notice).toHaveCount(0);
    await expect(page).toHaveTitle('The career ladder · PM Compass');

    // Reading order (what a screen reader walks through) climbs from the bottom.
    expect(await ladder.rungNames()).toEqual(RUNGS.map((rung) => rung.name));
    expect(await ladder.rungs.evaluateAll((buttons) => buttons.map((button) => button.id))).toEqual(
      RUNGS.map((rung) => `rung-${rung.slug}`),
    );
    for (const { name } of RUNGS) {
      await expect(ladder.rung(name)).toBeVisible();
      await expect(ladder.rung(name)).toHaveAttribute('aria-pressed', 'false');
    }

    // The CEO: shown, last in reading order, explained, and not something to choose.
    await expect(ladder.ceo).toBeVisible();
    await expect(ladder.ceo).toContainText('Not a rung');
    await expect(ladder.diagram.getByRole('listitem').last()).toContainText(/^CEO/);
    await expect(ladder.diagram.getByRole('button', { name: /CEO/ })).toHaveCount(0);
    await expect(ladder.ceo.getByRole('button')).toHaveCount(0);
    await expect(ladder.ceo.getByRole('link', { name: 'Compare PM with CEO' })).toHaveAttribute(
      'href',
      '?view=compare&roles=pm,ceo&v=1',
    );

    // Nothing is chosen yet.
    await expect(ladder.chooseARung).toBeVisible();
    await expect(ladder.card).toHaveCount(0);
  });

  test('a text description tells the shape: the fork, both branches and the CEO', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await expect(ladder.description).toBeVisible();
    await expect(ladder.description).toContainText(
      'Climbing from the bottom: Product Manager and then Senior Product Manager. After that the ladder forks.',
    );
    await expect(ladder.description).toContainText(
      'The management branch climbs Group Product Manager, Director of Product Management, Head of Product, ' +
        'VP of Product and then Chief Product Officer.',
    );
    await expect(ladder.description).toContainText(
      'The individual-contributor branch leads to Principal Product Manager.',
    );
    await expect(ladder.description).toContainText(
      'From Principal Product Manager people can move across to Director of Product Management.',
    );
    await expect(ladder.description).toContainText('The CEO is not a rung');
    // The list of rungs is described by it for assistive technology.
    await expect(ladder.diagram).toHaveAccessibleDescription(/^Climbing from the bottom: .*forks\./);
    // Each rung says which branch it is on.
    await expect(ladder.rung('Product Manager')).toContainText('Every PM');
    await expect(ladder.rung('Principal Product Manager')).toContainText('Individual-contributor branch');
    await expect(ladder.rung('Group Product Manager')).toContainText('Management branch');
  });

  test('Head of Product says its height varies by company, on the rung and on its card', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await expect(ladder.rung('Head of Product')).toContainText('Height varies by company');
    await expect(ladder.rungs.filter({ hasText: 'Height varies by company' })).toHaveCount(1);

    await ladder.rung('Head of Product').click();
    await expect(ladder.card).toHaveAccessibleName('Head of Product');
    await expect(ladder.card.getByText(/^Head of Product has no fixed height\./)).toBeVisible();
    await ladder.expectSearch('?view=ladder&from=head-of-product&v=1');
  });

  test('product management and product leadership rungs are told apart in words and in colour', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await expect(ladder.legend.getByRole('listitem')).toHaveText([
      'Product management',
      'Product leadership',
      'Your path',
    ]);
    for (const { name, side } of RUNGS) {
      await expect(ladder.rungNode(name)).toHaveClass(new RegExp(`(^| )side-${side}( |$)`));
      await expect(ladder.rung(name)).toContainText(SIDE_LABEL[side]);
      const other = side === 'management' ? 'leadership' : 'management';
      await expect(ladder.rung(name)).not.toContainText(SIDE_LABEL[other]);
    }
    // The colours match the key, and the two sides look different.
    const borderOf = (locator: ReturnType<LadderPage['rung']>) =>
      locator.evaluate((element) => getComputedStyle(element).borderTopColor);
    const swatch = (side: string) => ladder.legend.locator(`.swatch.side-${side}`);
    const management = await borderOf(ladder.rung('Product Manager'));
    const leadership = await borderOf(ladder.rung('VP of Product'));
    expect(management).not.toBe(leadership);
    expect(await borderOf(swatch('management'))).toBe(management);
    expect(await borderOf(swatch('leadership'))).toBe(leadership);
  });

  test('on a wide screen it is drawn as a ladder: CPO at the top, the fork, the CEO beside the top', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    const box = async (locator: ReturnType<LadderPage['rung']>) => (await locator.boundingBox())!;
    const pm = await box(ladder.rung('Product Manager'));
    const senior = await box(ladder.rung('Senior Product Manager'));
    const principal = await box(ladder.rung('Principal Product Manager'));
    const group = await box(ladder.rung('Group Product Manager'));
    const cpo = await box(ladder.rung('Chief Product Officer'));
    const ceo = await box(ladder.ceo);
    expect(cpo.y).toBeLessThan(group.y);
    expect(group.y).toBeLessThan(senior.y);
    expect(senior.y).toBeLessThan(pm.y);
    // The fork: the individual-contributor branch sits beside Group PM, not on the main column.
    expect(Math.abs(principal.y - group.y)).toBeLessThan(2);
    expect(principal.x).toBeGreaterThan(group.x + group.width - 1);
    // The CEO beside the top rung.
    expect(Math.abs(ceo.y - cpo.y)).toBeLessThan(2);
    expect(ceo.x).toBeGreaterThan(cpo.x + cpo.width - 1);
  });
});

test.describe('one rung', () => {
  test('choosing a rung shows its card and puts it in the link; Back returns to no rung chosen', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await ladder.rung('Product Manager').click();

    await expect(ladder.card).toHaveAccessibleName('Product Manager');
    await expect(ladder.panelHeading).toHaveText('Product Manager');
    await expect(ladder.chooseARung).toHaveCount(0);
    await expect(ladder.card.getByRole('term')).toHaveText(['Scope', 'Time horizon', 'Team', 'Decisions']);
    await expect(ladder.fact('Scope')).toHaveText(/^One product or feature area/);
    await expect(ladder.fact('Time horizon')).toHaveText(/^Weeks to months/);
    await expect(ladder.fact('Team')).toHaveText(/No direct reports/);
    await expect(ladder.fact('Decisions')).toHaveText(/^Decides which customer problem to tackle/);
    const learn = ladder.card.getByRole('heading', { name: 'What to learn for the next step', level: 3 });
    const pitfalls = ladder.card.getByRole('heading', { name: 'Common pitfalls', level: 3 });
    await expect(learn).toBeVisible();
    await expect(pitfalls).toBeVisible();
    await expect(learn.locator('xpath=following-sibling::ul[1]').getByRole('listitem')).toHaveCount(4);
    await expect(pitfalls.locator('xpath=following-sibling::ul[1]').getByRole('listitem')).toHaveCount(3);
    await expect(ladder.card.getByText(/^Sources: \S/)).toBeVisible();
    await expect(ladder.card.getByText(/^Sources: \S/)).toContainText('Product Management vs Product Leadership');
    await expect(ladder.iAmHere).toHaveAttribute('aria-pressed', 'false');
    await expect(ladder.thisIsMyTarget).toHaveAttribute('aria-pressed', 'false');

    await expect(ladder.rung('Product Manager')).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.rung('Senior Product Manager')).toHaveAttribute('aria-pressed', 'false');
    await ladder.expectSearch('?view=ladder&from=pm&v=1');
    await expect(ladder.notice).toHaveCount(0);

    // Choosing pushed a history entry: Back is "no rung chosen", Forward the card again.
    await page.goBack();
    await ladder.expectSearch(BARE);
    await expect(ladder.chooseARung).toBeVisible();
    await expect(ladder.card).toHaveCount(0);
    await expect(ladder.rung('Product Manager')).toHaveAttribute('aria-pressed', 'false');
    await page.goForward();
    await ladder.expectSearch('?view=ladder&from=pm&v=1');
    await expect(ladder.card).toHaveAccessibleName('Product Manager');
  });

  test('choosing the chosen rung again clears the choice', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder('?view=ladder&from=cpo&v=1');
    await expect(ladder.card).toHaveAccessibleName('Chief Product Officer');
    await ladder.rung('Chief Product Officer').click();
    await ladder.expectSearch(BARE);
    await expect(ladder.chooseARung).toBeVisible();
    await expect(ladder.rung('Chief Product Officer')).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('two rungs', () => {
  test('a second rung shows the way, only the dimensions that change, and each step with advice', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await ladder.rung('Product Manager').click();
    await ladder.expectSearch('?view=ladder&from=pm&v=1');
    await ladder.rung('VP of Product').click();

    await expect(ladder.whatChanges).toHaveAccessibleName('From Product Manager to VP of Product');
    await expect(ladder.panelHeading).toHaveText('From Product Manager to VP of Product');
    await ladder.expectSearch('?view=ladder&from=pm&to=vp-product&v=1');
    await expect(ladder.rung('Product Manager')).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.rung('VP of Product')).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.way).toHaveText(
      'The way: Product Manager → Senior Product Manager → Group Product Manager → ' +
        'Director of Product Management → Head of Product → VP of Product.',
    );

    // What changes: the count in the heading is the number of rows, and every row differs.
    const heading = (await ladder.changesHeading.textContent()) ?? '';
    const count = Number(heading.match(new RegExp(`\\((\\d+) of ${DIMENSION_COUNT} dimensions\\)`))?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(DIMENSION_COUNT);
    await expect(ladder.changesTable).toHaveAccessibleName(
      'Dimensions that differ from Product Manager to VP of Product',
    );
    await expect(ladder.changesTable.getByRole('columnheader')).toHaveText([
      'Dimension',
      'Product Manager',
      'VP of Product',
    ]);
    const rows = ladder.changesTable.locator('tbody').getByRole('row');
    await expect(rows).toHaveCount(count);
    for (const row of await rows.all()) {
      const [from, to] = await row.getByRole('cell').allTextContents();
      expect(to.replace(/^[▲▼] /, ''), `${await row.getByRole('rowheader').textContent()} differs`).not.toBe(from);
    }

    // Step by step: one leg per step of the way, each saying what changes and how people move.
    await expect(ladder.whatChanges.getByRole('heading', { name: 'Step by step', level: 3 })).toBeVisible();
    await expect(ladder.legs.getByRole('heading', { level: 4 })).toHaveText([
      'Product Manager → Senior Product Manager',
      'Senior Product Manager → Group Product Manager',
      'Group Product Manager → Director of Product Management',
      'Director of Product Management → Head of Product',
      'Head of Product → VP of Product',
    ]);
    for (const leg of await ladder.legs.all()) {
      await expect(leg.getByText('What changes', { exact: true })).toBeVisible();
      await expect(leg.getByText('How people make this move', { exact: true })).toBeVisible();
      const lists = leg.getByRole('list');
      await expect(lists).toHaveCount(2);
      for (const list of await lists.all()) {
        expect(await list.getByRole('listitem').count()).toBeGreaterThan(0);
      }
      await expect(leg.getByText(/^Sources: \S/)).toBeVisible();
    }
    await expect(ladder.legs.first()).toContainText('Show outcomes, not output');

    // The pair was a history entry of its own.
    await page.goBack();
    await ladder.expectSearch('?view=ladder&from=pm&v=1');
    await expect(ladder.card).toHaveAccessibleName('Product Manager');
  });

  test('“Compare these two side by side” opens the matrix with the two roles', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder('?view=ladder&from=pm&to=vp-product&v=1');
    await expect(ladder.whatChanges).toHaveAccessibleName('From Product Manager to VP of Product');
    await ladder.compareSideBySide.click();

    const compare = new ComparePage(page);
    await compare.expectSearch('?view=compare&roles=pm,vp-product&v=1');
    await expect(compare.heading).toHaveText('Compare roles');
    await expect(compare.currentNav).toHaveText('Compare');
    await expect(compare.tableNamed('Product Manager compared with VP of Product')).toBeVisible();
    await expect(compare.columnNames).toHaveText(['Product Manager', 'VP of Product']);

    await page.goBack();
    await ladder.expectSearch('?view=ladder&from=pm&to=vp-product&v=1');
    await expect(ladder.whatChanges).toHaveAccessibleName('From Product Manager to VP of Product');
  });

  test('across the fork: Principal PM to Group PM steps back to Senior PM, and Compare agrees on what differs', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await ladder.rung('Principal Product Manager').click();
    await ladder.rung('Group Product Manager').click();
    await ladder.expectSearch('?view=ladder&from=principal-pm&to=group-pm&v=1');
    await expect(ladder.whatChanges).toHaveAccessibleName('From Principal Product Manager to Group Product Manager');
    await expect(ladder.way).toHaveText(
      'The way: Principal Product Manager → Senior Product Manager → Group Product Manager.',
    );
    await expect(ladder.legs.getByRole('heading', { level: 4 })).toHaveText([
      'Principal Product Manager → Senior Product Manager (a step back down)',
      'Senior Product Manager → Group Product Manager',
    ]);
    await expect(ladder.legs.first().getByText('How people make the move up from Senior Product Manager')).toBeVisible();
    const heading = (await ladder.changesHeading.textContent()) ?? '';
    const count = Number(heading.match(new RegExp(`\\((\\d+) of ${DIMENSION_COUNT} dimensions\\)`))?.[1]);
    expect(count, 'the two roles differ on some dimensions, not all').toBeLessThan(DIMENSION_COUNT);
    const differing = await ladder.changesTable.getByRole('rowheader').allTextContents();
    expect(differing).toHaveLength(count);

    // The matrix, filtered to differences, lists exactly the same dimensions.
    await ladder.compareSideBySide.click();
    const compare = new ComparePage(page);
    await compare.expectSearch('?view=compare&roles=principal-pm,group-pm&v=1');
    await expect(compare.tableNamed('Principal Product Manager compared with Group Product Manager')).toBeVisible();
    await expect(compare.columnNames).toHaveText(['Principal Product Manager', 'Group Product Manager']);
    await compare.onlyDifferences.click();
    await expect(compare.rowHeaders).toHaveCount(count);
    expect((await compare.dimensionNames()).sort()).toEqual([...differing].sort());
  });

  test('backwards: Chief Product Officer to Product Manager, every leg a step back down', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await ladder.rung('Chief Product Officer').click();
    await ladder.rung('Product Manager').click();
    await ladder.expectSearch('?view=ladder&from=cpo&to=pm&v=1');
    await expect(ladder.whatChanges).toHaveAccessibleName('From Chief Product Officer to Product Manager');
    await expect(ladder.way).toHaveText(
      'The way: Chief Product Officer → VP of Product → Head of Product → Director of Product Management → ' +
        'Group Product Manager → Senior Product Manager → Product Manager.',
    );
    const titles = ladder.legs.getByRole('heading', { level: 4 });
    await expect(titles).toHaveCount(6);
    await expect(titles.first()).toHaveText('Chief Product Officer → VP of Product (a step back down)');
    for (const title of await titles.allTextContents()) expect(title).toMatch(/ \(a step back down\)$/);
    for (const leg of await ladder.legs.all()) {
      await expect(leg.getByText('What this step up would change, undone', { exact: true })).toBeVisible();
      await expect(leg.getByText(/^How people make the move up from /)).toBeVisible();
    }
    // Going down, every differing level falls: each row's new level is marked ▼, none ▲.
    const rows = ladder.changesTable.locator('tbody').getByRole('row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    await expect(rows.getByRole('cell').filter({ hasText: /^▼ / })).toHaveCount(count);
    await expect(rows.getByRole('cell').filter({ hasText: /^▲ / })).toHaveCount(0);
    await expect(ladder.changesTable.getByRole('columnheader')).toHaveText([
      'Dimension',
      'Chief Product Officer',
      'Product Manager',
    ]);
  });

  test('“Swap direction” turns the pair around, and a third rung starts again from it', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder('?view=ladder&from=pm&to=senior-pm&v=1');
    await ladder.swapDirection.click();
    await ladder.expectSearch('?view=ladder&from=senior-pm&to=pm&v=1');
    await expect(ladder.whatChanges).toHaveAccessibleName('From Senior Product Manager to Product Manager');
    await page.goBack();
    await ladder.expectSearch('?view=ladder&from=pm&to=senior-pm&v=1');
    await expect(ladder.whatChanges).toHaveAccessibleName('From Product Manager to Senior Product Manager');

    await ladder.rung('Head of Product').click();
    await ladder.expectSearch('?view=ladder&from=head-of-product&v=1');
    await expect(ladder.card).toHaveAccessibleName('Head of Product');
    await expect(ladder.rung('Product Manager')).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('private markers and the checklist', () => {
  test('markers, path and ticks are kept across a reload, never put in the link, and stay in this browser', async ({ page, browser }) => {
    const ladder = new LadderPage(page);
    const urls = visitedUrls(page);
    await ladder.openLadder();
    await expect(ladder.checklist.getByText(/^Open the rung you are on and mark “I am here”/)).toBeVisible();

    await ladder.rung('Product Manager').click();
    await ladder.expectSearch('?view=ladder&from=pm&v=1');
    const historyBefore = await page.evaluate(() => history.length);
    await ladder.iAmHere.click();
    await expect(ladder.youAreHere).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.rung('Product Manager')).toContainText('You are here');
    await ladder.expectSearch('?view=ladder&from=pm&v=1');
    expect(await page.evaluate(() => history.length), 'marking adds no history entry').toBe(historyBefore);
    // Only one marker: no path yet.
    await expect(ladder.progress).toHaveCount(0);

    // Open another rung (clear the first choice, then choose it) and mark it as the target.
    await ladder.rung('Product Manager').click();
    await ladder.rung('Director of Product Management').click();
    await expect(ladder.card).toHaveAccessibleName('Director of Product Management');
    await expect(ladder.iAmHere).toHaveAttribute('aria-pressed', 'false');
    await ladder.thisIsMyTarget.click();
    await expect(ladder.yourTarget).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.rung('Director of Product Management')).toContainText('Your target');
    await expect(ladder.rung('Product Manager')).toContainText('You are here');
    await expect(ladder.rungs.filter({ hasText: 'You are here' })).toHaveCount(1);
    await expect(ladder.rungs.filter({ hasText: 'Your target' })).toHaveCount(1);

    // The path and its checklist.
    await expect(ladder.checklistWay).toHaveText(
      'Product Manager → Senior Product Manager → Group Product Manager → Director of Product Management.',
    );
    await expect(ladder.progress).toHaveText('0 of 12 done');
    await expect(ladder.checkboxes).toHaveCount(12);
    for (const box of await ladder.checkboxes.all()) await expect(box).not.toBeChecked();
    await expect(ladder.checkboxes.first()).toHaveAccessibleName(
      /^Own an outcome metric end to end.* \(for the step up from Product Manager\)$/,
    );
    await expect(ladder.checkboxes.last()).toHaveAccessibleName(/\(for the step up from Group Product Manager\)$/);
    // The rungs on the path are highlighted as "Your path"; the others are not.
    for (const name of ['Product Manager', 'Senior Product Manager', 'Group Product Manager', 'Director of Product Management']) {
      await expect(ladder.rungNode(name)).toHaveClass(/(^| )on-path( |$)/);
    }
    for (const name of ['Principal Product Manager', 'Head of Product', 'Chief Product Officer']) {
      await expect(ladder.rungNode(name)).not.toHaveClass(/(^| )on-path( |$)/);
    }

    await ladder.checkboxes.nth(0).check();
    await expect(ladder.progress).toHaveText('1 of 12 done');
    await ladder.checkboxes.nth(1).check();
    await expect(ladder.progress).toHaveText('2 of 12 done');
    await expect(ladder.checkboxes.nth(0)).toBeChecked();
    await expect(ladder.checkboxes.nth(1)).toBeChecked();
    await expect(ladder.checkboxes.nth(2)).not.toBeChecked();

    // Stored in this browser, as JSON.
    const stored = await ladder.storedMarks();
    expect(stored).toMatchObject({ here: 'pm', target: 'director-pm' });
    expect(stored?.ticked).toHaveLength(2);

    // Never in the link.
    await ladder.expectSearch('?view=ladder&from=director-pm&v=1');
    for (const url of [...urls, page.url()]) {
      const query = new URL(url).search;
      expect(query, url).not.toMatch(/here|target|tick|mark/i);
    }

    // A reload keeps everything.
    await page.reload();
    await expect(ladder.card).toHaveAccessibleName('Director of Product Management');
    await expect(ladder.yourTarget).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.rung('Product Manager')).toContainText('You are here');
    await expect(ladder.rung('Director of Product Management')).toContainText('Your target');
    await expect(ladder.checklistWay).toHaveText(
      'Product Manager → Senior Product Manager → Group Product Manager → Director of Product Management.',
    );
    await expect(ladder.progress).toHaveText('2 of 12 done');
    await expect(ladder.checkboxes.nth(0)).toBeChecked();
    await expect(ladder.checkboxes.nth(1)).toBeChecked();
    await expect(ladder.checkboxes.nth(2)).not.toBeChecked();
    await expect(ladder.storageProblem).toHaveCount(0);

    // The same link in another browser: the view, but none of the markers.
    const link = page.url();
    const fresh = await browser.newContext();
    const other = new LadderPage(await fresh.newPage());
    await other.page.goto(link);
    await expect(other.card).toHaveAccessibleName('Director of Product Management');
    await expect(other.thisIsMyTarget).toHaveAttribute('aria-pressed', 'false');
    await expect(other.iAmHere).toHaveAttribute('aria-pressed', 'false');
    await expect(other.rungs.filter({ hasText: /You are here|Your target/ })).toHaveCount(0);
    await expect(other.checklist.getByText(/^Open the rung you are on and mark “I am here”/)).toBeVisible();
    await expect(other.checkboxes).toHaveCount(0);
    expect(await other.stored(MARKS_KEY)).toBeNull();
    await fresh.close();
  });

  test('pressing a marker again takes it off, and the checklist goes with it', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder('?view=ladder&from=senior-pm&v=1');
    await ladder.seedMarks({ here: 'pm', target: 'senior-pm' });
    await expect(ladder.yourTarget).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.progress).toHaveText('0 of 4 done');

    await ladder.yourTarget.click();
    await expect(ladder.thisIsMyTarget).toHaveAttribute('aria-pressed', 'false');
    await expect(ladder.rungs.filter({ hasText: 'Your target' })).toHaveCount(0);
    await expect(ladder.progress).toHaveCount(0);
    await expect(ladder.checklist.getByText(/^Open the rung you are on and mark “I am here”/)).toBeVisible();
    expect(await ladder.storedMarks()).toMatchObject({ here: 'pm', target: null });
  });

  test('the target marked first, then a lower rung opened: the pair offers “I am here” on the lower rung', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await ladder.rung('VP of Product').click();
    await ladder.thisIsMyTarget.click();
    await expect(ladder.thisIsMyTarget).toHaveAttribute('aria-pressed', 'true');

    // Opened second, Director is still the rung to stand on: the pair offers each marker on its rung.
    await ladder.rung('Director of Product Management').click();
    await expect(ladder.panelHeading).toHaveText('From VP of Product to Director of Product Management');
    const marking = ladder.whatChanges.locator('.mark-buttons').getByRole('button');
    await expect(marking).toHaveText(['I am here: Director of Product Management ✓', 'This is my target: VP of Product ✓']);
    const here = ladder.whatChanges.getByRole('button', { name: 'I am here: Director of Product Management' });
    const target = ladder.whatChanges.getByRole('button', { name: 'This is my target: VP of Product' });
    await expect(here).toHaveAttribute('aria-pressed', 'false');
    await expect(target).toHaveAttribute('aria-pressed', 'true');
    await here.click();
    await expect(here).toHaveAttribute('aria-pressed', 'true');
    await expect(target).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.whatChanges.locator('.path-set').getByRole('status')).toHaveText(
      /^Your path is set: Director of Product Management to VP of Product, \d+ things to learn on the way\.$/,
    );
    await expect(ladder.rungs.filter({ hasText: 'You are here' })).toHaveText(/^Director of Product Management/);
    await expect(ladder.rungs.filter({ hasText: 'Your target' })).toHaveText(/^VP of Product/);
    await expect(ladder.checklistWay).toHaveText('Director of Product Management → Head of Product → VP of Product.');
    expect(await ladder.storedMarks()).toMatchObject({ here: 'director-pm', target: 'vp-product' });
  });

  test('the two markers never share a rung, and a target below where one is can be swapped', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder('?view=ladder&from=vp-product&v=1');
    await ladder.thisIsMyTarget.click();
    await ladder.iAmHere.click();
    // “I am here” on the target's own rung: the target is reached, so it comes off.
    await expect(ladder.iAmHere).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.thisIsMyTarget).toHaveAttribute('aria-pressed', 'false');
    expect(await ladder.storedMarks()).toMatchObject({ here: 'vp-product', target: null });

    await ladder.openLadder('?view=ladder&from=director-pm&v=1');
    await ladder.thisIsMyTarget.click();
    const status = ladder.card.locator('.path-set').getByRole('status');
    await expect(status).toHaveText(
      'Your target, Director of Product Management, is below where you are, VP of Product: a way down has nothing new to learn. Swap the markers to plan the climb from Director of Product Management instead.',
    );
    await ladder.card.getByRole('button', { name: 'Swap the markers' }).click();
    await expect(status).toHaveText(/^Your path is set: Director of Product Management to VP of Product, \d+ things to learn on the way\.$/);
    await expect(ladder.iAmHere).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.card.getByRole('button', { name: 'Swap the markers' })).toHaveCount(0);
    await expect(ladder.card.getByRole('button', { name: 'See your path and checklist' })).toBeFocused();
  });
});

test.describe('links', () => {
  test('a shared pair link opens the same view in a fresh browser context', async ({ browser }) => {
    const context = await browser.newContext();
    const ladder = new LadderPage(await context.newPage());
    await ladder.openLadder('?view=ladder&from=pm&to=vp-product&v=1');
    await expect(ladder.whatChanges).toHaveAccessibleName('From Product Manager to VP of Product');
    await expect(ladder.way).toHaveText(
      'The way: Product Manager → Senior Product Manager → Group Product Manager → ' +
        'Director of Product Management → Head of Product → VP of Product.',
    );
    await expect(ladder.rung('Product Manager')).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.rung('VP of Product')).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.changesHeading).toBeVisible();
    await expect(ladder.legs).toHaveCount(5);
    await expect(ladder.notice).toHaveCount(0);
    await ladder.expectSearch('?view=ladder&from=pm&to=vp-product&v=1');
    await context.close();
  });

  const badLinks: { what: string; query: string; said: string; corrected: string; shows: string | null }[] = [
    {
      what: 'an unknown rung',
      query: '?view=ladder&from=boss&v=1',
      said: 'This link names a rung the ladder does not have (“boss”), so it is not chosen.',
      corrected: BARE,
      shows: null,
    },
    {
      what: 'the CEO as a rung',
      query: '?view=ladder&from=ceo&v=1',
      said: 'CEO is not a rung of the ladder, so it is not chosen.',
      corrected: BARE,
      shows: null,
    },
    {
      what: 'the CEO as the second rung',
      query: '?view=ladder&from=pm&to=ceo&v=1',
      said: 'CEO is not a rung of the ladder, so it is not chosen.',
      corrected: '?view=ladder&from=pm&v=1',
      shows: 'Product Manager',
    },
    {
      what: 'an unknown first rung before a good second one',
      query: '?view=ladder&from=boss&to=cpo&v=1',
      said: 'This link names a rung the ladder does not have (“boss”), so it is not chosen.',
      corrected: '?view=ladder&from=cpo&v=1',
      shows: 'Chief Product Officer',
    },
    {
      what: 'the same rung twice',
      query: '?view=ladder&from=pm&to=pm&v=1',
      said: 'This link chooses Product Manager as both rungs; it is chosen once.',
      corrected: '?view=ladder&from=pm&v=1',
      shows: 'Product Manager',
    },
    {
      what: 'an empty second rung',
      query: '?view=ladder&from=pm&to=&v=1',
      said: 'This link leaves one of the rungs empty, so that rung is not chosen.',
      corrected: '?view=ladder&from=pm&v=1',
      shows: 'Product Manager',
    },
    {
      what: 'an empty rung alone',
      query: '?view=ladder&to=&v=1',
      said: 'This link leaves one of the rungs empty, so that rung is not chosen.',
      corrected: BARE,
      shows: null,
    },
    {
      what: 'broken encoding',
      query: '?view=ladder&from=%zz&v=1',
      said: 'This link has characters that cannot be decoded; those parts are left out.',
      corrected: BARE,
      shows: null,
    },
  ];

  for (const { what, query, said, corrected, shows } of badLinks) {
    test(`a bad ladder link (${what}): a one-line notice, the nearest valid view and a corrected link in place`, async ({ page }) => {
      const ladder = new LadderPage(page);
      await ladder.open('?view=notes&v=1');
      await expect(ladder.heading).toHaveText('Your notes');
      await page.goto(new URL(query, AppPage.base()).toString());

      await expect(ladder.heading).toHaveText('The career ladder');
      await expect(ladder.notice).toHaveCount(1);
      await expect(ladder.notice).toHaveText(said);
      const text = (await ladder.notice.textContent()) ?? '';
      expect(text, 'the notice is one line').not.toMatch(/\n/);
      expect(text, 'rungs are named by their roles, never by a slug').not.toMatch(/“(pm|ceo|cpo)”/);
      await ladder.expectSearch(corrected);
      if (shows === null) {
        await expect(ladder.chooseARung).toBeVisible();
        for (const button of await ladder.rungs.all()) await expect(button).toHaveAttribute('aria-pressed', 'false');
      } else {
        await expect(ladder.card).toHaveAccessibleName(shows);
        await expect(ladder.rung(shows)).toHaveAttribute('aria-pressed', 'true');
      }
      await expect(ladder.whatChanges).toHaveCount(0);
      // The corrected link replaced the bad one: Back leads to the page before it.
      await page.goBack();
      await expect(ladder.heading).toHaveText('Your notes');
      await ladder.expectSearch('?view=notes&v=1');
    });
  }
});

test.describe('unreadable storage', () => {
  test('markers that cannot be read: the app starts fresh, says so, and keeps the old text aside', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // Corrupt the stored markers before the app starts, on the first load only.
    await page.addInitScript((key) => {
      if (sessionStorage.getItem('seeded') === null) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, '{not json');
      }
    }, MARKS_KEY);
    const ladder = new LadderPage(page);
    await ladder.openLadder('?view=ladder&from=pm&v=1');

    await expect(ladder.storageProblem).toHaveCount(1);
    await expect(ladder.storageProblem).toHaveText(
      'Your saved ladder markers could not be read, so they start afresh here. ' +
        `The old data is kept untouched under “${UNREADABLE_KEY}” in this browser's storage.`,
    );
    expect(await ladder.stored(UNREADABLE_KEY)).toBe('{not json');
    // Reading did not overwrite anything.
    expect(await ladder.stored(MARKS_KEY)).toBe('{not json');
    // The ladder works, with no markers.
    await expect(ladder.card).toHaveAccessibleName('Product Manager');
    await expect(ladder.iAmHere).toHaveAttribute('aria-pressed', 'false');
    await expect(ladder.rungs.filter({ hasText: /You are here|Your target/ })).toHaveCount(0);

    // Marking a rung writes fresh markers; the backup still holds the original text.
    await ladder.iAmHere.click();
    await expect(ladder.youAreHere).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => ladder.storedMarks()).toMatchObject({ here: 'pm' });
    expect(await ladder.stored(UNREADABLE_KEY)).toBe('{not json');

    await page.reload();
    await expect(ladder.youAreHere).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.rung('Product Manager')).toContainText('You are here');
    await expect(ladder.storageProblem).toHaveCount(0);
    expect(await ladder.stored(UNREADABLE_KEY)).toBe('{not json');
    expect(problems).toEqual([]);
  });
});

test.describe('storage that refuses', () => {
  test('a full storage: the marker still works for this visit, and the person is told it is not saved', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const ladder = new LadderPage(page);
    await ladder.openLadder('?view=ladder&from=pm&v=1');
    await expect(ladder.storageProblem).toHaveCount(0);
    await ladder.iAmHere.click();
    await expect(ladder.youAreHere).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.rung('Product Manager')).toContainText('You are here');
    await expect(ladder.storageProblem).toHaveText(
      'This browser is not letting us save, so your markers and ticks last only until you close the page.',
    );
    expect(await ladder.stored(MARKS_KEY)).toBeNull();
    expect(problems).toEqual([]);
  });

  test('storage blocked altogether: the person is told, and markers still work for this visit', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // As when the browser blocks site data: merely reading window.localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const ladder = new LadderPage(page);
    await ladder.openLadder('?view=ladder&from=pm&v=1');
    const unsaved =
      'This browser is not letting us save, so your markers and ticks last only until you close the page.';
    await expect(ladder.storageProblem).toHaveText(unsaved);

    // The alert promises the markers last for the visit: marking must still work.
    await ladder.iAmHere.click();
    await expect(ladder.youAreHere).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.rung('Product Manager')).toContainText('You are here');
    await expect(ladder.storageProblem).toHaveText(unsaved);
    expect(problems, 'no uncaught errors').toEqual([]);
  });
});

test.describe('the keyboard', () => {
  test('Tab reaches the rungs; Enter and Space choose, and focus stays on the chosen rung', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    // From the last link of the navigation, Tab goes on into the ladder: its first rung is PM.
    await ladder.navLink('Notes').focus();
    let focused = '';
    for (let presses = 0; presses < 10 && !focused.startsWith('rung-'); presses++) {
      await page.keyboard.press('Tab');
      focused = await ladder.focusedId();
    }
    expect(focused).toBe('rung-pm');
    await page.keyboard.press('Tab');
    expect(await ladder.focusedId()).toBe('rung-senior-pm');
    await expect(ladder.rung('Senior Product Manager')).toBeFocused();

    await page.keyboard.press('Enter');
    await ladder.expectSearch('?view=ladder&from=senior-pm&v=1');
    await expect(ladder.card).toHaveAccessibleName('Senior Product Manager');
    await expect(ladder.rung('Senior Product Manager')).toBeFocused();
    await expect.poll(() => ladder.focusedId()).toBe('rung-senior-pm');

    // On up through the rungs to the top one, and Space chooses it as the second.
    for (const _ of ['principal', 'group', 'director', 'head', 'vp', 'cpo']) await page.keyboard.press('Tab');
    await expect(ladder.rung('Chief Product Officer')).toBeFocused();
    await page.keyboard.press('Space');
    await ladder.expectSearch('?view=ladder&from=senior-pm&to=cpo&v=1');
    await expect(ladder.whatChanges).toHaveAccessibleName('From Senior Product Manager to Chief Product Officer');
    await expect.poll(() => ladder.focusedId()).toBe('rung-cpo');
    await expect(ladder.rung('Chief Product Officer')).toHaveAttribute('aria-pressed', 'true');

    // Enter on it again: it alone is chosen, and focus is still there.
    await page.keyboard.press('Enter');
    await ladder.expectSearch('?view=ladder&from=cpo&v=1');
    await expect(ladder.card).toHaveAccessibleName('Chief Product Officer');
    await expect.poll(() => ladder.focusedId()).toBe('rung-cpo');
  });

  test('the checklist boxes tick with Space and keep focus, so Tab goes on to the next one', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await ladder.seedMarks({ here: 'pm', target: 'senior-pm' });
    await expect(ladder.progress).toHaveText('0 of 4 done');
    const first = ladder.checkboxes.nth(0);
    const second = ladder.checkboxes.nth(1);
    const firstId = (await first.getAttribute('id'))!;
    const secondId = (await second.getAttribute('id'))!;

    await first.focus();
    await page.keyboard.press('Space');
    await expect(ladder.progress).toHaveText('1 of 4 done');
    await expect(first).toBeChecked();
    await expect.poll(() => ladder.focusedId()).toBe(firstId);

    await page.keyboard.press('Tab');
    await expect.poll(() => ladder.focusedId()).toBe(secondId);
    await page.keyboard.press('Space');
    await expect(ladder.progress).toHaveText('2 of 4 done');
    await expect(second).toBeChecked();
    await expect.poll(() => ladder.focusedId()).toBe(secondId);

    // And Space again unticks it.
    await page.keyboard.press('Space');
    await expect(ladder.progress).toHaveText('1 of 4 done');
    await expect(second).not.toBeChecked();
    await expect.poll(() => ladder.focusedId()).toBe(secondId);
  });
});

test.describe('layout', () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px wide the page does not scroll sideways with a card or a pair shown`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const ladder = new LadderPage(page);
      await ladder.openLadder();
      // With the checklist drawn too: the widest content of the screen at once.
      await ladder.seedMarks({ here: 'pm', target: 'cpo' });
      await expect(ladder.progress).toHaveText('0 of 25 done');
      expect(await ladder.sidewaysOverflow(), 'nothing chosen').toBeLessThanOrEqual(0);

      await ladder.rung('Head of Product').click();
      await expect(ladder.card).toHaveAccessibleName('Head of Product');
      expect(await ladder.sidewaysOverflow(), 'a card shown').toBeLessThanOrEqual(0);

      await ladder.rung('Head of Product').click();
      await ladder.rung('Product Manager').click();
      await ladder.rung('Chief Product Officer').click();
      await expect(ladder.whatChanges).toHaveAccessibleName('From Product Manager to Chief Product Officer');
      await expect(ladder.changesTable).toBeVisible();
      expect(await ladder.sidewaysOverflow(), 'a pair shown').toBeLessThanOrEqual(0);
      for (const locator of [ladder.changesTable, ladder.way, ladder.checklist, ...(await ladder.rungs.all())]) {
        const box = (await locator.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
    });
  }

  test('at 375 px the rungs are stacked, top rung first, the CEO above them', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    // Top to bottom on screen: the CEO, then from the Chief Product Officer down to Product Manager.
    const topDown = [
      'Chief Product Officer',
      'VP of Product',
      'Head of Product',
      'Director of Product Management',
      'Group Product Manager',
      'Principal Product Manager',
      'Senior Product Manager',
      'Product Manager',
    ];
    let above = (await ladder.ceo.boundingBox())!;
    for (const name of topDown) {
      const box = (await ladder.rung(name).boundingBox())!;
      expect(box.y, `${name} is below the one above it`).toBeGreaterThanOrEqual(above.y + above.height - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(box.height, `${name} is a comfortable touch target`).toBeGreaterThanOrEqual(44);
      above = box;
    }
    const cpo = (await ladder.rung('Chief Product Officer').boundingBox())!;
    const pm = (await ladder.rung('Product Manager').boundingBox())!;
    expect(cpo.y).toBeLessThan(pm.y);
    expect(await ladder.sidewaysOverflow()).toBeLessThanOrEqual(0);
  });
});

test('from a sub-path of a static host, choosing rungs and opening Compare stay under it', async ({ page }) => {
  const ladder = new LadderPage(page);
  await ladder.open('?view=ladder&v=1', SUB_PATH.slice(1));
  await expect(ladder.rungs).toHaveCount(RUNGS.length);
  await ladder.rung('Senior Product Manager').click();
  await ladder.rung('Group Product Manager').click();
  await ladder.expectSearch('?view=ladder&from=senior-pm&to=group-pm&v=1');
  expect(new URL(page.url()).pathname).toBe(SUB_PATH);
  await ladder.compareSideBySide.click();
  const compare = new ComparePage(page);
  await compare.expectSearch('?view=compare&roles=senior-pm,group-pm&v=1');
  expect(new URL(page.url()).pathname).toBe(SUB_PATH);
  await expect(compare.tableNamed('Senior Product Manager compared with Group Product Manager')).toBeVisible();
});

test('no errors in the console while using the ladder', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const ladder = new LadderPage(page);
  await ladder.openLadder();
  await ladder.rung('Senior Product Manager').click();
  await ladder.iAmHere.click();
  await ladder.rung('Chief Product Officer').click();
  await expect(ladder.whatChanges).toBeVisible();
  await ladder.rung('Chief Product Officer').click();
  await ladder.thisIsMyTarget.click();
  await ladder.checkboxes.first().check();
  await expect(ladder.progress).toHaveText(/^1 of \d+ done$/);
  await page.goBack();
  await page.goBack();
  await expect(ladder.card).toHaveAccessibleName('Senior Product Manager');
  expect(problems).toEqual([]);
});
