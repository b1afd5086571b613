// A visitor whose offline copy cannot start the app recovers by themselves: the boot guard in the
// page (public/boot.js) loads it from the network instead, or says so in words; and a copy that
// the app's earlier, unchecked worker stored (tests/e2e/fixtures/sw-unchecked.js) gives way to
// the next build as soon as the browser sees it, the stuck tab included.
import { test, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { startHost } from './hosts';
import { expectNoAxeViolations } from './axe';
import { buildB, DIST, firstVisit, installed, legacyBuild, nextInstall, versionOf } from './builds';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const column = (page: Page, name: RegExp) => page.getByRole('columnheader', { name });

/**
 * Puts a host's fallback page in the offline copy in place of the wasm, as an install that
 * checked nothing could have stored it from a single-page-fallback host mid-deploy.
 */
async function breakOfflineCopy(page: Page): Promise<void> {
  const wasm = readdirSync(DIST).find((name) => name.endsWith('_bg.wasm'))!;
  await page.evaluate(async (file) => {
    const [name] = (await caches.keys()).filter((key) => key.startsWith('pm-compass-'));
    const cache = await caches.open(name);
    const page = "<!DOCTYPE html><html><body>the host's page</body></html>";
    await cache.put(file, new Response(page, { headers: { 'content-type': 'text/html' } }));
  }, wasm);
}

test('a page from the offline copy that cannot start is loaded from the network instead', async ({ page }) => {
  const server = await startStaticServer(DIST);
  try {
    await page.goto(server.url + '?view=compare&roles=pm,cpo&v=1');
    await expect(heading(page)).toBeVisible();
    await installed(page);
    await breakOfflineCopy(page);

    const before = server.requests.length;
    await page.reload();
    // The broken copy is dropped and the page comes again from the host, whole, at its link.
    await expect(column(page, /Chief Product Officer/)).toBeVisible();
    await expect(page.locator('.boot-failed')).toHaveCount(0);
    // The page itself was asked of the host (the offline copy answers it without asking).
    expect(server.requests.slice(before)).toContain('/');
    expect(new URL(page.url()).search).toBe('?view=compare&roles=pm,cpo&v=1');
    // The app installs a sound copy again.
    await installed(page);
    const wasmType = await page.evaluate(async () => {
      const [name] = await caches.keys();
      const cache = await caches.open(name);
      const wasm = (await cache.keys()).find((request) => request.url.endsWith('_bg.wasm'))!;
      return (await cache.match(wasm))!.headers.get('content-type');
    });
    expect(wasmType).toBe('application/wasm');
  } finally {
    await server.stop();
  }
});

test('when the app cannot start even from the network, the page says so in words', async ({ page }) => {
  const server = await startStaticServer(DIST);
  try {
    await page.goto(server.url);
    await expect(heading(page)).toBeVisible();
    await installed(page);
    await breakOfflineCopy(page);
    // The host has lost the wasm too.
    await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.reload();
    const failure = page.getByRole('main');
    await expect(failure.getByRole('alert')).toContainText('PM Compass could not start');
    await expect(failure.getByRole('heading', { level: 1, name: 'PM Compass could not start' })).toBeVisible();
    await expect(failure.getByRole('button', { name: 'Reload' })).toBeVisible();
    await expectNoAxeViolations(page, 'the page when the app cannot start');
    // Once the host has it again, Reload brings the app.
    await page.unroute(/_bg\.wasm$/);
    await failure.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('.build-id')).toBeVisible();
    await expect(page.locator('.boot-failed')).toHaveCount(0);
  } finally {
    await server.stop();
  }
});

test("a tab left blank by the earlier worker's broken copy comes back by itself with the next build", async ({ page }) => {
  const legacy = legacyBuild();
  const host = await startHost('spa-fallback', legacy.dir);
  try {
    await page.goto(host.url + '?view=compare&roles=pm,cpo&v=1');
    await expect(page.locator('.build-id')).toHaveText(legacy.version);
    await installed(page);
    await breakOfflineCopy(page);
    await page.reload();
    // Stuck: the old page has no guard, and the frame never gets its app.
    await expect(page.locator('#boot-shell')).toBeVisible();
    await expect(heading(page)).toHaveCount(0);

    // The next build is deployed; the browser's own check on that visit finds it.
    await host.deploy(DIST);
    expect(await nextInstall(page)).toBe('installed');
    // It takes over at once and loads the stuck tab again, now whole.
    await expect(column(page, /Chief Product Officer/)).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.build-id')).toHaveText(versionOf());
    expect(await page.evaluate(() => caches.keys())).toEqual([`pm-compass-${versionOf().replace('Version ', '')}@/`]);
  } finally {
    await host.stop();
    legacy.remove();
  }
});

test("links that the earlier worker broke on a clean-URL host open again with the next build", async ({ page }) => {
  const legacy = legacyBuild();
  const host = await startHost('clean-urls', legacy.dir);
  try {
    await page.goto(host.url + '?view=compare&roles=pm,cpo&v=1');
    await expect(page.locator('.build-id')).toHaveText(legacy.version);
    await installed(page);
    // The unchecked worker stored the page the host reached by a redirect: every visit fails.
    await expect(page.reload()).rejects.toThrow(/ERR_FAILED/);

    await host.deploy(DIST);
    // The failed visit still lets the browser check for a new worker, which installs, sees the
    // broken copy and takes over at once: the link opens again, offline-ready.
    await expect(async () => {
      await page.goto(host.url + '?view=compare&roles=pm,cpo&v=1');
      await expect(column(page, /Chief Product Officer/)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.locator('.build-id')).toHaveText(versionOf());
  } finally {
    await host.stop();
    legacy.remove();
  }
});

test('a new build does not take over early from a sound one', async ({ page }) => {
  const server = await startStaticServer(DIST);
  const b = buildB();
  try {
    const versionA = await firstVisit(page, server.url + '?view=notes&v=1');
    server.serve(b.dir);
    expect(await nextInstall(page)).toBe('installed');
    // Build B waits for the person: the page still runs build A, and B is waiting.
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
    await expect(page.locator('.build-id')).toHaveText(versionA);
  } finally {
    await server.stop();
    b.remove();
  }
});
