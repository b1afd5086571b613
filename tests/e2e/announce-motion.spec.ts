// End-to-end: what screen readers are told without moving focus (live regions: present before
// anything appears in them, saying what changed once and briefly, errors as alerts), and the
// person's wish for less motion (no transitions, no smooth scrolling).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ComparePage } from './pages/compare-page';
import { LadderPage } from './pages/ladder-page';
import { NOTES_KEY, NotesPage } from './pages/notes-page';

/** Whether an element is in the accessibility tree now (not display: none, nor inside it). */
async function inTree(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.checkVisibility());
}

/** Counts changes to the text of `locator` from now on; read the count with `changes()`. */
async function watchText(page: Page, locator: Locator): Promise<() => Promise<number>> {
  const key = `watch${Math.random().toString(36).slice(2)}`;
  await locator.evaluate((el, key) => {
    const w = window as unknown as Record<string, number>;
    w[key] = 0;
    new MutationObserver((records) => {
      w[key] += records.length;
    }).observe(el, { childList: true, characterData: true, subtree: true });
  }, key);
  return () => page.evaluate((key) => (window as unknown as Record<string, number>)[key], key);
}

const CELL_LINK = '?view=compare&roles=pm,ceo&open=budget.ceo&v=1';
const CELL = 'CEO × P&L and budget';

test.describe('live regions', () => {
  test('are in the page, empty and in the accessibility tree, before anything appears in them', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare(CELL_LINK);
    for (const selector of [
      '.app-status[role="status"]',
      '.notice-slot[role="status"]',
      '.conflict-slot[role="status"]',
      '.share-status[role="status"]',
      '.hidden-count[aria-live="polite"]',
      '.verdict-summary[aria-live="polite"]',
      '.note-editor [role="status"]',
    ]) {
      const region = page.locator(selector).first();
      await expect(region, selector).toHaveCount(1);
      expect(await inTree(region), `${selector} is in the accessibility tree`).toBe(true);
    }
    await expect(page.locator('.share-status')).toHaveText('');

    const notes = new NotesPage(page);
    await notes.navLink('Notes').click();
    for (const selector of ['.notes-said[role="status"]', '.notes-undo-slot[role="status"]']) {
      const region = page.locator(selector);
      await expect(region, selector).toHaveCount(1);
      expect(await inTree(region), `${selector} is in the accessibility tree`).toBe(true);
    }

    await notes.navLink('Ladder').click();
    const panelStatus = page.locator('.ladder-layout > [role="status"]');
    expect(await inTree(panelStatus)).toBe(true);
  });

  test('“Link copied” is said by a status that was there all along', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const compare = new ComparePage(page);
    await compare.openCompare();
    const status = page.getByRole('status').and(page.locator('.share-status'));
    await expect(status).toHaveCount(1);
    await expect(status).toHaveText('');
    await compare.copyLink.click();
    await expect(status).toHaveText('Link copied. Anyone who opens it sees this view.');
  });

  test('the offline line appears in a status that was there all along', async ({ page, context }) => {
    const app = new AppPage(page);
    await app.open();
    const status = page.getByRole('status').and(page.locator('.app-status'));
    await expect(status).toHaveCount(1);
    await context.setOffline(true);
    await expect(status).toContainText('You are offline.');
    await context.setOffline(false);
    await expect(status).toHaveText('');
  });

  test('a note being typed says “Saved” once, politely, not “Saving…” at every pause', async ({ page }) => {
    const notes = new NotesPage(page);
    await notes.open(CELL_LINK);
    const editor = page.locator('.note-editor').filter({ has: notes.editor(CELL) });
    const heard = editor.getByRole('status');
    const shown = notes.editorStatus(CELL);
    // The visible line is not itself announced: it changes at every pause in typing.
    await expect(shown).not.toHaveAttribute('role');
    await expect(shown).not.toHaveAttribute('aria-live');
    await expect(heard).toHaveText('');

    await notes.editor(CELL).pressSequentially('First');
    await expect(shown).toHaveText('Saved in this browser');
    await expect(heard).toHaveText('Saved');

    // More typing, more saves: nothing more is said.
    const changes = await watchText(page, heard);
    for (const more of [' words', ' and more']) {
      await notes.editor(CELL).pressSequentially(more);
      await expect.poll(async () => (await notes.stored()) ?? '').toContain(more);
      await expect(shown).toHaveText('Saved in this browser');
    }
    expect(await changes()).toBe(0);
    await expect(heard).toHaveText('Saved');

    // Coming back to the box later, the first save is said again.
    await notes.editor(CELL).blur();
    await notes.editor(CELL).focus();
    await expect(heard).toHaveText('');
    await notes.editor(CELL).pressSequentially('.');
    await expect(heard).toHaveText('Saved');
  });

  test('a note that cannot be saved raises one alert, in the box being typed in, kept while typing goes on', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const notes = new NotesPage(page);
    // Several editors on screen at once: one for each step of the way.
    await notes.open('?view=ladder&from=pm&to=director-pm&v=1');
    const editors = page.locator('.note-editor');
    expect(await editors.count()).toBeGreaterThan(1);
    const first = editors.first();
    await first.getByRole('textbox').pressSequentially('Cannot be kept');
    const alert = first.getByRole('alert');
    await expect(alert).toHaveText('Not saved: this browser is refusing to store notes.');
    // The other editors show the same line, without alerting.
    await expect(page.locator('.note-editor [role="alert"]')).toHaveCount(1);
    await expect(editors.nth(1).locator('.note-status')).toHaveText('Not saved: this browser is refusing to store notes.');
    // Nothing "Saved" is said.
    await expect(first.getByRole('status')).toHaveText('');

    // Typing on: the same alert stays, rather than a new one at every pause.
    await alert.evaluate((el) => el.setAttribute('data-first-alert', ''));
    await first.getByRole('textbox').pressSequentially(' still');
    await page.waitForTimeout(800);
    await expect(first.locator('[role="alert"][data-first-alert]')).toHaveCount(1);
  });

  test('the ladder says in a few words what the panel now shows', async ({ page }) => {
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    const status = page.locator('.ladder-layout > [role="status"]');
    await expect(ladder.panel).not.toHaveAttribute('aria-live');
    await expect(status).toHaveText('');
    await ladder.rung('Product Manager').click();
    await expect(status).toHaveText('Showing Product Manager.');
    await ladder.rung('Chief Product Officer').click();
    await expect(status).toHaveText('Showing what changes from Product Manager to Chief Product Officer.');
  });

  test('deleting a note is said by a status that was there before', async ({ page }) => {
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [
        NOTES_KEY,
        JSON.stringify({
          version: 1,
          notes: [{ id: '1-1', target: { kind: 'standalone' }, text: 'Mine.', created_at: 1, updated_at: 1 }],
        }),
      ] as const,
    );
    const notes = new NotesPage(page);
    await notes.openNotes();
    const status = page.getByRole('status').and(page.locator('.notes-undo-slot'));
    await expect(status).toHaveCount(1);
    await notes.items.first().getByRole('button', { name: 'Delete' }).click();
    await expect(status).toContainText('Note deleted.');
    await expect(status.getByRole('button', { name: 'Undo' })).toBeVisible();
  });

  test('a search says how many notes it found', async ({ page }) => {
    const at = 1_760_000_000_000;
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key, value),
      [
        NOTES_KEY,
        JSON.stringify({
          version: 1,
          notes: [
            { id: `${at}-1`, target: { kind: 'standalone' }, text: 'About a mentor.', created_at: at, updated_at: at },
            { id: `${at}-2`, target: { kind: 'standalone' }, text: 'About a budget.', created_at: at, updated_at: at },
          ],
        }),
      ] as const,
    );
    const notes = new NotesPage(page);
    await notes.openNotes();
    await notes.searchBox.fill('mentor');
    await expect(page.getByRole('status').filter({ hasText: /of 2 notes/ })).toHaveText('1 of 2 notes');
  });
});

