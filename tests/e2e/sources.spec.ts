// Sources a person can check: each article card names its publisher or author where the article
// does and links to the article where its address is known; a Sources line under a claim links
// the title; a link that leaves the app says so, opens safely, and offline says it needs the
// network. The addresses and names are those of src/content/sources.toml.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { ComparePage } from './pages/compare-page';

const LEAVES = /\(opens another site\)$/;
const OFFLINE = /\(opens another site\) \(needs the network\)$/;

/** The article cards under "The articles behind this". */
function cards(page: Page): Locator {
  return page.getByRole('region', { name: 'The articles behind this' }).getByRole('listitem');
}

function card(page: Page, title: string): Locator {
  return cards(page).filter({ hasText: title });
}

// The essay's title and subtitle, kept apart (a title is cited whole, but the project's text
// never repeats an article's words in a run).
const ESSAY = 'The Mini-CEO Fantasy';
const ESSAY_SUBTITLE = 'A Title That Flatters Everyone Except Reality';

const LINKED = [
  {
    title: `${ESSAY}: ${ESSAY_SUBTITLE}`,
    href: 'https://www.angelstanev.com/p/the-mini-ceo-fantasy-a-title-that',
    credit: 'The text names no author or publisher; it is at www.angelstanev.com/p/the-mini-ceo-fantasy-a-title-that',
  },
  {
    title: 'Product Managers as Mini-CEOs',
    href: 'https://productrocket.ch/mini-ceo',
    credit: 'By Product Rocket, at productrocket.ch/mini-ceo',
  },
  {
    title: 'Product Management vs Product Leadership',
    href: 'https://productleadership.com/?p=86286',
    credit: 'By Institute of Product Leadership, at productleadership.com/?p=86286',
  },
];

async function expectSafeOutsideLink(link: Locator, href: string): Promise<void> {
  await expect(link).toHaveAttribute('href', href);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
}

test.describe('the articles behind the comparison', () => {
  test.beforeEach(async ({ page }) => {
    await new ComparePage(page).openCompare();
  });

  test('each card names who publishes it and links out to the article where its address is known', async ({ page }) => {
    await expect(cards(page)).toHaveCount(5);
    for (const { title, href, credit } of LINKED) {
      const link = card(page, title).getByRole('link', { name: `${title} (opens another site)`, exact: true });
      await expect(link).toBeVisible();
      await expectSafeOutsideLink(link, href);
      await expect(link).toContainText('↗');
      await expect(card(page, title).locator('.source-credit')).toHaveText(credit);
    }
    // The other two are named as far as they can be, with no address and no link.
    const unlinked = cards(page).filter({ hasNotText: '↗' });
    await expect(unlinked).toHaveCount(2);
    await expect(unlinked.getByRole('link')).toHaveCount(0);
    for (const credit of await unlinked.locator('.source-credit').all()) {
      await expect(credit).toHaveText('The text names no author or publisher, and we know no public address for it');
    }
  });

  test('the untitled post carries a title of ours, marked as ours', async ({ page }) => {
    const post = card(page, 'Explaining product management through');
    await expect(post.locator('cite')).toHaveText("Explaining product management through a CEO’s duties");
    await expect(post.getByText('(our title; the post has none)')).toBeVisible();
    await expect(page.getByText('untitled; our description')).toHaveCount(0);
  });

  test('offline, every link to an article says it needs the network; back online, it no longer does', async ({ page, context }) => {
    const links = page.getByRole('region', { name: 'The articles behind this' }).getByRole('link');
    await expect(links).toHaveCount(3);
    await expect(page.getByText('(needs the network)').first()).toBeHidden();
    await context.setOffline(true);
    await expect(page.getByText('You are offline.')).toBeVisible();
    for (const link of await links.all()) {
      await expect(link).toHaveAccessibleName(OFFLINE);
      await expect(link.getByText('(needs the network)')).toBeVisible();
    }
    await context.setOffline(false);
    await expect(page.getByText('You are offline.')).toHaveCount(0);
    for (const link of await links.all()) await expect(link).toHaveAccessibleName(LEAVES);
  });
});

test.describe('a Sources line under a claim', () => {
  test('links each title whose address is known, names its publisher briefly, and marks our title as ours', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.openCompare('?view=compare&roles=pm,ceo&open=budget.pm&v=1');
    const line = compare.detail.getByText(/^Sources: \S/);
    await expect(line).toBeVisible();
    // The essay's whole title (its subtitle too), then the words that say the link leaves the app.
    const fantasy = line.getByRole('link', { name: `${LINKED[0].title} (opens another site)`, exact: true });
    await expectSafeOutsideLink(fantasy, LINKED[0].href);
    await expect(line).toContainText('a CEO’s duties (our title)');
    // The essay names no author: it is credited by the site its address is on.
    await expect(line.locator('.cite-credit')).toHaveText(/^\s*\(angelstanev\.com\)$/);
    // The untitled post has no known address: it is named, not linked.
    await expect(line.getByRole('link')).toHaveCount(1);
  });

  test('on the ladder, a publisher the article names is credited beside its linked title', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.open('?view=ladder&from=pm&v=1');
    const line = page.getByText(/^Sources: \S/).first();
    await expect(line).toBeVisible();
    const leadership = line.getByRole('link', { name: `${LINKED[2].title} (opens another site)`, exact: true });
    await expectSafeOutsideLink(leadership, LINKED[2].href);
    await expect(line.locator('.cite-credit').first()).toHaveText(/^\s*\(Institute of Product Leadership\)$/);
  });
});
