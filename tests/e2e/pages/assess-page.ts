// The page object for the self-assessment ("My role"): its result (index, finding, chart, table,
// the articles' arguments), the history of snapshots, sharing, and the stored assessment.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Where the assessment is kept (src/components/assessment_store.rs). */
export const ASSESSMENT_KEY = 'pm-compass.assessment';
export const ASSESS_QUERY = '?view=assess&v=1';

/** The questions in the order they are asked (src/content/assessment.toml). */
export const QUESTIONS = [
  'decisions', 'budget', 'hiring', 'power', 'strategy', 'planning',
  'scope', 'performance', 'accountability', 'replacement', 'stakeholders', 'representing',
] as const;

/** Answers in the stored form: a level counted from 0, or "skip". */
export type StoredAnswers = Partial<Record<(typeof QUESTIONS)[number], number | 'skip'>>;

/** The typical Product Manager's own levels (src/content/cells/pm.toml): index 0. */
export const PM_ANSWERS: StoredAnswers = Object.fromEntries(QUESTIONS.map((q) => [q, 1]));
/** The CEO's own levels (src/content/cells/ceo.toml): index 100. */
export const CEO_ANSWERS: StoredAnswers = {
  ...Object.fromEntries(QUESTIONS.map((q) => [q, 3])),
  strategy: 4,
  scope: 4,
};

/** A stored assessment with these snapshots (oldest first), in the format of src/model/assessment/doc.rs. */
export function storedAssessment(snapshots: { taken: number; answers: StoredAnswers }[], extra: object = {}): string {
  return JSON.stringify({ version: 1, snapshots, ...extra });
}

export class AssessPage extends AppPage {
  readonly resultHeading: Locator;
  readonly indexValue: Locator;
  readonly indexBand: Locator;
  readonly closest: Locator;
  readonly gap: Locator;
  readonly chart: Locator;
  readonly table: Locator;
  readonly arguments: Locator;
  readonly history: Locator;
  readonly snapshots: Locator;
  readonly historyIndex: Locator;
  readonly movements: Locator;
  readonly takeItAgain: Locator;
  readonly inMatrix: Locator;
  readonly shareMyResult: Locator;
  readonly makeTheLink: Locator;
  readonly resultLink: Locator;
  readonly download: Locator;
  readonly takeItYourself: Locator;
  readonly alert: Locator;

  constructor(page: Page) {
    super(page);
    this.resultHeading = page.locator('#result-heading');
    this.indexValue = page.locator('.index-value');
    this.indexBand = page.locator('.index-band');
    this.closest = page.locator('.index-closest');
    this.gap = page.getByRole('region', { name: /more than (you|they) control/ });
    this.chart = page.getByRole('img', { name: /answers beside a typical PM and a CEO/ });
    this.table = page.getByRole('table', { name: /answers beside a typical product manager and a CEO/ });
    this.arguments = page.locator('.answer-argument');
    this.history = page.getByRole('region', { name: 'Over time' });
    this.snapshots = page.locator('.snapshot');
    this.historyIndex = page.locator('.history-index');
    this.movements = page.locator('.movement');
    this.takeItAgain = page.getByRole('button', { name: 'Take it again' });
    this.inMatrix = page.getByRole('button', { name: 'See my role in the matrix' });
    this.shareMyResult = page.getByRole('button', { name: 'Share my result' });
    this.makeTheLink = page.getByRole('button', { name: 'Make the link' });
    this.resultLink = page.getByLabel('Link to your result');
    this.download = page.getByRole('button', { name: 'Download as Markdown' });
    this.takeItYourself = page.getByRole('button', { name: 'Take the assessment yourself' });
    this.alert = page.locator('.view-assess [role="alert"]');
  }

  /** Opens the app with this assessment stored, once (a reload keeps what the app saved since). */
  async seed(stored: string): Promise<void> {
    await this.page.addInitScript(([key, value]) => {
      if (!window.sessionStorage.getItem('seeded')) {
        window.localStorage.setItem(key, value);
        window.sessionStorage.setItem('seeded', '1');
      }
    }, [ASSESSMENT_KEY, stored] as const);
  }

  async stored(): Promise<any> {
    const raw = await this.page.evaluate((key) => window.localStorage.getItem(key), ASSESSMENT_KEY);
    return raw === null ? null : JSON.parse(raw);
  }

  async openAssess(query = ASSESS_QUERY): Promise<void> {
    await this.open(query);
    await expect(this.heading).toHaveText('How CEO-like is your product role?');
  }
}
