// The page object for the Ladder screen: the diagram of rungs (with the CEO beside the top), the
// panel that shows one rung's card or what changes between two rungs, the private "Your path"
// checklist, and the markers kept in this browser's local storage.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { escapeRegExp } from './compare-page';

/** Where the private markers and ticks are kept (src/views/ladder/mod.rs, MARKS_KEY). */
export const MARKS_KEY = 'pm-compass.ladder';
/** Where unreadable markers are copied to rather than overwritten (src/platform/storage.rs). */
export const UNREADABLE_KEY = `${MARKS_KEY}.unreadable`;

/** The rungs in climbing order, as the content lists them: slug and the name a person reads. */
export const RUNGS: readonly { slug: string; name: string; side: 'management' | 'leadership' }[] = [
  { slug: 'pm', name: 'Product Manager', side: 'management' },
  { slug: 'senior-pm', name: 'Senior Product Manager', side: 'management' },
  { slug: 'principal-pm', name: 'Principal Product Manager', side: 'management' },
  { slug: 'group-pm', name: 'Group Product Manager', side: 'leadership' },
  { slug: 'director-pm', name: 'Director of Product Management', side: 'leadership' },
  { slug: 'head-of-product', name: 'Head of Product', side: 'leadership' },
  { slug: 'vp-product', name: 'VP of Product', side: 'leadership' },
  { slug: 'cpo', name: 'Chief Product Officer', side: 'leadership' },
];

/** The stored form of the markers (src/model/ladder_marks.rs). */
export interface StoredMarks {
  version?: number;
  here?: string | null;
  target?: string | null;
  ticked?: string[];
}

export class LadderPage extends AppPage {
  /** The ladder drawn as a list of rungs (plus the CEO, last, who is not a rung). */
  readonly diagram: Locator;
  /** Every rung: one button each. */
  readonly rungs: Locator;
  /** The text description of the ladder's shape. */
  readonly description: Locator;
  /** The key to the colours: product management, product leadership, your path. */
  readonly legend: Locator;
  /** The CEO, drawn beside the top rung. */
  readonly ceo: Locator;
  /** The panel beside the diagram: "Choose a rung", a rung's card or what changes. */
  readonly panel: Locator;
  readonly panelHeading: Locator;
  /** The heading of the panel when nothing is chosen. */
  readonly chooseARung: Locator;
  /** One rung's card (an article named by the role). */
  readonly card: Locator;
  readonly iAmHere: Locator;
  readonly youAreHere: Locator;
  readonly thisIsMyTarget: Locator;
  readonly yourTarget: Locator;
  /** Two rungs chosen: "From X to Y". */
  readonly whatChanges: Locator;
  readonly way: Locator;
  readonly changesHeading: Locator;
  readonly changesTable: Locator;
  readonly compareSideBySide: Locator;
  readonly swapDirection: Locator;
  /** The legs of "Step by step", in order. */
  readonly legs: Locator;
  /** The private "Your path" section with its checklist. */
  readonly checklist: Locator;
  readonly checklistWay: Locator;
  readonly progress: Locator;
  readonly checkboxes: Locator;
  /** The alert shown when the stored markers could not be read or saved. */
  readonly storageProblem: Locator;

