// End-to-end: what a new user met in their first week, each at the width where it happened: the
// ladder's marking, every step up changing something, the matrix scrolling with the page, a cell
// opened on a phone, notes found again and shown whole, the ladder's link, and the wording.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ComparePage } from './pages/compare-page';
import { LadderPage } from './pages/ladder-page';
import { NotesPage } from './pages/notes-page';
import { DIMENSION_COUNT } from './pages/knowledge';
import { expectNoAxeViolations } from './axe';

const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 800 };

/** Whether the whole of an element is inside the window. */
async function wholyInView(page: Page, locator: Locator): Promise<boolean> {
  const box = (await locator.boundingBox())!;
  const height = page.viewportSize()!.height;
  return box.y >= -1 && box.y + box.height <= height + 1;
}

test.describe('the ladder, as its hint says (1280 px)', () => {
  test.use({ viewport: DESKTOP });

  test('mark “I am here” on one rung, open another, mark “This is my target”: the path appears where you are', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await expect(ladder.checklist).toContainText(
      'Open the rung you are on and mark “I am here”, then open the rung you aim for and mark “This is my target”',
    );
    await ladder.rung('Product Manager').click();
    await ladder.iAmHere.click();
    await expect(ladder.iAmHere).toHaveAttribute('aria-pressed', 'true');

    // Opening another rung shows the two side by side, with the target's button among them.
    await ladder.rung('Director of Product Management').click();
    await expect(ladder.whatChanges).toBeVisible();
    const here = ladder.whatChanges.getByRole('button', { name: 'I am here: Product Manager' });
    const target = ladder.whatChanges.getByRole('button', { name: 'This is my target: Director of Product Management' });
    await expect(here).toHaveAttribute('aria-pressed', 'true');
    await expect(target).toHaveAttribute('aria-pressed', 'false');
    await target.click();
    await expect(target).toHaveAttribute('aria-pressed', 'true');

    // The person sees that it worked right where they clicked, and the way down to the checklist.
    const set = ladder.whatChanges.locator('.path-set');
    await expect(set.getByRole('status')).toHaveText(
      /^Your path is set: Product Manager to Director of Product Management, \d+ things to learn on the way\.$/,
    );
    await expect(set.getByRole('status').getByRole('button')).toHaveCount(0);
    await expect(set).toBeInViewport();
    await expect(ladder.rungNode('Senior Product Manager')).toHaveClass(/on-path/);
    await set.getByRole('button', { name: 'See your path and checklist' }).click();
    const heading = ladder.checklist.getByRole('heading', { name: 'Your path' });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(ladder.checklistWay).toHaveText(
      'Product Manager → Senior Product Manager → Group Product Manager → Director of Product Management.',
    );
    await expect(ladder.checkboxes.first()).toBeInViewport();
    const [, count] = (await set.textContent())!.match(/, (\d+) things/)!;
    await expect(ladder.checkboxes).toHaveCount(Number(count));
    await expectNoAxeViolations(page, 'the ladder with a path marked on a pair of rungs');
  });

  test('every step up the ladder changes something, the first one too', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder('?view=ladder&from=pm&to=senior-pm&v=1');
    await expect(ladder.changesHeading).toHaveText(`What changes (4 of ${DIMENSION_COUNT} dimensions)`);
    await expect(ladder.changesTable.getByRole('rowheader')).toHaveText(['Time horizon', 'Size of the bets', 'Autonomy', 'Coaching others']);
    for (const [from, to] of [
      ['senior-pm', 'principal-pm'],
      ['senior-pm', 'group-pm'],
      ['group-pm', 'director-pm'],
      ['director-pm', 'head-of-product'],
      ['head-of-product', 'vp-product'],
      ['vp-product', 'cpo'],
    ]) {
      await ladder.openLadder(`?view=ladder&from=${from}&to=${to}&v=1`);
      const rows = await ladder.changesTable.getByRole('rowheader').count();
      expect(rows, `${from} → ${to} changes at least two dimensions`).toBeGreaterThanOrEqual(2);
    }

    // "Only differences" for the comparison most product managers try first is not empty.
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,senior-pm&diff=1&v=1');
    await expect(compare.rowHeaders).toHaveCount(4);
  });

  test('the ladder has Copy link, and its fork is drawn joined to the main rail', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const ladder = new LadderPage(page);
    await ladder.openLadder('?view=ladder&from=pm&to=senior-pm&v=1');
    await ladder.whatChanges.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).search).toBe('?view=ladder&from=pm&to=senior-pm&v=1');

    // The branch's line runs from the Principal PM rung to the middle of the main column.
    const principal = ladder.rungNode('Principal Product Manager');
    const senior = (await ladder.rungNode('Senior Product Manager').boundingBox())!;
    const line = await principal.evaluate((node) => {
      const style = getComputedStyle(node, '::before');
      return { left: parseFloat(style.left), width: parseFloat(style.width), right: style.borderRightWidth, bottom: style.borderBottomWidth };
    });
    const box = (await principal.boundingBox())!;
    expect(line.right).toBe('3px');
    expect(line.bottom).toBe('3px');
    expect(Math.abs(box.x + line.left - (senior.x + senior.width / 2))).toBeLessThanOrEqual(3);
    expect(Math.abs(box.x + line.left + line.width - (box.x + box.width / 2))).toBeLessThanOrEqual(3);
  });
});

