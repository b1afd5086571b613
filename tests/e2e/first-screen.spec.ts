// End-to-end: what a link shows before the app has started (public/first-screen.html, picked by
// public/first-screen.js): the linked view's heading and introduction with its navigation item
// marked, the whole default comparison for the default link, nothing a link contradicts, every
// part in the box the app then draws it in, and words in its place if the app cannot start.
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DIMENSION_COUNT } from './pages/knowledge';

/** Opens `query` with the wasm held back; returns the function that lets it through. */
const openHeld = (page: Page, query: string) => new AppPage(page).openHeld(query);

type Part = { tag: string; text: string; box: number[]; within: number };

/**
 * The parts of a view on screen, in document order, the first screen's or the app's: each
 * element's box in the page (wherever it is scrolled), its words if it holds no element, and how many elements it holds. What only
 * paper shows is left out.
 */
function partsOf(page: Page, selector: string): Promise<Part[] | null> {
  return page.evaluate((selector) => {
    const view = [...document.querySelectorAll(selector)].find((element) => (element as HTMLElement).offsetParent !== null);
    if (!view) return null;
    return [view, ...view.querySelectorAll('*')]
      .filter((element) => !element.closest('.print-only'))
      .map((element) => {
        const box = element.getBoundingClientRect();
        // A part not drawn at this width (display: none) has no place, wherever the page is.
        const drawn = element.getClientRects().length > 0;
        const at = drawn ? [box.x + scrollX, box.y + scrollY, box.width, box.height] : [0, 0, 0, 0];
        const text = element.childElementCount ? '' : (element.textContent ?? '').trim().slice(0, 40);
        return { tag: element.tagName, text, box: at.map(Math.round), within: element.querySelectorAll('*').length };
      });
  }, selector);
}

/**
 * Each part of the first screen as the app draws it, in order: the same element and words at the
 * same place and width; the same height too, unless the app's holds more than the first screen
 * keeps (a column that goes on with what depends on the link).
 */
function sameBoxes(first: Part[], app: Part[]) {
  const seen = app.slice(0, first.length).map((part, i) => {
    const whole = part.within === first[i].within;
    return { tag: part.tag, text: part.text, box: whole ? part.box : [...part.box.slice(0, 3), first[i].box[3]] };
  });
  expect(seen).toEqual(first.map(({ tag, text, box }) => ({ tag, text, box })));
}

const shown = '#boot-view > [data-first]';
const VIEWS: [string, string, string, string][] = [
  ['', 'compare-default', 'Compare roles', 'Compare'],
  ['?view=compare&roles=pm,ceo&v=1', 'compare-default', 'Compare roles', 'Compare'],
  ['?view=compare&roles=pm,cpo,ceo&open=budget.ceo&v=1', 'compare', 'Compare roles', 'Compare'],
  ['?view=ladder&v=1', 'ladder-default', 'The career ladder', 'Ladder'],
  ['?view=ladder&from=pm&to=cpo&v=1&utm_source=newsletter', 'ladder', 'The career ladder', 'Ladder'],
  ['?view=assess&v=1', 'assess-start', 'How CEO-like is your product role?', 'My role'],
  ['?view=assess&answers=decisions.2,budget.3&v=1', 'assess', 'How CEO-like is your product role?', 'My role'],
  ['?view=notes&v=1', 'notes', 'Your notes', 'Notes'],
];

for (const [query, screen, heading, nav] of VIEWS) {
  for (const width of [375, 1280]) {
    test(`${query || 'the bare address'} at ${width} px: the view's first screen before the app, in the app's boxes`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const release = await openHeld(page, query);
      await expect(page.locator('html')).toHaveAttribute('data-first-screen', screen);
      const first = page.locator(`${shown}[data-first="${screen}"]`);
      await expect(first).toBeVisible();
      await expect(page.locator(shown).filter({ visible: true })).toHaveCount(1);
      await expect(first.locator('h1')).toHaveText(heading);
      if (screen.startsWith('compare') && width === 375) {
        // On a phone Compare's short answer takes the place of its introduction.
        await expect(first.locator('.lede')).toBeHidden();
        if (screen === 'compare-default') await expect(first.locator('.short-answer h2')).toBeVisible();
      } else {
        await expect(first.locator('.lede')).toBeVisible();
      }
      // The static header marks the linked view as the app's navigation will.
      const current = page.locator('#boot-shell .view-link', { hasText: nav });
      const other = page.locator('#boot-shell .view-link').filter({ hasNotText: nav }).first();
      const colour = (locator: typeof current) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(await colour(current)).not.toBe(await colour(other));
      if (screen === 'compare-default') {
        await expect(first.locator('tr.dimension-row')).toHaveCount(DIMENSION_COUNT);
        await expect(first.locator('.verdict-summary')).toBeVisible();
      } else {
        await expect(first.locator('table')).toHaveCount(0);
      }
      if (screen.startsWith('ladder')) await expect(first.locator('.ladder-description')).toBeVisible();
      if (screen === 'ladder-default') await expect(first.locator('.ladder-grid button')).not.toHaveCount(0);
      if (screen === 'ladder') await expect(first.locator('.ladder-grid')).toHaveCount(0);
      if (screen === 'assess-start') await expect(first.getByText('Before you start')).toBeVisible();
      const before = await partsOf(page, shown);
      release();
      const app = new AppPage(page);
      await expect(app.heading).toHaveText(heading);
      await expect(page.locator('#boot-view')).toHaveCount(0);
      await expect(app.currentNav).toHaveText(nav);
      await page.waitForTimeout(300);
      const after = await partsOf(page, 'main#main > section.view');
      expect(before).not.toBeNull();
      // Every part of the first screen is where the app draws it, with the same words.
      sameBoxes(before!, after!);
    });
  }
}

