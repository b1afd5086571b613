// End-to-end: the shell of the release build as a person uses it: navigation, links that open
// a view, Back and Forward, bad links, sub-path hosting, and layout from phone to desktop.
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { SUB_PATH } from '../../scripts/static-server.mjs';
import { DIMENSION_COUNT } from './pages/knowledge';

test('opens on Compare with the page titled', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.heading).toHaveText('Compare roles');
  await expect(app.currentNav).toHaveText('Compare');
  await expect(page).toHaveTitle('Product Manager vs CEO: compared · PM Compass');
  await expect(app.notice).toHaveCount(0);
});

test('clicking Ladder changes the link, and Back and Forward move between views', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.navLink('Ladder').click();
  await expect(app.heading).toHaveText('The career ladder');
  await expect(page).toHaveURL(/\?view=ladder&v=1$/);
  await expect(app.currentNav).toHaveText('Ladder');
  await expect(page).toHaveTitle('The career ladder · PM Compass');

  await app.navLink('Notes').click();
  await expect(app.heading).toHaveText('Your notes');
  await expect(page).toHaveURL(/\?view=notes&v=1$/);
  await expect(page).toHaveTitle('Your notes · PM Compass');

  await page.goBack();
  await expect(app.heading).toHaveText('The career ladder');
  await expect(page).toHaveURL(/\?view=ladder&v=1$/);
  await expect(page).toHaveTitle('The career ladder · PM Compass');
  await page.goBack();
  await expect(app.heading).toHaveText('Compare roles');
  await expect(page).toHaveTitle('Product Manager vs CEO: compared · PM Compass');
  await page.goForward();
  await expect(app.heading).toHaveText('The career ladder');
  await expect(app.currentNav).toHaveText('Ladder');
  await expect(page).toHaveTitle('The career ladder · PM Compass');
});

test('the title names the view, and on Compare the roles, as they change', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?view=compare&roles=pm,cpo,ceo&v=1');
  await expect(page).toHaveTitle('Product Manager vs Chief Product Officer vs CEO: compared · PM Compass');
  await page.getByRole('button', { name: 'Remove Chief Product Officer', exact: true }).click();
  await expect(page).toHaveTitle('Product Manager vs CEO: compared · PM Compass');
  await page.getByLabel('Add a role').selectOption({ label: 'VP of Product' });
  await expect(page).toHaveTitle('Product Manager vs CEO vs VP of Product: compared · PM Compass');

  // A pair on the ladder, a note's link, a bad link: the title follows the view shown.
  await app.open('?view=ladder&from=pm&to=cpo&v=1');
  await expect(page).toHaveTitle('The career ladder · PM Compass');
  await app.open('?view=notes&v=1');
  await expect(page).toHaveTitle('Your notes · PM Compass');
  await app.navLink('Compare').click();
  await expect(page).toHaveTitle('Product Manager vs CEO: compared · PM Compass');
  await app.open('?view=nowhere');
  await expect(app.notice).toBeVisible();
  await expect(page).toHaveTitle('Product Manager vs CEO: compared · PM Compass');
});

test('a view link opens that view in a fresh browser context', async ({ page, browser }) => {
  const app = new AppPage(page);
  await app.open();
  await app.navLink('Ladder').click();
  await expect(page).toHaveURL(/\?view=ladder&v=1$/);
  const link = page.url();

  const fresh = await browser.newContext();
  const other = new AppPage(await fresh.newPage());
  await other.page.goto(link);
  await expect(other.heading).toHaveText('The career ladder');
  await expect(other.currentNav).toHaveText('Ladder');
  await expect(other.notice).toHaveCount(0);
  await fresh.close();
});

test('the navigation works from the keyboard', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.navLink('Notes').focus();
  await page.keyboard.press('Enter');
  await expect(app.heading).toHaveText('Your notes');
  await expect(page).toHaveURL(/\?view=notes&v=1$/);
});

const badLinks: [string, string][] = [
  ['?view=boss', 'This link opens a view the app does not have (“boss”). Showing Compare instead.'],
  ['?view=', 'This link does not say which view to open. Showing Compare instead.'],
  ['?view=lad%zzer', 'This link has characters that cannot be decoded; those parts are left out.'],
  ['?foo=bar&view=compare', 'This link has a setting the app does not know (“foo”); it is left out.'],
  ['?view=compare&view=notes', 'This link gives the view more than once; the first is used.'],
  ['?%00%ff%fe=%C3%28', 'This link has characters that cannot be decoded; those parts are left out.'],
  [`?view=ladder&pad=${'x'.repeat(30_000)}`, 'This link is too long to read ('],
];

