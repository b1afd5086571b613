// End-to-end accessibility: axe-core (WCAG 2.0 and 2.1, A and AA, and its best practices) on
// every view and state of the release build, every notice and status line, at phone and desktop
// widths, in the light and the dark colour scheme. Any violation fails the test, and the message
// lists each rule, its impact, the elements it found and what to do.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { expectNoAxeViolations } from './axe';
import { AssessPage, ASSESSMENT_KEY, PM_ANSWERS, storedAssessment } from './pages/assess-page';
import { ComparePage } from './pages/compare-page';
import { LadderPage, MARKS_KEY } from './pages/ladder-page';
import { NOTES_KEY, NOTES_QUERY, NotesPage } from './pages/notes-page';


/** Stored notes of every kind, in the stored format (src/model/notes/format.rs). */
function seededNotes(): string {
  const at = Date.UTC(2026, 0, 15, 9, 30);
  const note = (n: number, target: Record<string, string>, text: string) => ({
    id: `${at + n}-${n}`,
    target,
    text,
    created_at: at + n * 60_000,
    updated_at: at + n * 60_000,
  });
  return JSON.stringify({
    version: 1,
    notes: [
      note(1, { kind: 'cell', role: 'ceo', dimension: 'budget' }, 'My CEO owns the P&L; I own a feature budget.'),
      note(2, { kind: 'dimension', dimension: 'hiring' }, 'I interview but do not decide.'),
      note(3, { kind: 'role', role: 'cpo' }, 'The CPO answers to the CEO, not the board.'),
      note(4, { kind: 'rung', rung: 'group-pm' }, 'Ask about the GPM interview loop.'),
      note(5, { kind: 'step', from: 'pm', to: 'senior-pm' }, 'Ask for a bigger scope.'),
      note(6, { kind: 'standalone' }, 'A mentor said: write more, decide faster.'),
      note(7, { kind: 'rung', rung: 'no-such-rung' }, 'A note whose item is gone.'),
    ],
  });
}

/** Puts a value in local storage before the app starts, on every page load of the context. */
async function seed(page: Page, key: string, value: string): Promise<void> {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [key, value] as const);
}

/** Makes local storage refuse every write, as a full disk or a strict private window does. */
async function refuseStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

interface State {
  name: string;
  show: (page: Page, context: BrowserContext) => Promise<void>;
}

