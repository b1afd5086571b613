// End-to-end: the app by keyboard alone. The skip link; focus on a view's heading when the
// person changes view (and not on the first load); one walk per view using only the keyboard
// (Tab, Shift+Tab, Enter, Space, arrows, Escape, typing), checking after every key that the
// focused element shows a visible focus indicator; and every tab stop of every screen showing one.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ComparePage } from './pages/compare-page';
import { LadderPage, MARKS_KEY } from './pages/ladder-page';
import { NOTES_KEY, NotesPage } from './pages/notes-page';

/** What is focused, and whether a sighted person can see it: an outline or a ring (box shadow)
 * that is not transparent, on an element that is on screen and not clipped away. A file input
 * made transparent inside its label button shows its focus on the label. */
async function focusSeen(page: Page): Promise<{ what: string; seen: boolean; why: string }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return { what: 'nothing (the page itself)', seen: false, why: 'no element is focused' };
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    let shown: HTMLElement = active;
    if (getComputedStyle(active).opacity === '0' && active.closest('label')) shown = active.closest('label')!;
    const style = getComputedStyle(shown);
    const transparent = (colour: string) => /rgba\(.*,\s*0\)$/.test(colour) || colour === 'transparent';
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const ring = style.boxShadow !== 'none';
    const rect = shown.getBoundingClientRect();
    const onScreen =
      rect.width > 2 && rect.height > 2 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
    const clipped = style.clipPath !== 'none' && style.clipPath !== '';
    const why = [
      outline || ring ? '' : `no outline (${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}) and no box shadow`,
      onScreen ? '' : `not on screen (${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)})`,
      clipped ? `clipped (${style.clipPath})` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return { what: name(active), seen: (outline || ring) && onScreen && !clipped, why };
  });
}

async function expectFocusSeen(page: Page, after: string): Promise<void> {
  const { what, seen, why } = await focusSeen(page);
  expect(seen, `after ${after}, the focus on ${what} is visible (${why})`).toBe(true);
}

/** Presses a key, then checks that wherever focus is, it can be seen. */
async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await expectFocusSeen(page, key);
}

interface Wanted {
  /** A CSS selector the focused element must match. */
  selector: string;
  /** Its visible text, if it matters (buttons and links of the same kind). */
  text?: string;
  /** Shift+Tab rather than Tab. */
  back?: boolean;
}

/** Tabs (or Shift+Tabs) until the focused element is the one wanted, checking every stop's focus. */
async function tabTo(page: Page, { selector, text, back = false }: Wanted, max = 80): Promise<void> {
  const key = back ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < max; i++) {
    await press(page, key);
    const found = await page.evaluate(
      ([selector, text]) => {
        const active = document.activeElement as HTMLElement | null;
        return !!active && active.matches(selector) && (text === null || active.innerText.trim() === text);
      },
      [selector, text ?? null] as const,
    );
    if (found) return;
  }
  throw new Error(`${key} ${max} times did not reach ${selector}${text ? ` “${text}”` : ''}`);
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

