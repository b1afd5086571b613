// Offline use beyond the hosts' journeys (tests/e2e/hosts.spec.ts): the online state, "Later"
// on an update, recovering from an offline copy that cannot start, and installing the app.
// Each test runs its own server, so that it can take the network away or deploy a second build.
import { test, expect, chromium, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, SUB_PATH } from '../../scripts/static-server.mjs';
import { AppPage } from './pages/app-page';
import { buildB, DIST, installed, nextInstall, version } from './builds';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const offlineLine = (page: Page) => page.getByText('You are offline.');

test('back online, the offline line goes away', async ({ page, context }) => {
  const { url, stop } = await startStaticServer(DIST);
  await page.goto(url);
  await expect(heading(page)).toBeVisible();
  await context.setOffline(true);
  await expect(offlineLine(page)).toBeVisible();
  await context.setOffline(false);
  await expect(offlineLine(page)).toHaveCount(0);
  await stop();
});

test('"Later" puts the update prompt away; once the tab is closed, the next visit runs the new version', async ({ page, context }) => {
  const server = await startStaticServer(DIST);
  const b = buildB();
  try {
    await page.goto(server.url);
    await expect(heading(page)).toBeVisible();
    const versionA = (await page.locator('.build-id').textContent())!;
    await installed(page);
    server.serve(b.dir);
    await page.reload();
    const later = page.getByRole('button', { name: 'Later' });
    await expect(later).toBeVisible({ timeout: 15_000 });
    await later.click();
    await expect(page.getByText('A new version of PM Compass is ready.')).toHaveCount(0);
    await expect(page.locator('.build-id')).toHaveText(versionA);
    await page.close();
    const next = await context.newPage();
    // The closed tab lets the waiting worker take over; a visit that starts in that moment can
    // be cut short by the browser, as a person would see a reload. Visit again until it lands.
    await expect(async () => {
      await next.goto(server.url + '?view=notes&v=1');
      await expect(heading(next)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(next.locator('.build-id')).not.toHaveText(versionA);
    await expect(next.getByText('A new version of PM Compass is ready.')).toHaveCount(0);
  } finally {
    await server.stop();
    b.remove();
  }
});

/** Puts a host's fallback page in the offline copy in place of the wasm, as an install that
 * checked nothing could have stored it. */
async function breakOfflineCopy(page: Page): Promise<void> {
  const wasm = readdirSync(DIST).find((name) => name.endsWith('_bg.wasm'))!;
  await page.evaluate(async (file) => {
    const [name] = (await caches.keys()).filter((key) => key.startsWith('pm-compass-'));
    const cache = await caches.open(name);
    const page = '<!DOCTYPE html><html><body>the host\'s page</body></html>';
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
    // The broken copy is dropped and the page comes again from the host, whole.
    await expect(page.getByRole('columnheader', { name: /Chief Product Officer/ })).toBeVisible();
    await expect(page.locator('.boot-failed')).toHaveCount(0);
    // The page itself was asked of the host (the offline copy answers it without asking).
    expect(server.requests.slice(before)).toContain('/');
    expect(new URL(page.url()).search).toBe('?view=compare&roles=pm,cpo&v=1');
    // The next visit is offline-ready again, with a sound copy.
    await installed(page);
    const wasmType = await page.evaluate(async () => {
      const [name] = await caches.keys();
      const cache = await caches.open(name);
      const keys = await cache.keys();
      const wasm = keys.find((request) => request.url.endsWith('_bg.wasm'))!;
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
    const alert = page.getByRole('alert').filter({ hasText: 'PM Compass could not start.' });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
    // Once the host has it again, Reload brings the app.
    await page.unroute(/_bg\.wasm$/);
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('.build-id')).toBeVisible();
    await expect(page.locator('.boot-failed')).toHaveCount(0);
  } finally {
    await server.stop();
  }
});

test("an earlier worker's broken offline copy gives way to a checked build at once", async ({ page }) => {
  const server = await startStaticServer(DIST);
  const b = buildB();
  try {
    await page.goto(server.url + '?view=notes&v=1');
    await expect(heading(page)).toBeVisible();
    const versionA = await version(page);
    await installed(page);
    await breakOfflineCopy(page);
    server.serve(b.dir);
    // Build B takes over without waiting for this tab to close.
    const tookOver = page.evaluate(
      () => new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', () => done(true), { once: true })),
    );
    expect(await nextInstall(page)).toBe('installed');
    expect(await tookOver).toBe(true);
    await page.reload();
    await expect(heading(page)).toBeVisible();
    await expect(page.locator('.build-id')).not.toHaveText(versionA);
  } finally {
    await server.stop();
    b.remove();
  }
});

for (const path of ['', SUB_PATH.slice(1)]) {
  test(`the app is installable: manifest, icons and service worker${path ? ` under ${SUB_PATH}` : ''}`, async ({ request, launchOptions }) => {
    // Chromium never offers to install from an incognito profile, which test contexts are.
    const profile = mkdtempSync(join(tmpdir(), 'pm-compass-profile-'));
    const context = await chromium.launchPersistentContext(profile, launchOptions);
    const page = context.pages()[0] ?? (await context.newPage());
    const base = new URL(path, AppPage.base()).toString();
    try {
    await page.goto(base);
    await expect(heading(page)).toBeVisible();
    await installed(page);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toBe(base + 'manifest.webmanifest');
    const parsed = JSON.parse(manifest.data!);
    expect(parsed).toMatchObject({
      name: 'PM Compass',
      short_name: 'PM Compass',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#2f4fb5',
    });
    expect(parsed.description).toContain('mini-CEO');
    expect(parsed.background_color).toMatch(/^#[0-9a-f]{6}$/);
    // Each icon is there, of the size it claims.
    const purposes = new Set<string>();
    for (const icon of parsed.icons) {
      const response = await request.get(new URL(icon.src, base).toString());
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type']).toBe(icon.type);
      purposes.add(`${icon.type} ${icon.sizes} ${icon.purpose}`);
      if (icon.type === 'image/png') {
        const png = await response.body();
        const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
        expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      }
    }
    expect([...purposes].sort()).toEqual([
      'image/png 192x192 any',
      'image/png 512x512 any',
      'image/png 512x512 maskable',
      'image/svg+xml any any',
    ]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