const STATES: State[] = [
  {
    name: 'Compare, as it opens',
    show: async (page) => {
      await new ComparePage(page).openCompare();
    },
  },
  {
    name: 'Compare with a cell open',
    show: async (page) => {
      const compare = new ComparePage(page);
      await compare.openCompare('?view=compare&roles=pm,ceo&open=budget.ceo&v=1');
      await expect(compare.detailHeading).toHaveText('CEO: P&L and budget');
    },
  },
  {
    name: 'Compare with a verdict open',
    show: async (page) => {
      const compare = new ComparePage(page);
      await compare.openCompare('?view=compare&roles=pm,ceo&open=budget.verdict&v=1');
      await expect(compare.detail.getByRole('heading', { name: 'The case for' })).toBeVisible();
    },
  },
  {
    name: 'Compare with four roles',
    show: async (page) => {
      const compare = new ComparePage(page);
      await compare.openCompare('?view=compare&roles=pm,senior-pm,cpo,ceo&v=1');
      await expect(compare.columnNames).toHaveCount(5);
      await expect(compare.addRole).toBeDisabled();
    },
  },
  {
    name: 'Compare with only differences, rows hidden',
    show: async (page) => {
      const compare = new ComparePage(page);
      await compare.openCompare('?view=compare&roles=cpo,ceo&diff=1&v=1');
      await expect(compare.hiddenCount).toHaveText('6 rows hidden where the roles are level.');
    },
  },
  {
    name: 'Compare read for an organisation, what it means opened, a changed verdict opened',
    show: async (page) => {
      const compare = new ComparePage(page);
      await compare.openCompare('?view=compare&roles=pm,ceo&org=silos&open=strategy.verdict&v=1');
      await expect(compare.detail.locator('.context-reading')).toBeVisible();
      await page.getByText('What “Functional silos” means here').click();
      await expect(page.locator('.context-summary')).toBeVisible();
    },
  },
  {
    name: 'Compare filtered to a theme, a row pinned',
    show: async (page) => {
      const compare = new ComparePage(page);
      await compare.openCompare('?view=compare&roles=pm,ceo&theme=authority&pin=hiring&v=1');
      await expect(compare.groupHeaders).toHaveText(['Pinned', 'Authority']);
    },
  },
  {
    name: 'Compare with an open cell its theme filter hides, and “Show it”',
    show: async (page) => {
      await new ComparePage(page).openCompare('?view=compare&roles=pm,ceo&open=budget.verdict&theme=people&v=1');
      await expect(page.getByRole('button', { name: 'Show it' })).toBeVisible();
    },
  },
  {
    name: 'Compare with a role note opened',
    show: async (page) => {
      const compare = new ComparePage(page);
      await compare.openCompare();
      await page.locator('details.role-note summary').first().click();
      await expect(page.getByLabel('Your private note on Product Manager', { exact: true })).toBeVisible();
    },
  },
  {
    name: 'the Ladder with nothing chosen',
    show: async (page) => {
      const ladder = new LadderPage(page);
      await ladder.openLadder();
      await expect(ladder.chooseARung).toBeVisible();
    },
  },
  {
    name: 'the Ladder with one rung chosen',
    show: async (page) => {
      const ladder = new LadderPage(page);
      await ladder.openLadder('?view=ladder&from=head-of-product&v=1');
      await expect(ladder.card).toHaveAccessibleName('Head of Product');
    },
  },
  {
    name: 'the Ladder with a pair chosen',
    show: async (page) => {
      const ladder = new LadderPage(page);
      await ladder.openLadder('?view=ladder&from=pm&to=cpo&v=1');
      await expect(ladder.changesTable).toBeVisible();
    },
  },
  {
    name: 'the Ladder with here and target marked and the checklist shown',
    show: async (page) => {
      await seed(page, MARKS_KEY, JSON.stringify({ version: 1, here: 'pm', target: 'cpo', ticked: ['pm:0', 'senior-pm:1'] }));
      const ladder = new LadderPage(page);
      await ladder.openLadder('?view=ladder&from=pm&v=1');
      await expect(ladder.iAmHere).toHaveAttribute('aria-pressed', 'true');
      await expect(ladder.progress).toHaveText('2 of 25 done');
      await expect(ladder.rung('Chief Product Officer')).toContainText('Your target');
    },
  },
  {
    name: 'the Ladder with a target below where one is, and “Swap the markers”',
    show: async (page) => {
      await seed(page, MARKS_KEY, JSON.stringify({ version: 1, here: 'vp-product', target: 'director-pm', ticked: [] }));
      const ladder = new LadderPage(page);
      await ladder.openLadder('?view=ladder&from=director-pm&v=1');
      await expect(ladder.card.getByRole('button', { name: 'Swap the markers' })).toBeVisible();
    },
  },
  {
    name: 'the Ladder whose stored markers cannot be read',
    show: async (page) => {
      await seed(page, MARKS_KEY, 'not json');
      const ladder = new LadderPage(page);
      await ladder.openLadder();
      await expect(ladder.storageProblem).toContainText('could not be read');
    },
  },
  {
    name: 'My role, the start of the assessment',
    show: async (page) => {
      const assess = new AssessPage(page);
      await assess.openAssess();
      await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    },
  },
  {
    name: 'My role, a question with one answer chosen',
    show: async (page) => {
      const assess = new AssessPage(page);
      await seed(page, ASSESSMENT_KEY, JSON.stringify({ version: 1, draft: { answers: { decisions: 1, budget: 'skip' }, at: 1 } }));
      await assess.openAssess();
      await expect(page.locator('fieldset.question')).toHaveCount(1);
    },
  },
  {
    name: 'My role, all questions on one page',
    show: async (page) => {
      const assess = new AssessPage(page);
      await seed(page, ASSESSMENT_KEY, JSON.stringify({ version: 1, draft: { answers: { decisions: 1 }, at: 0 }, all_on_one_page: true }));
      await assess.openAssess();
      await expect(page.locator('fieldset.question')).toHaveCount(12);
    },
  },
  {
    name: 'My role, a result with history, the finding and the share panel',
    show: async (page) => {
      const assess = new AssessPage(page);
      await seed(page, ASSESSMENT_KEY, storedAssessment([
        { taken: Date.UTC(2026, 5, 1), answers: PM_ANSWERS },
        { taken: Date.UTC(2026, 10, 1), answers: { ...PM_ANSWERS, budget: 2, accountability: 2, stakeholders: 'skip' } },
      ]));
      await assess.openAssess();
      await expect(assess.gap).toBeVisible();
      await assess.shareMyResult.click();
      await assess.makeTheLink.click();
      await expect(assess.resultLink).toBeVisible();
      await page.locator('.index-roles summary').click();
    },
  },
  {
    name: 'My role, a shared result',
    show: async (page) => {
      const assess = new AssessPage(page);
      await assess.openAssess('?view=assess&answers=decisions.3,budget.2,accountability.4&v=1');
      await expect(assess.resultHeading).toHaveText('A shared result');
    },
  },
  {
    name: 'Notes, empty',
    show: async (page) => {
      const notes = new NotesPage(page);
      await notes.openNotes();
      await expect(notes.empty).toBeVisible();
    },
  },
  {
    name: 'Notes, full',
    show: async (page) => {
      await seed(page, NOTES_KEY, seededNotes());
      const notes = new NotesPage(page);
      await notes.openNotes();
      await expect(notes.count).toHaveText('7 of 7 notes');
    },
  },
  {
    name: 'Notes, searched, with a note deleted and Undo offered',
    show: async (page) => {
      await seed(page, NOTES_KEY, seededNotes());
      const notes = new NotesPage(page);
      await notes.openNotes();
      await notes.searchBox.fill('ask');
      await expect(notes.count).toHaveText('2 of 7 notes');
      await notes.items.first().getByRole('button', { name: 'Delete' }).click();
      await expect(notes.undo).toBeVisible();
    },
  },
  {
    name: 'Notes, an empty note refused',
    show: async (page) => {
      const notes = new NotesPage(page);
      await notes.openNotes();
      await notes.addNote.click();
      await expect(notes.said).toContainText('Write something first');
    },
  },
  {
    name: 'the bad-link notice',
    show: async (page) => {
      const app = new AppPage(page);
      await app.open('?view=nowhere');
      await expect(app.notice).toBeVisible();
    },
  },
  {
    name: 'the notice about unreadable notes',
    show: async (page) => {
      await seed(page, NOTES_KEY, 'not json');
      const notes = new NotesPage(page);
      await notes.openNotes();
      await expect(notes.storeAlert).toContainText('could not be read');
    },
  },
  {
    name: 'the notice that storage refuses to save',
    show: async (page) => {
      await refuseStorage(page);
      const notes = new NotesPage(page);
      await notes.open('?view=compare&roles=pm,ceo&open=budget.ceo&v=1');
      await notes.editor('CEO × P&L and budget').fill('This cannot be stored.');
      await expect(notes.editorStatus('CEO × P&L and budget')).toHaveText('Not saved: this browser is refusing to store notes.');
      await expect(notes.storeAlert).toContainText('Your notes are not being saved');
    },
  },
  {
    name: 'the note editor saved',
    show: async (page) => {
      const notes = new NotesPage(page);
      await notes.open('?view=ladder&from=pm&v=1');
      await notes.writeNote('Product Manager', 'Learn discovery interviews properly.');
    },
  },
  {
    name: '“Link copied”',
    show: async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const compare = new ComparePage(page);
      await compare.openCompare();
      await compare.copyLink.click();
      await expect(compare.copied).toBeVisible();
    },
  },
  {
    name: 'the field to copy the link by hand',
    show: async (page) => {
      await page.addInitScript(() => {
        const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        Object.defineProperty(Clipboard.prototype, 'writeText', { value: refuse, configurable: true });
      });
      const compare = new ComparePage(page);
      await compare.openCompare();
      await compare.copyLink.click();
      await expect(compare.manualLink).toBeFocused();
    },
  },
  {
    name: 'the offline line',
    show: async (page, context) => {
      const app = new AppPage(page);
      await app.open('?view=ladder&v=1');
      await context.setOffline(true);
      await expect(page.getByText('You are offline.')).toBeVisible();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`axe, ${scheme} colours, ${width} px wide`, () => {
      test.beforeEach(async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
      });
      for (const state of STATES) {
        test(`no violations: ${state.name}`, async ({ page, context }) => {
          await state.show(page, context);
          await expectNoAxeViolations(page, `${state.name} (${scheme}, ${width} px)`);
        });
      }
    });
  }
}