test.describe('the skip link', () => {
  for (const query of ['?view=compare&roles=pm,ceo&v=1', '?view=ladder&from=pm&v=1', '?view=notes&v=1']) {
    test(`is the first tab stop, shows when focused and moves focus to the view (${query})`, async ({ page }) => {
      const app = new AppPage(page);
      await app.open(query);
      const heading = await app.heading.textContent();
      const skip = page.getByRole('link', { name: 'Skip to content' });
      // Out of sight until it has focus.
      const hidden = await skip.boundingBox();
      expect(hidden!.width * hidden!.height).toBeLessThanOrEqual(1);

      await press(page, 'Tab');
      await expect(skip).toBeFocused();
      const shown = await skip.boundingBox();
      expect(shown!.width, 'the focused skip link is shown').toBeGreaterThan(60);
      expect(shown!.y).toBeGreaterThanOrEqual(0);

      await press(page, 'Enter');
      await expect(page.getByRole('main')).toBeFocused();
      await expect(app.heading).toHaveText(heading!);
      // The router did not take it for a link: the address is as it was, with no #main.
      expect(app.search()).toBe(query);
      expect(page.url()).not.toContain('#');

      // The next Tab goes on from the top of the view, not from the header.
      await press(page, 'Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    });
  }
});

test.describe('focus when the view changes', () => {
  test('stays where the browser puts it on the first load', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?view=ladder&v=1');
    await expect(app.heading).toHaveText('The career ladder');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test('moves to the new view’s heading after a navigation link, Back and Forward', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const heading = page.locator('h1#view-heading');

    await app.navLink('Ladder').click();
    await expect(app.heading).toHaveText('The career ladder');
    await expect(heading).toBeFocused();
    // After a click the heading shows no ring: it is not a control.
    const style = await heading.evaluate((h) => [getComputedStyle(h).outlineStyle, getComputedStyle(h).boxShadow]);
    expect(style).toEqual(['none', 'none']);

    await app.navLink('Notes').click();
    await expect(heading).toHaveText('Your notes');
    await expect(heading).toBeFocused();

    await page.goBack();
    await expect(heading).toHaveText('The career ladder');
    await expect(heading).toBeFocused();
    await page.goBack();
    await expect(heading).toHaveText('Compare roles');
    await expect(heading).toBeFocused();
    await page.goForward();
    await expect(heading).toHaveText('The career ladder');
    await expect(heading).toBeFocused();
  });

  test('by keyboard, the heading shows an outline, not a button’s ring', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await tabTo(page, { selector: '.view-link', text: 'Notes' });
    await press(page, 'Enter');
    await expect(app.heading).toHaveText('Your notes');
    await expect(page.locator('h1#view-heading')).toBeFocused();
    const style = await app.heading.evaluate((h) => [getComputedStyle(h).outlineStyle, getComputedStyle(h).boxShadow]);
    expect(style).toEqual(['solid', 'none']);
  });

  test('“Go to it” on a cell’s note opens the cell and puts focus in its note', async ({ page }) => {
    const notes = new NotesPage(page);
    await page.addInitScript(
      ([key, value]) => {
        if (!localStorage.getItem(key)) localStorage.setItem(key, value);
      },
      [
        NOTES_KEY,
        JSON.stringify({
          version: 1,
          notes: [{ id: '1-1', target: { kind: 'cell', role: 'ceo', dimension: 'budget' }, text: 'Budget.', created_at: 1, updated_at: 1 }],
        }),
      ] as const,
    );
    await notes.openNotes();
    await notes.item('CEO × P&L and budget').getByRole('link', { name: 'Go to it' }).click();
    await expect(notes.heading).toHaveText('Compare roles');
    await expect(page.locator('#cell-budget-ceo')).toHaveAttribute('aria-expanded', 'true');
    await expect(notes.editor('CEO × P&L and budget')).toBeFocused();
    await expect(notes.editor('CEO × P&L and budget')).toBeInViewport();
    await expect(notes.editor('CEO × P&L and budget')).toHaveValue('Budget.');
  });
});

test.describe('keyboard alone', () => {
  test('Compare: skip link, add a role, only differences, open and close a cell, a note, the navigation', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare();

    await press(page, 'Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await press(page, 'Enter');
    await expect(page.getByRole('main')).toBeFocused();

    // The role picker: an arrow key picks the next role, which is added at once.
    await tabTo(page, { selector: '#add-role' });
    await press(page, 'ArrowDown');
    await expect(compare.rolesList.getByRole('listitem')).toHaveCount(3);
    await expect(compare.addRole).toBeFocused();
    await expect(compare.addRole).toHaveValue('');

    await tabTo(page, { selector: '#only-differences' });
    await press(page, 'Space');
    await expect(compare.onlyDifferences).toBeChecked();
    await expect(page.locator('.hidden-count')).toContainText('hidden');
    expect(compare.search()).toContain('diff=1');

    // Into the matrix: one tab stop; arrows move it; Enter opens; Escape closes.
    await tabTo(page, { selector: 'button.cell' });
    const first = await activeId(page);
    await press(page, 'ArrowRight');
    const second = await activeId(page);
    expect(second).not.toBe(first);
    await press(page, 'ArrowDown');
    const opened = await activeId(page);
    expect(opened).not.toBe(second);
    await press(page, 'Enter');
    await expect(page.locator(`#${opened}`)).toHaveAttribute('aria-expanded', 'true');
    await expect(compare.detailHeading).toBeVisible();
    await expect(page.locator(`#${opened}`)).toBeFocused();

    // The note box is the next tab stop, in the opened row.
    await tabTo(page, { selector: '.detail textarea' });
    await page.keyboard.type('Written without a mouse.');
    await expectFocusSeen(page, 'typing');
    await expect(page.locator('.detail .note-status')).toHaveText('Saved in this browser');

    await press(page, 'Escape');
    await expect(compare.detail).toHaveCount(0);
    await expect(page.locator(`#${opened}`)).toBeFocused();
    await expect(page.locator(`#${opened}`)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator(`#${opened}`)).toContainText('✎ note');

    // The navigation, back up the page: to the Ladder and back to Compare as it was left.
    await tabTo(page, { selector: '.view-link', text: 'Ladder', back: true });
    await press(page, 'Enter');
    await expect(compare.heading).toHaveText('The career ladder');
    await expect(page.locator('h1#view-heading')).toBeFocused();
    await expectFocusSeen(page, 'going to the Ladder');
    await tabTo(page, { selector: '.view-link', text: 'Compare', back: true });
    await press(page, 'Enter');
    await expect(compare.heading).toHaveText('Compare roles');
    await expect(page.locator('h1#view-heading')).toBeFocused();
    await expect(compare.onlyDifferences).toBeChecked();
    await expect(compare.rolesList.getByRole('listitem')).toHaveCount(3);
  });

  test('Ladder: choose two rungs, mark “I am here” and a target, tick the checklist', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();

    await tabTo(page, { selector: '#rung-pm' });
    await press(page, 'Enter');
    await expect(ladder.card).toHaveAccessibleName('Product Manager');
    await expect(page.locator('#rung-pm')).toBeFocused();

    await tabTo(page, { selector: '.mark-buttons button', text: 'I am here' });
    await press(page, 'Space');
    await expect(ladder.iAmHere).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.rung('Product Manager')).toContainText('You are here');

    // A second rung: what changes between the two.
    await tabTo(page, { selector: '#rung-cpo', back: true });
    await press(page, 'Enter');
    await expect(ladder.whatChanges).toHaveAccessibleName('From Product Manager to Chief Product Officer');
    await expect(ladder.changesTable).toBeVisible();
    await ladder.expectSearch('?view=ladder&from=pm&to=cpo&v=1');

    // The target: the CPO's own card.
    await press(page, 'Enter');
    await expect(ladder.card).toHaveAccessibleName('Chief Product Officer');
    await tabTo(page, { selector: '.mark-buttons button', text: 'This is my target' });
    await press(page, 'Enter');
    await expect(ladder.thisIsMyTarget).toHaveAttribute('aria-pressed', 'true');
    await expect(ladder.progress).toHaveText('0 of 25 done');

    await tabTo(page, { selector: '.checklist-items input[type="checkbox"]' });
    await press(page, 'Space');
    await expect(ladder.progress).toHaveText('1 of 25 done');
    await expect(ladder.checkboxes.first()).toBeChecked();
    await expect(ladder.checkboxes.first()).toBeFocused();
    expect(JSON.parse((await ladder.stored(MARKS_KEY))!)).toMatchObject({ here: 'pm', target: 'cpo', ticked: ['pm:0'] });
  });

  test('Notes: write notes of one’s own, search them, export them', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.openNotes();

    for (const text of ['Ask my mentor about the next rung.', 'Read the CPO interview write-ups.']) {
      await tabTo(page, { selector: '#new-note' });
      await page.keyboard.type(text);
      await tabTo(page, { selector: 'button[type="submit"]' });
      await press(page, 'Enter');
      await expect(notes.said).toHaveText('Note added.');
      await expect(notes.newNote).toHaveValue('');
      // Back to the top of the view for the next one.
      await tabTo(page, { selector: '#notes-search', back: true });
    }
    await expect(notes.count).toHaveText('2 of 2 notes');

    await expect(notes.searchBox).toBeFocused();
    await page.keyboard.type('mentor');
    await expect(notes.count).toHaveText('1 of 2 notes');
    await expect(notes.items).toHaveCount(1);

    await tabTo(page, { selector: 'button', text: 'Export Markdown' });
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Enter')]);
    expect(download.suggestedFilename()).toBe('pm-compass-notes.md');
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('Ask my mentor about the next rung.');
    expect(markdown).toContain('Read the CPO interview write-ups.');
  });
});