test.describe('the matrix on a desktop (1280 px)', () => {
  test.use({ viewport: DESKTOP });

  test('scrolls with the page, one scrollbar, its header held at the top of the window', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,senior-pm,cpo,ceo&v=1');
    const own = await compare.matrixScroll.evaluate((box) => ({
      inner: box.scrollHeight - box.clientHeight,
      overflowY: getComputedStyle(box).overflowY,
    }));
    expect(own, 'the matrix has no scroll box of its own').toEqual({ inner: 0, overflowY: 'visible' });

    await page.evaluate(() => window.scrollTo(0, 2500));
    const header = compare.column('Product Manager');
    await expect.poll(async () => (await header.boundingBox())!.y).toBeLessThanOrEqual(1);
    expect((await header.boundingBox())!.y).toBeGreaterThanOrEqual(-1);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);

    // An explanation opened low in the table is shown whole, not squeezed into a box.
    const cell = await compare.cell('Coaching others', 'CEO');
    await cell.click();
    await expect(compare.detailHeading).toHaveText('CEO: Coaching others');
    await compare.detail.scrollIntoViewIfNeeded();
    expect(await wholyInView(page, compare.detail)).toBe(true);
    expect(await compare.matrixScroll.evaluate((box) => box.scrollHeight - box.clientHeight)).toBe(0);
  });

  test('Tab leaves the matrix at once: its Pin buttons are reached with the arrow keys', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();
    await expect(compare.table.locator('button[tabindex="0"]')).toHaveCount(1);
    await expect(compare.table.locator('.pin-button[tabindex="-1"]')).toHaveCount(DIMENSION_COUNT);
    const first = await compare.cell('Scope of responsibility', 'Product Manager');
    await first.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(compare.pin('Scope of responsibility')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(compare.pin('Scope of responsibility')).toHaveAttribute('aria-pressed', 'true');
    await expect(compare.pin('Scope of responsibility')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('table')), 'focus has left the table').toBe(false);
  });
});

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: PHONE });

  test('the first screen reaches the matrix', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&v=1');
    const caption = (await compare.table.locator('caption').boundingBox())!;
    expect(caption.y + caption.height, 'the matrix starts on the first screen').toBeLessThanOrEqual(PHONE.height);
    await expect(compare.verdictSummary).toBeInViewport();
  });

  test('opening a card brings its explanation into view, focused; Close goes back to the card', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,senior-pm,cpo,ceo&v=1');
    const card = await compare.cell('Scope of responsibility', 'Senior Product Manager');
    await card.scrollIntoViewIfNeeded();
    await card.click();
    await expect(compare.detailHeading).toHaveText('Senior Product Manager: Scope of responsibility');
    await expect(compare.detailHeading).toBeInViewport();
    await expect(page.locator('#detail-scope')).toBeFocused();
    await expectNoAxeViolations(page, 'a phone with a card’s explanation opened');
    await compare.closeDetail.click();
    await expect(card).toBeFocused();
    await expect(card).toBeInViewport();
  });

  test('a link that opens a cell shows its explanation, focused', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,senior-pm,cpo,ceo&open=scope.ceo&v=1');
    await expect(compare.detailHeading).toHaveText('CEO: Scope of responsibility');
    await expect(page.locator('#detail-scope')).toBeFocused();
    await expect(compare.detailHeading).toBeInViewport();
  });

  test('the ladder’s table wraps between words, never inside one', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder('?view=ladder&from=pm&to=cpo&v=1');
    await expect(ladder.changesTable).toBeVisible();
    const split = await ladder.changesTable.evaluate((table) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
      return broken;
    });
    expect(split, 'words broken across lines').toEqual([]);
    expect(await ladder.sidewaysOverflow()).toBeLessThanOrEqual(0);
    const table = (await ladder.changesTable.boundingBox())!;
    const panel = (await ladder.whatChanges.boundingBox())!;
    expect(table.x + table.width, 'the table stays inside its panel').toBeLessThanOrEqual(panel.x + panel.width);
  });
});

