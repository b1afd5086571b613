// The page object for private notes: the note editor shown beside a cell, verdict, role, rung or
// step, the Notes screen (search, kind filter, list, a note of one's own, export and import), the
// notice about storage problems, and the notes as stored in this browser's local storage.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Where the notes are kept (src/components/notes_store.rs, NOTES_KEY). */
export const NOTES_KEY = 'pm-compass.notes';
/** Where unreadable stored notes are set aside, untouched. */
export const UNREADABLE_NOTES_KEY = `${NOTES_KEY}.unreadable`;
export const NOTES_QUERY = '?view=notes&v=1';

export class NotesPage extends AppPage {
  readonly searchBox: Locator;
  readonly kind: Locator;
  readonly count: Locator;
  readonly list: Locator;
  readonly items: Locator;
  readonly empty: Locator;
  readonly newNote: Locator;
  readonly addNote: Locator;
  /** The one-line report of the Notes screen: "Note added.", what an import did… */
  readonly said: Locator;
  readonly undo: Locator;
  readonly exportMarkdown: Locator;
  readonly exportJson: Locator;
  readonly importInput: Locator;
  /** The notice about stored notes, on every screen. */
  readonly storeAlert: Locator;
  /** "A note you edited here was changed later in another tab…" */
  readonly conflict: Locator;

  constructor(page: Page) {
    super(page);
    this.searchBox = page.getByLabel('Search', { exact: true });
    this.kind = page.getByRole('combobox', { name: 'Show' });
    this.count = page.locator('.notes-count');
    this.list = page.locator('.notes-list');
    this.items = this.list.getByRole('listitem');
    this.empty = page.locator('.notes-empty');
    this.newNote = page.getByLabel('A note of your own', { exact: false });
    this.addNote = page.getByRole('button', { name: 'Add note', exact: true });
    this.said = page.locator('.notes-said');
    this.undo = page.getByRole('button', { name: 'Undo', exact: true });
    this.exportMarkdown = page.getByRole('button', { name: 'Export Markdown', exact: true });
    this.exportJson = page.getByRole('button', { name: 'Export JSON', exact: true });
    this.importInput = page.locator('#notes-import');
    this.storeAlert = page.locator('.notes-notice-slot').getByRole('alert').filter({ hasText: /notes/ });
    this.conflict = page.getByRole('status').filter({ hasText: 'changed later in another tab' });
  }

  async openNotes(): Promise<void> {
    await this.open(NOTES_QUERY);
    await expect(this.heading).toHaveText('Your notes');
  }

  /** The note editor labelled "Your private note on {about}". */
  editor(about: string): Locator {
    return this.page.getByLabel(`Your private note on ${about}`, { exact: true });
  }

  /** The status line under an editor: "Saved in this browser", "Saving…", "Not saved…". */
  editorStatus(about: string): Locator {
    return this.page.locator('.note-editor').filter({ has: this.editor(about) }).locator('.note-status');
  }

  /** Types into an editor and waits until it says the note is saved. */
  async writeNote(about: string, text: string): Promise<void> {
    await this.editor(about).fill(text);
    await expect(this.editorStatus(about)).toHaveText('Saved in this browser');
  }

  /** A note in the list, by what it is attached to ("CEO × P&L and budget", "Standalone note"). */
  item(label: string): Locator {
    return this.items.filter({
      has: this.page.getByRole('heading', { level: 2, name: label, exact: true }),
    });
  }

  /** The headings (labels) of the notes listed, top to bottom. */
  labels(): Locator {
    return this.items.getByRole('heading', { level: 2 });
  }

  /** The text box of a listed note. */
  itemText(label: string): Locator {
    return this.item(label).getByRole('textbox');
  }

  /** The raw stored notes (null when none). */
  async stored(key = NOTES_KEY): Promise<string | null> {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }
}