/** Every screen, with as many controls on show as it can have. */
const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'Compare with a cell open, a role note open and a notice',
    open: async (page) => {
      const compare = new ComparePage(page);
      await compare.open('?view=compare&roles=pm,cpo,ceo&open=budget.ceo&utm=x');
      await expect(compare.detailHeading).toBeVisible();
      await expect(compare.notice).toBeVisible();
    },
  },
  {
    name: 'Compare with a verdict open and the link to copy by hand',
    open: async (page) => {
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
      });
      const compare = new ComparePage(page);
      await compare.openCompare('?view=compare&roles=pm,ceo&open=hiring.verdict&pin=hiring&v=1');
      await compare.copyLink.click();
      await expect(compare.manualLink).toBeVisible();
    },
  },
  {
    name: 'the Ladder with a card and the checklist',
    open: async (page) => {
      await page.addInitScript(
        ([key, value]) => localStorage.setItem(key, value),
        [MARKS_KEY, JSON.stringify({ version: 1, here: 'pm', target: 'senior-pm', ticked: [] })] as const,
      );
      await new LadderPage(page).openLadder('?view=ladder&from=pm&v=1');
    },
  },
  {
    name: 'the Ladder with a pair',
    open: async (page) => {
      await new LadderPage(page).openLadder('?view=ladder&from=pm&to=group-pm&v=1');
    },
  },
  {
    name: 'Notes with notes, a deleted one to undo, and unreadable ladder markers',
    open: async (page) => {
      const at = 1_760_000_000_000;
      await page.addInitScript(
        ([key, value]) => localStorage.setItem(key, value),
        [
          NOTES_KEY,
          JSON.stringify({
            version: 1,
            notes: [
              { id: `${at}-1`, target: { kind: 'cell', role: 'ceo', dimension: 'budget' }, text: 'A cell.', created_at: at, updated_at: at },
              { id: `${at}-2`, target: { kind: 'standalone' }, text: 'My own.', created_at: at, updated_at: at },
              { id: `${at}-3`, target: { kind: 'rung', rung: 'cpo' }, text: 'A rung.', created_at: at, updated_at: at },
            ],
          }),
        ] as const,
      );
      const notes = new NotesPage(page);
      await notes.openNotes();
      await notes.item('Standalone note').getByRole('button', { name: 'Delete' }).click();
      await expect(notes.undo).toBeVisible();
    },
  },
  {
    name: 'the notice about unreadable notes',
    open: async (page) => {
      await page.addInitScript(([key]) => localStorage.setItem(key, 'not json'), [NOTES_KEY] as const);
      const notes = new NotesPage(page);
      await notes.openNotes();
      await expect(notes.storeAlert).toBeVisible();
    },
  },
];

