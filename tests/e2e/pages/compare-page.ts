// The page object for the Compare screen: the role chips and pickers above the matrix, the
// matrix itself (columns, rows, cells and the opened detail), and the copy-link controls.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The short labels cells carry in the stacked phone layout, by role name. */
export const SHORT_NAMES: Record<string, string> = {
  'Product Manager': 'PM',
  'Senior Product Manager': 'Senior PM',
  'Group Product Manager': 'Group PM',
  'Director of Product Management': 'Director',
  'Chief Product Officer': 'CPO',
  'VP of Product': 'VP',
  CEO: 'CEO',
  'Mini-CEO?': 'Mini-CEO?',
  'My role': 'My role',
};

/** Where the self-assessment is kept in the browser (src/components/assessment_store.rs). */
export const ASSESSMENT_KEY = 'pm-compass.assessment';

/** Stored answers: a level (0 = the first) or "skip", by dimension. */
export type StoredAnswers = Record<string, number | 'skip'>;

/** A stored assessment with one finished snapshot, in the stored format (src/model/assessment/doc.rs). */
export function storedAssessment(answers: StoredAnswers, inMatrix = false): string {
  return JSON.stringify({ version: 1, snapshots: [{ taken: 1763800000000, answers }], in_matrix: inMatrix });
}

/**
 * Puts a stored assessment in local storage before the app starts, unless one is there already:
 * what the app saves (the "Show my role" choice) survives a reload.
 */
export async function seedAssessment(page: Page, stored: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [ASSESSMENT_KEY, stored] as const,
  );
}

export class ComparePage extends AppPage {
  /** The comparison table, whatever roles it compares. */
  readonly table: Locator;
  readonly rolesList: Locator;
  readonly addRole: Locator;
  readonly theme: Locator;
  readonly onlyDifferences: Locator;
  readonly hiddenCount: Locator;
  readonly verdictSummary: Locator;
  /** The header cells of the table's columns, left to right, starting with "Dimension". */
  readonly columnHeaders: Locator;
  /** The names of the role and verdict columns, left to right (without "Dimension"). */
  readonly columnNames: Locator;
  /** One row header per dimension on show. */
  readonly rowHeaders: Locator;
  /** The names of the theme (and "Pinned") groups, top to bottom. */
  readonly groupHeaders: Locator;
  /** The opened cell's explanation, under its row. */
  readonly detail: Locator;
  readonly detailHeading: Locator;
  readonly closeDetail: Locator;
  readonly matrixScroll: Locator;
  readonly copyLink: Locator;
  readonly copied: Locator;
  readonly manualLink: Locator;
  /** The toggle for the private "My role" column (only with a finished self-assessment). */
  readonly showMyRole: Locator;
  /** The way to the self-assessment, offered instead of the toggle when there is none. */
  readonly takeAssessment: Locator;
  /** The cells of the "My role" column, top to bottom. */
  readonly myRoleCells: Locator;
  /** The opened "My role" cell's explanation. */
  readonly myRoleDetail: Locator;

  constructor(page: Page) {
    super(page);
    this.table = page.getByRole('table');
    this.rolesList = page.getByRole('list', { name: 'Roles compared' });
    this.addRole = page.getByLabel('Add a role');
    this.theme = page.getByRole('combobox', { name: 'Theme' });
    this.onlyDifferences = page.getByRole('switch', { name: 'Only differences' });
    this.hiddenCount = page.getByText(/rows? hidden/);
    this.verdictSummary = page.locator('.verdict-summary');
    this.columnHeaders = this.table.getByRole('rowgroup').first().getByRole('columnheader');
    this.columnNames = this.table.locator('thead .column-name');
    this.rowHeaders = this.table.locator('tr.dimension-row').getByRole('rowheader');
    // A theme's name heads the rows of its group: a row header with scope="rowgroup".
    this.groupHeaders = this.table.locator('tr.theme-row').getByRole('rowheader');
    this.detail = this.table.locator('.detail');
    this.detailHeading = this.detail.getByRole('heading', { level: 3 });
    this.closeDetail = this.detail.getByRole('button', { name: 'Close' });
    this.matrixScroll = page.locator('.matrix-scroll');
    this.copyLink = page.getByRole('button', { name: 'Copy link' });
    this.copied = page.getByRole('status').filter({ hasText: 'Link copied' });
    this.manualLink = page.getByLabel(/copy this link/i);
    this.showMyRole = page.getByRole('button', { name: 'Show my role', exact: true });
    this.takeAssessment = page.getByRole('link', { name: 'Take the self-assessment to add your own role' });
    this.myRoleCells = this.table.locator('td.mine-cell');
    this.myRoleDetail = this.table.locator('.mine-detail');
  }