test.describe('notes found again and shown whole', () => {
  test.use({ viewport: DESKTOP });

  test('“Go to it” lands on a role note, open, in view and focused', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.open('?view=compare&roles=pm,ceo&v=1');
    const roleNote = page.locator('details.role-note').filter({ has: page.locator('summary', { hasText: /^CEO/ }) });
    await roleNote.locator('summary').click();
    await notes.writeNote('CEO', 'The CEO answers to a board; I answer to a VP.');
    await notes.navLink('Notes').click();
    await notes.item('Role: CEO').getByRole('link', { name: 'Go to it' }).click();
    await expect(notes.heading).toHaveText('Compare roles');
    await expect(roleNote).toHaveAttribute('open', '');
    await expect(notes.editor('CEO')).toBeFocused();
    await expect(notes.editor('CEO')).toBeInViewport();
    await expect(notes.editor('CEO')).toHaveValue('The CEO answers to a board; I answer to a VP.');
  });

  test('“Go to it” lands on a step note on the way between two rungs', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.open('?view=ladder&from=pm&to=director-pm&v=1');
    const about = 'the step Group Product Manager → Director of Product Management';
    await notes.writeNote(about, 'Ask to run the quarterly planning once.');
    await notes.navLink('Notes').click();
    await notes
      .item('Step: Group Product Manager → Director of Product Management')
      .getByRole('link', { name: 'Go to it' })
      .click();
    await expect(notes.heading).toHaveText('The career ladder');
    await expect(notes.editor(about)).toBeFocused();
    await expect(notes.editor(about)).toBeInViewport();
  });

  test('a long note is shown whole in the list and on paper, and the Notes view prints', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.openNotes();
    const long = Array.from({ length: 9 }, (_, i) => `Point ${i + 1}: what my manager said about owning the roadmap for the whole quarter and more.`).join('\n');
    await notes.newNote.fill(long);
    await notes.addNote.click();
    const box = notes.itemText('Standalone note');
    await expect(box).toHaveValue(long);
    const hidden = () => box.evaluate((area) => area.scrollHeight - area.clientHeight);
    expect(await hidden(), 'no part of the note is scrolled out of its box').toBeLessThanOrEqual(1);
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'Notes with a long note and the Print button');
    // On paper the note is its text, flowing over pages (notes-print.spec.ts reads the PDF back).
    await page.emulateMedia({ media: 'print' });
    await expect(box).toBeHidden();
    const printed = notes.item('Standalone note').locator('.note-printed');
    await expect(printed).toBeVisible();
    expect(await printed.textContent()).toBe(long);
    await expect(notes.newNote).toBeHidden();
  });
});

test.describe('wording', () => {
  test.use({ viewport: DESKTOP });

  test('a notice names what the page shows, in one sentence a problem', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,pm,ceo&open=budget.cpo&v=1');
    await expect(compare.notice).toHaveText(
      'Product Manager is in this link twice; it is shown once. This link opens P&L and budget for Chief Product ' +
        'Officer, who is not in this comparison, so no cell is open.',
    );
    await expect(compare.notice).not.toContainText('“pm”');
    await expect(compare.notice).not.toContainText('ignored');
  });

  test('a theme of one dimension says what the analogy does on it', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,ceo&theme=career&v=1');
    await expect(compare.verdictSummary).toHaveText(/^In Career: The mini-CEO analogy (holds|partly holds|breaks) on this theme's one dimension\.$/);
  });

  test('after choosing a theme, “System” follows the device again', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const compare = new ComparePage(page);
    await compare.openCompare();
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    const system = page.getByRole('button', { name: /^System theme/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(system).toHaveCount(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expectNoAxeViolations(page, 'the header with the System theme button');
    await system.focus();
    await page.keyboard.press('Enter');
    await expect(toggle, 'focus stays in the header when the button goes').toBeFocused();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => localStorage.getItem('pm-compass.theme'))).toBeNull();
    await expect(system).toHaveCount(0);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });
});