for (const width of [375, 1280]) {
  for (const screen of SCREENS) {
    test(`every tab stop shows its focus: ${screen.name} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await screen.open(page);
      const expected = await page.evaluate(() => {
        // Inside a closed <details>, only its summary can take focus.
        const folded = (el: Element) => el.tagName !== 'SUMMARY' && !!el.closest('details:not([open])');
        const all = document.querySelectorAll<HTMLElement>(
          'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]',
        );
        return [...all].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && !folded(el)).length;
      });
      // Start from the top, at the skip link, and by keyboard, so that :focus-visible applies as
      // it would for a person (the setup may have clicked, and may have left focus deep in the page).
      const skip = page.getByRole('link', { name: 'Skip to content' });
      await skip.focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(skip).toBeFocused();
      const seen = new Set<string>();
      let stops = 0;
      for (;;) {
        const at = await page.evaluate(() => {
          const active = document.activeElement;
          if (!active || active === document.body) return null;
          const path: string[] = [];
          for (let el: Element | null = active; el && el !== document.body; el = el.parentElement) {
            path.unshift(`${el.tagName}:${[...(el.parentElement?.children ?? [])].indexOf(el)}`);
          }
          return path.join('/');
        });
        if (at === null || seen.has(at)) break;
        seen.add(at);
        stops += 1;
        await expectFocusSeen(page, `${stops - 1} presses of Tab from the skip link`);
        expect(stops, 'Tab comes to an end').toBeLessThan(200);
        await page.keyboard.press('Tab');
      }
      const missed = await page.evaluate((seen) => {
        const pathOf = (active: Element) => {
          const path: string[] = [];
          for (let el: Element | null = active; el && el !== document.body; el = el.parentElement) {
            path.unshift(`${el.tagName}:${[...(el.parentElement?.children ?? [])].indexOf(el)}`);
          }
          return path.join('/');
        };
        const folded = (el: Element) => el.tagName !== 'SUMMARY' && !!el.closest('details:not([open])');
        const all = document.querySelectorAll<HTMLElement>(
          'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]',
        );
        return [...all]
          .filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && !folded(el) && !seen.includes(pathOf(el)))
          .map((el) => el.outerHTML.slice(0, 120));
      }, [...seen]);
      expect(missed, 'controls Tab never reached').toEqual([]);
      expect(stops, 'Tab reaches every control on the page').toBe(expected);
    });
  }
}