for (const [query, said] of badLinks) {
  test(`a bad link (${query.slice(0, 30)}) shows a notice, Compare and a corrected URL`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open(query);
    await expect(app.heading).toHaveText('Compare roles');
    await expect(app.notice).toContainText(said);
    await expect(app.notice).not.toContainText('ignored');
    await expect(page).toHaveURL(/\?view=compare&roles=pm,ceo&v=1$/);
  });
}

test('a bad link keeps what it could use, and the notice can be dismissed', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?view=notes&colour=blue');
  await expect(app.heading).toHaveText('Your notes');
  await expect(app.notice).toHaveText(
    'This link has a setting the app does not know (“colour”); it is left out.',
  );
  await expect(page).toHaveURL(/\?view=notes&v=1$/);
  await app.dismissNotice.click();
  await expect(app.notice).toHaveCount(0);
  await expect(app.heading).toHaveText('Your notes');
});

test('a link with many problems names each of them, never “1 more problem”', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?view=compare&roles=pm,cpo&theme=money&diff=yes&pin=nope&open=budget.ceo&colour=red&size=big&v=1');
  await expect(app.notice).toHaveText(
    'This link names a theme the app does not have (“money”), so all themes are shown. ' +
      'This link sets “Only differences” to “yes”, which is neither on (1) nor off (0), so it is off. ' +
      'This link pins a row the app does not have (“nope”); it is left out. ' +
      'This link opens P&L and budget for CEO, who is not in this comparison, so no cell is open. ' +
      'This link has settings the app does not know (“colour” and “size”); they are left out.',
  );
  await expect(app.notice).not.toContainText('more problem');
});

test('correcting a bad link replaces it rather than adding to history', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?view=ladder');
  await app.page.goto(new URL('?view=nowhere', AppPage.base()).toString());
  await expect(app.notice).toBeVisible();
  await expect(page).toHaveURL(/\?view=compare&roles=pm,ceo&v=1$/);
  await page.goBack();
  await expect(app.heading).toHaveText('The career ladder');
});

test('works from a sub-path of a static host', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?view=notes', SUB_PATH.slice(1));
  await expect(app.heading).toHaveText('Your notes');
  await app.navLink('Ladder').click();
  await expect(app.heading).toHaveText('The career ladder');
  expect(new URL(page.url()).pathname).toBe(SUB_PATH);
  expect(app.search()).toBe('?view=ladder&v=1');
  await page.reload();
  await expect(app.heading).toHaveText('The career ladder');
});

test('no errors in the console in any view', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const app = new AppPage(page);
  await app.open();
  for (const name of ['Ladder', 'Notes', 'Compare'] as const) {
    await app.navLink(name).click();
    await expect(app.currentNav).toHaveText(name);
  }
  expect(problems).toEqual([]);
});

for (const width of [320, 375, 768, 1280]) {
  for (const view of ['compare', 'ladder', 'notes']) {
    test(`${view} at ${width} px wide does not scroll sideways and the navigation fits`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const app = new AppPage(page);
      await app.open(`?view=${view}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      for (const name of ['Compare', 'Ladder', 'Notes'] as const) {
        const box = await app.navLink(name).boundingBox();
        expect(box, `${name} is laid out`).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        expect(box!.height, `${name} is a comfortable touch target`).toBeGreaterThanOrEqual(32);
      }
    });
  }
}

test('Compare reads the knowledge base: every dimension, verdicts, and the articles', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?view=compare');
  const table = page.getByRole('table', { name: 'Product Manager compared with CEO' });
  await expect(table.locator('tr.dimension-row').getByRole('rowheader')).toHaveCount(DIMENSION_COUNT);
  await expect(page.locator('.verdict-summary')).toContainText(new RegExp(`holds on \\d+ of ${DIMENSION_COUNT} dimensions`));
  await expect(page.getByRole('heading', { name: 'The articles behind this' })).toBeVisible();
  await expect(page.locator('.sources cite')).toHaveCount(5);
});

for (const query of ['?view=compare&roles=pm,ceo&v=1', '?view=ladder&v=1', '?view=notes&v=1']) {
  test(`the page's frame is there before the app and nothing moves when it starts (${query})`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const app = new AppPage(page);
    // Before the app runs, the static header is drawn, with the same height as the app's. The
    // wasm is held back until it has been measured (a fixed delay was too short on a busy machine).
    const release = await app.openHeld(query);
    const boot = page.locator('#boot-shell');
    await expect(boot).toBeVisible();
    const before = await boot.boundingBox();
    const bootViews = await boot.locator('.view-link').allInnerTexts();
    release();
    await expect(app.heading).toBeVisible();
    await expect(boot).toHaveCount(0);
    const after = await page.locator('header.masthead').boundingBox();
    expect(after).toEqual(before);
    // The static header names the same views, in the same order, as the app's navigation.
    expect(await app.nav.getByRole('link').allInnerTexts()).toEqual(bootViews);
    await page.waitForTimeout(500);
    const total = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
    expect(total).toBe(0);
  });
}
