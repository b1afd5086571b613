// Deploying where people deploy: the offline, deep-link and update journeys against three kinds
// of static host (tests/e2e/hosts.ts): the project's server, a clean-URL host that redirects
// index.html to ./, and a single-page-fallback host that answers any missing file with the page.
import { test, expect, type Page } from '@playwright/test';
import { SUB_PATH } from '../../scripts/static-server.mjs';
import { HOST_KINDS, HOST_NAMES, startHost } from './hosts';
import { buildB, firstVisit, installed, nextInstall, version } from './builds';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const offlineLine = (page: Page) => page.getByText('You are offline.');
const updatePrompt = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of PM Compass is ready.' });
const column = (page: Page, name: RegExp) => page.getByRole('columnheader', { name });

/** Console errors and failed page loads, to be none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const kind of HOST_KINDS) {
  test.describe(`on ${HOST_NAMES[kind]}`, () => {
    for (const path of ['', SUB_PATH.slice(1)]) {
      const where = path ? ` under ${SUB_PATH}` : '';

      test(`after one visit, deep links open from the offline copy, online and with no network${where}`, async ({ page, context }) => {
        const host = await startHost(kind);
        try {
          const errors = watchErrors(page);
          const base = new URL(path, host.url).toString();
          await page.goto(base + '?view=compare&roles=pm,ceo&v=1');
          await expect(heading(page)).toBeVisible();
          const versionA = await version(page);
          await installed(page);

          // Online: the page comes from the offline copy, and the browser takes it.
          const again = await page.goto(base + '?view=compare&roles=pm,cpo&v=1');
          expect(again?.fromServiceWorker()).toBe(true);
          await expect(column(page, /Chief Product Officer/)).toBeVisible();
          await page.reload();
          await expect(column(page, /Chief Product Officer/)).toBeVisible();
          await expect(offlineLine(page)).toHaveCount(0);

          await host.stop();
          await context.setOffline(true);
          await expect(offlineLine(page)).toBeVisible();
          await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toContainText('still works');
          await page.reload();
          await expect(column(page, /^CEO/)).toHaveCount(0);
          await expect(column(page, /Chief Product Officer/)).toBeVisible();
          // The installed version goes on running.
          await expect(page.locator('.build-id')).toHaveText(versionA);

          // A comparison with a cell open; a note written offline is kept across a reload.
          await page.goto(base + '?view=compare&roles=pm,director-pm,ceo&open=budget.ceo&v=1');
          await expect(column(page, /Director of Product/)).toBeVisible();
          const editor = page.locator('#note-cell-ceo-budget');
          await editor.fill('Written on the plane.');
          await page.reload();
          await expect(page.locator('#note-cell-ceo-budget')).toHaveValue('Written on the plane.');

          // The page under its own name too, which a clean-URL host never serves.
          await page.goto(base + 'index.html?view=ladder&from=pm&to=cpo&v=1');
          await expect(page.getByRole('heading', { name: /^What changes \(\d+ of \d+ dimensions\)$/ })).toBeVisible();
          await expect(page.getByText(/^The way: /)).toBeVisible();

          await page.goto(base + '?view=notes&v=1');
          const listed = page.locator('.notes-list').getByRole('listitem');
          await expect(listed).toHaveCount(1);
          await expect(listed.getByRole('textbox')).toHaveValue('Written on the plane.');

          // A bad link is still corrected offline.
          await page.goto(base + '?view=nowhere');
          await expect(page.locator('.link-notice-text')).toBeVisible();
          // Going offline makes the browser log its failed checks for a new worker; nothing else.
          expect(errors.filter((text) => !/sw\.js/.test(text))).toEqual([]);
        } finally {
          await host.stop();
        }
      });
    }

    test(`a link to ${SUB_PATH} without its closing slash opens its view, and offline after`, async ({ page, context }) => {
      const host = await startHost(kind);
      try {
        const errors = watchErrors(page);
        const noSlash = new URL(SUB_PATH.slice(1, -1), host.url).toString();
        await page.goto(noSlash + '?view=compare&roles=pm,cpo&diff=1&v=1');
        await expect(column(page, /Chief Product Officer/)).toBeVisible();
        expect(new URL(page.url()).pathname).toBe(SUB_PATH);
        expect(new URL(page.url()).search).toContain('roles=pm,cpo');
        // Its stylesheets were found: the masthead has its colours, not the browser's defaults.
        const masthead = await page.locator('header.masthead').evaluate((element) => getComputedStyle(element).backgroundColor);
        expect(masthead).not.toBe('rgba(0, 0, 0, 0)');
        expect(errors).toEqual([]);

        // The sub-path's worker installs; its pages then open with no network.
        const active = () => page.evaluate(async (scope) => (await navigator.serviceWorker.getRegistration(scope))?.active?.state, SUB_PATH);
        await expect.poll(active, { timeout: 15_000 }).toBe('activated');
        await host.stop();
        await context.setOffline(true);
        await page.goto(new URL(SUB_PATH.slice(1), host.url).toString() + '?view=compare&roles=pm,cpo&v=1');
        await expect(column(page, /Chief Product Officer/)).toBeVisible();
      } finally {
        await host.stop();
      }
    });

    test('a new deploy installs in the background, offers a reload, and then runs whole', async ({ page }) => {
      const host = await startHost(kind);
      const b = buildB();
      try {
        const versionA = await firstVisit(page, host.url + '?view=compare&roles=pm,ceo&v=1');

        await host.deploy(b.dir);
        await page.goto(host.url + '?view=ladder&v=1');
        await expect(heading(page)).toBeVisible();
        // Still build A until the person chooses otherwise.
        await expect(page.locator('.build-id')).toHaveText(versionA);
        await expect(updatePrompt(page)).toBeVisible({ timeout: 15_000 });

        const asked: string[] = [];
        page.on('request', (request) => asked.push(new URL(request.url()).pathname));
        await updatePrompt(page).getByRole('button', { name: 'Reload to update' }).click();
        await expect(page.locator('.build-id')).not.toHaveText(versionA, { timeout: 15_000 });
        const versionB = await version(page);
        // The same view, in build B's colours, with build B's code.
        await expect(heading(page)).toBeVisible();
        expect(new URL(page.url()).search).toContain('view=ladder');
        const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim());
        expect(accent).toMatch(/^(light-dark\()?#6b2fb5\b/);
        expect(asked.filter((path) => b.replaced.some((file) => path.endsWith(file)))).toEqual([]);
        // Only build B's cache is left.
        expect(await page.evaluate(() => caches.keys())).toEqual([`pm-compass-${versionB.replace('Version ', '')}@/`]);
        await expect(updatePrompt(page)).toHaveCount(0);
      } finally {
        await host.stop();
        b.remove();
      }
    });

    test('a deploy whose wasm is missing is never installed: no update is offered, the installed version keeps working', async ({ page, context }) => {
      test.slow();
      const host = await startHost(kind);
      const b = buildB();
      try {
        const versionA = await firstVisit(page, host.url + '?view=compare&roles=pm,ceo&v=1');

        // Half a deploy: build B's page and code, but not its wasm.
        await host.deploy(b.dir, (name) => name.startsWith(b.wasm));
        expect(await nextInstall(page)).toBe('redundant');
        await page.reload();
        await expect(column(page, /^CEO/)).toBeVisible();
        await expect(page.locator('.build-id')).toHaveText(versionA);
        expect(await nextInstall(page)).toBe('redundant');
        await expect(updatePrompt(page)).toHaveCount(0);
        // Build A is still whole offline.
        await context.setOffline(true);
        await page.goto(host.url + '?view=ladder&from=pm&to=cpo&v=1');
        await expect(page.getByText(/^The way: /)).toBeVisible();
        await expect(page.locator('.build-id')).toHaveText(versionA);
        await context.setOffline(false);

        // Once the deploy is whole, the next visit offers the update (serve compresses the
        // build's files as it sends them, which takes a while on a busy machine).
        await host.deploy(b.dir);
        await page.reload();
        await expect(updatePrompt(page)).toBeVisible({ timeout: 30_000 });
      } finally {
        await host.stop();
        b.remove();
      }
    });
  });
}

test('on a single-page-fallback host, a path the app does not know still opens the app', async ({ page }) => {
  const host = await startHost('spa-fallback');
  try {
    // The host answers /shared-from-chat with the root's page; its files are in the root.
    await page.goto(host.url + 'shared-from-chat?view=compare&roles=pm,cpo&v=1');
    await expect(column(page, /Chief Product Officer/)).toBeVisible();
    await expect(page.locator('.boot-failed')).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