test('no violations: the notice of a newer note from another tab', async ({ context }) => {
  const CELL = 'CEO × P&L and budget';
  const link = '?view=compare&roles=pm,ceo&open=budget.ceo&v=1';
  const a = new NotesPage(await context.newPage());
  const b = new NotesPage(await context.newPage());
  await a.open(link);
  await b.open(link);
  await a.writeNote(CELL, 'First version.');
  await expect(b.editor(CELL)).toHaveValue('First version.');
  await context.clock.pauseAt((await b.page.evaluate(() => Date.now())) + 1_000);
  // B edits and has not saved yet; then A edits and its tab is hidden, which saves A at once.
  await b.editor(CELL).fill('Older text from tab B.');
  await expect(b.editorStatus(CELL)).toHaveText('Saving…');
  await context.clock.runFor(100);
  await a.editor(CELL).fill('Newer text from tab A.');
  await a.page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await expect(b.conflict).toBeVisible();
  await context.clock.resume();
  await expectNoAxeViolations(b.page, 'the notice of a newer note from another tab');
});

test('no violations: the notes view after adding a long note of one’s own', async ({ page }) => {
  await page.goto(new URL(NOTES_QUERY, AppPage.base()).toString());
  const notes = new NotesPage(page);
  await expect(notes.heading).toHaveText('Your notes');
  await notes.newNote.fill('A long note. '.repeat(40));
  await notes.addNote.click();
  await expect(notes.said).toHaveText('Note added.');
  await expectNoAxeViolations(page, 'the notes view after adding a note');
});