  constructor(page: Page) {
    super(page);
    const main = page.getByRole('main');
    this.diagram = main.getByRole('list').filter({ has: page.getByRole('button', { name: /^Product Manager / }) });
    this.rungs = this.diagram.getByRole('button');
    this.description = main.getByText(/^Climbing from the bottom:/);
    this.legend = main.getByRole('list', { name: 'Key' });
    this.ceo = this.diagram.getByRole('listitem').filter({ hasText: /^CEO/ });
    this.panel = page.locator('.ladder-panel');
    this.panelHeading = this.panel.getByRole('heading', { level: 2 });
    this.chooseARung = this.panel.getByRole('heading', { name: 'Choose a rung', level: 2 });
    this.card = this.panel.getByRole('article');
    this.iAmHere = this.card.getByRole('button', { name: 'I am here', exact: true });
    // A toggle keeps its name; aria-pressed says whether it is on.
    this.youAreHere = this.iAmHere;
    this.thisIsMyTarget = this.card.getByRole('button', { name: 'This is my target', exact: true });
    this.yourTarget = this.thisIsMyTarget;
    this.whatChanges = this.panel.getByRole('article', { name: /^From .+ to .+$/ });
    this.way = this.whatChanges.getByText(/^The way: /);
    this.changesHeading = this.whatChanges.getByRole('heading', { name: /^What changes \(\d+ of \d+ dimensions\)$/ });
    this.changesTable = this.whatChanges.getByRole('table');
    this.compareSideBySide = this.whatChanges.getByRole('link', { name: 'Compare these two side by side' });
    this.swapDirection = this.whatChanges.getByRole('button', { name: 'Swap direction' });
    this.legs = this.whatChanges.locator('ol.legs > li');
    this.checklist = page.getByRole('region', { name: 'Your path' });
    this.checklistWay = this.checklist.getByText(/ → /);
    this.progress = this.checklist.getByText(/^\d+ of \d+ done$/);
    this.checkboxes = this.checklist.getByRole('checkbox');
    this.storageProblem = main.getByRole('alert');
  }

  /** Opens the Ladder with a query (the bare ladder by default) and waits for the diagram. */
  async openLadder(query = '?view=ladder&v=1'): Promise<void> {
    await this.open(query);
    await expect(this.heading).toHaveText('The career ladder');
    await expect(this.rungs).toHaveCount(RUNGS.length);
  }

  /** A rung's button by the role's name ("Product Manager" is not "Senior Product Manager"). */
  rung(name: string): Locator {
    return this.diagram.getByRole('button', { name: LadderPage.rungName(name) });
  }

  /** The list item around a rung's button, which carries its side and path classes. */
  rungNode(name: string): Locator {
    return this.diagram
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: LadderPage.rungName(name) }) });
  }

  /** A rung button's accessible name: the role's name, then its side ("Product management · …"). */
  private static rungName(name: string): RegExp {
    return new RegExp(`^${escapeRegExp(name)} Product (management|leadership) · `);
  }

  /** The rung names in the order of the page (reading order), bottom rung first. */
  async rungNames(): Promise<string[]> {
    return this.rungs.locator('.rung-name').allTextContents();
  }

  /** A fact of the rung card: the definition after the term ("Scope", "Team", ...). */
  fact(term: string): Locator {
    return this.card.getByRole('term').filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  /** A checkbox of the checklist by the start of its label. */
  checkbox(start: string): Locator {
    return this.checklist.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(start)}`) });
  }

  /** The query string in the address bar, waiting for it to become `expected`. */
  async expectSearch(expected: string): Promise<void> {
    await expect.poll(() => this.search(), { message: 'the query string in the address bar' }).toBe(expected);
  }

  /** The focused element's id (empty when nothing with an id is focused). */
  async focusedId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? '');
  }

  /** The raw text stored under a key of local storage, or null. */
  async stored(key: string): Promise<string | null> {
    return this.page.evaluate((key) => window.localStorage.getItem(key), key);
  }

  /** The markers as stored in this browser, parsed, or null when there are none. */
  async storedMarks(): Promise<StoredMarks | null> {
    const raw = await this.stored(MARKS_KEY);
    return raw === null ? null : (JSON.parse(raw) as StoredMarks);
  }

  /**
   * Puts markers in this browser's storage and reloads, as if the person had set them on an
   * earlier visit. The app must already be open (storage belongs to its origin).
   */
  async seedMarks(marks: StoredMarks): Promise<void> {
    await this.page.evaluate(
      ([key, value]) => window.localStorage.setItem(key, value),
      [MARKS_KEY, JSON.stringify({ version: 1, ticked: [], ...marks })] as const,
    );
    await this.page.reload();
    await expect(this.rungs).toHaveCount(RUNGS.length);
  }

  /** How far the page scrolls sideways (0 when it fits). */
  async sidewaysOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }
}