test.describe('reduced motion', () => {
  /** Records how every scrollIntoView was asked to scroll. */
  async function recordScrolls(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const scrolls: string[] = [];
      (window as unknown as { scrolls: string[] }).scrolls = scrolls;
      const original = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (options?: boolean | ScrollIntoViewOptions) {
        scrolls.push(typeof options === 'object' ? String(options.behavior) : String(options));
        original.call(this, options);
      };
    });
  }
  const scrolls = (page: Page) => page.evaluate(() => (window as unknown as { scrolls: string[] }).scrolls);
  const LOW_CELL = '?view=compare&roles=pm,ceo&open=skills.ceo&v=1';

  test('with no preference, the switch moves and scrolling follows the page’s CSS', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await recordScrolls(page);
    const compare = new ComparePage(page);
    await compare.openCompare(LOW_CELL);
    await expect(page.locator('#cell-skills-ceo')).toBeFocused();
    const duration = await compare.onlyDifferences.evaluate((el) => getComputedStyle(el, '::after').transitionDuration);
    expect(duration).toBe('0.15s');
    expect(await scrolls(page)).toEqual(['auto']);
  });

  test('when the person prefers reduced motion, nothing transitions and scrolling is instant', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await recordScrolls(page);
    const compare = new ComparePage(page);
    await compare.openCompare(LOW_CELL);
    await expect(page.locator('#cell-skills-ceo')).toBeFocused();
    const duration = await compare.onlyDifferences.evaluate((el) => getComputedStyle(el, '::after').transitionDuration);
    expect(duration).toBe('0s');
    expect(await scrolls(page)).toEqual(['instant']);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    // Every element, not only the switch.
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => {
          const style = getComputedStyle(el);
          return parseFloat(style.transitionDuration) > 0 || parseFloat(style.animationDuration) > 0;
        })
        .map((el) => el.tagName),
    );
    expect(moving).toEqual([]);

    // The skip link and a rung's panel on a phone scroll at once too.
    await page.setViewportSize({ width: 375, height: 700 });
    const ladder = new LadderPage(page);
    await ladder.openLadder();
    await ladder.rung('Product Manager').click();
    await expect(ladder.card).toBeVisible();
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    const all = await scrolls(page);
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all)).toEqual(new Set(['instant']));
  });
});