for (const [query, why] of [
  ['?view=compare&amp;roles=pm,ceo,cpo&amp;v=1', 'a link a chat app escaped'],
  ['?view=ladder&from=pm&to=cpo&v=1).', 'a link with a sentence after it'],
  ['?view=boss&v=1', 'a view that does not exist'],
  ['?view=compare&v=2', 'a link from a newer version'],
  ['?view=ladder&roles=pm&v=1', "another view's setting"],
  ['?view=compare&#38;roles=pm,cpo', 'a link cut at an escaped & (the rest in its fragment)'],
  ['?view=compare&diff=yes&v=1', 'a setting with a value the app does not read'],
  ['?hasOwnProperty=1&v=1', 'a setting named like a built-in'],
  ['?__proto__=x&v=1', 'a setting named __proto__'],
]) {
  test(`${why} gets the header alone before the app, never a view it might contradict`, async ({ page }) => {
    const release = await openHeld(page, query);
    await expect(page.locator('#boot-shell')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-first-screen', /./);
    await expect(page.locator(shown).filter({ visible: true })).toHaveCount(0);
    await expect(page.locator('#boot-shell .view-link[data-view="compare"]')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    release();
    await expect(new AppPage(page).heading).toBeVisible();
  });
}

test('with notes kept in this browser the default link shows the introduction, not the whole comparison', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('pm-compass.notes', '{"version":1,"notes":[]}'));
  const release = await openHeld(page, '');
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'compare');
  await expect(page.locator(`${shown}[data-first="compare"] h1`)).toHaveText('Compare roles');
  await expect(page.locator('#boot-view table')).toBeHidden();
  release();
  await expect(new AppPage(page).heading).toHaveText('Compare roles');
});

test('with a note on a rung the plain ladder link shows its introduction and key, not the rungs without their note marks', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('pm-compass.notes', '{"version":1,"notes":[]}'));
  const release = await openHeld(page, '?view=ladder&v=1');
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'ladder');
  await expect(page.locator(`${shown}[data-first="ladder"] .ladder-legend`)).toBeVisible();
  release();
  await expect(new AppPage(page).heading).toHaveText('The career ladder');
});

for (const [why, script] of [
  ['storage is blocked', () => Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } })],
  ['the browser is offline', () => Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false })],
] as [string, () => void][]) {
  test(`when ${why}, the app says so above the view, so the page shows the header alone before it`, async ({ page }) => {
    await page.addInitScript(script);
    const release = await openHeld(page, '?view=ladder&v=1');
    await expect(page.locator('#boot-shell')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-first-screen', /./);
    await expect(page.locator(shown).filter({ visible: true })).toHaveCount(0);
    release();
    await expect(new AppPage(page).heading).toHaveText('The career ladder');
  });
}

test('the dark theme chosen here is on the first screen before the app starts', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('pm-compass.theme', 'dark'));
  const release = await openHeld(page, '?view=ladder&v=1');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const first = page.locator(`${shown}[data-first="ladder-default"]`);
  await expect(first).toBeVisible();
  const ink = await first.locator('h1').evaluate((h1) => getComputedStyle(h1).color);
  expect(ink).not.toBe(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
  release();
  await expect(new AppPage(page).heading).toHaveText('The career ladder');
  expect(await page.locator('h1#view-heading').evaluate((h1) => getComputedStyle(h1).color)).toBe(ink);
});

test('when the app cannot start, its words take the place of the first screen', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(new URL('?view=compare&v=1', AppPage.base()).toString());
  const alert = page.getByRole('alert').filter({ hasText: 'could not start' });
  await expect(alert).toBeVisible();
  await expect(page.locator('#boot-view')).toHaveCount(0);
  // The words are at the top of the page, under the header, not below an inert comparison.
  const top = (await alert.boundingBox())!.y;
  const header = (await page.locator('#boot-shell').boundingBox())!;
  expect(top).toBeLessThan(header.y + header.height + 80);
  await context.close();
});

test('the page waits for one stylesheet, and still preloads the wasm and its JS', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await new AppPage(page).open();
  const head = await page.evaluate(() =>
    [...document.head.querySelectorAll('link, script')].map((element) => {
      const link = element as HTMLLinkElement;
      return element.tagName === 'LINK' ? `${link.rel} ${new URL(link.href).pathname.split('/').pop()}` : `script ${(element as HTMLScriptElement).src.split('/').pop()}`;
    }),
  );
  const sheets = head.filter((line) => line.startsWith('stylesheet '));
  expect(sheets).toHaveLength(1);
  expect(sheets[0]).toMatch(/^stylesheet style-[0-9a-f]{16}\.css$/);
  expect(requested.filter((path) => path.endsWith('.css'))).toHaveLength(1);
  const preloads = head.filter((line) => /^(modulepreload|preload) /.test(line));
  expect(preloads.some((line) => /^modulepreload pm_compass-[0-9a-f]+\.js$/.test(line))).toBe(true);
  expect(preloads.some((line) => /^preload pm_compass-[0-9a-f]+_bg\.wasm$/.test(line))).toBe(true);
  expect(head.some((line) => /^script loader-[0-9a-f]+\.js$/.test(line))).toBe(true);
});