  /** The button of a dimension's "My role" cell. */
  myRoleCell(dimension: string): Locator {
    return this.row(dimension).locator('td.mine-cell').getByRole('button');
  }

  /** The stored self-assessment, parsed (null when there is none). */
  async storedAssessment(): Promise<{ in_matrix?: boolean } | null> {
    const raw = await this.page.evaluate((key) => localStorage.getItem(key), ASSESSMENT_KEY);
    return raw === null ? null : JSON.parse(raw);
  }

  /** Opens Compare with a query (a canonical one by default) and waits for the matrix. */
  async openCompare(query = '?view=compare&roles=pm,ceo&v=1'): Promise<void> {
    await this.open(query);
    await expect(this.heading).toHaveText('Compare roles');
    await expect(this.table).toBeVisible();
  }

  /** The table by its accessible name, e.g. "Product Manager compared with CEO". */
  tableNamed(name: string): Locator {
    return this.page.getByRole('table', { name, exact: true });
  }

  moveLeft(role: string): Locator {
    return this.page.getByRole('button', { name: `Move ${role} left`, exact: true });
  }

  moveRight(role: string): Locator {
    return this.page.getByRole('button', { name: `Move ${role} right`, exact: true });
  }

  remove(role: string): Locator {
    return this.page.getByRole('button', { name: `Remove ${role}`, exact: true });
  }

  /** Every "Remove …" button of the role chips. */
  removeButtons(): Locator {
    return this.rolesList.getByRole('button', { name: /^Remove / });
  }

  pin(dimension: string): Locator {
    return this.page.getByRole('button', { name: `Pin ${dimension} to the top`, exact: true });
  }

  /** The header of a column by the role's name ("Product Manager", "CEO", "Mini-CEO?"). */
  column(name: string): Locator {
    return this.table.getByRole('columnheader', { name: new RegExp(`^${escapeRegExp(name)}( |$)`) });
  }

  /** The row of a dimension, found by its row header ("P&L and budget"). */
  row(dimension: string): Locator {
    return this.table.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(dimension)} `) }),
    });
  }

  /** A row header by its dimension's name. */
  rowHeader(dimension: string): Locator {
    return this.table.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(dimension)} `) });
  }

  /** The names of the dimensions on show, top to bottom. */
  async dimensionNames(): Promise<string[]> {
    return this.rowHeaders.locator('.dimension-name').allTextContents();
  }

  /**
   * The button of a cell: the row of `dimension`, the column headed `column` (a role's name or
   * "Mini-CEO?"), found the way a sighted person would: across from the row, under the header.
   */
  async cell(dimension: string, column: string): Promise<Locator> {
    const names = await this.columnNames.allTextContents();
    const index = names.indexOf(column);
    expect(index, `a column headed “${column}” among ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
    return this.row(dimension).getByRole('cell').nth(index).getByRole('button');
  }

  /** The query string in the address bar, waiting for it to become `expected`. */
  async expectSearch(expected: string): Promise<void> {
    await expect.poll(() => this.search(), { message: 'the query string in the address bar' }).toBe(expected);
  }

  /** The focused element's id (empty when nothing with an id is focused). */
  async focusedId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? '');
  }
}
