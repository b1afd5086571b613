// Offline use beyond the hosts' journeys (tests/e2e/hosts.spec.ts) and recovery
// (tests/e2e/recovery.spec.ts): the online state, "Later" on an update, and installing the app.
// Each test runs its own server, so that it can take the network away or deploy a second build.
import { test, expect, chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, SUB_PATH } from '../../scripts/static-server.mjs';
import { AppPage } from './pages/app-page';
import { buildB, DIST, installed } from './builds';

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
