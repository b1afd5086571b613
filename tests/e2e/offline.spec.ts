// Offline use, updates and installing: each test runs its own server, so that it can take the
// network away (the browser set offline and the server stopped) or deploy a second build.
import { test, expect, chromium, type Page, type BrowserContext } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, SUB_PATH } from '../../scripts/static-server.mjs';
import { AppPage } from './pages/app-page';

/** Waits until the service worker has the whole build and controls the page. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

async function goOffline(context: BrowserContext, stop: () => Promise<void>): Promise<void> {
  await stop();
  await context.setOffline(true);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const offlineLine = (page: Page) => page.getByText('You are offline.');

for (const path of ['', SUB_PATH.slice(1)]) {
  const where = path ? ` under ${SUB_PATH}` : '';

  test(`after one visit, every view and deep link works with no network${where}`, async ({ page, context }) => {
    const { url, stop } = await startStaticServer('dist');
    const base = new URL(path, url).toString();
    await page.goto(base + '?view=compare&roles=pm,ceo&v=1');
    await expect(heading(page)).toBeVisible();
    const version = await page.locator('.build-id').textContent();
    await installed(page);
    await expect(offlineLine(page)).toHaveCount(0);

    await goOffline(context, stop);
    await expect(offlineLine(page)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toContainText('still works');

    await page.reload();
    await expect(page.getByRole('columnheader', { name: /^CEO/ })).toBeVisible();
    await expect(offlineLine(page)).toBeVisible();
    // The installed version goes on running.
    await expect(page.locator('.build-id')).toHaveText(version!);

    // A comparison with a cell open.
    await page.goto(base + '?view=compare&roles=pm,director-pm,ceo&open=budget.ceo&v=1');
    await expect(page.getByRole('columnheader', { name: /Director of Product/ })).toBeVisible();
    const editor = page.locator('#note-cell-ceo-budget');
    await expect(editor).toBeVisible();

    // A note written offline is saved and still there after another reload.
    await editor.fill('Written on the plane.');
    await page.reload();
    await expect(page.locator('#note-cell-ceo-budget')).toHaveValue('Written on the plane.');

    // A ladder pair.
    await page.goto(base + '?view=ladder&from=pm&to=cpo&v=1');
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: /^What changes \(\d+ of \d+ dimensions\)$/ })).toBeVisible();
    await expect(page.getByText(/^The way: /)).toBeVisible();

    // The notes view lists the note written offline.
    await page.goto(base + '?view=notes&v=1');
    const listed = page.locator('.notes-list').getByRole('listitem');
    await expect(listed).toHaveCount(1);
    await expect(listed.getByRole('textbox')).toHaveValue('Written on the plane.');

    // A bad link is still corrected offline.
    await page.goto(base + '?view=nowhere');
    await expect(page.locator('.link-notice-text')).toBeVisible();
  });
}

test('back online, the offline line goes away', async ({ page, context }) => {
  const { url, stop } = await startStaticServer('dist');
  await page.goto(url);
  await expect(heading(page)).toBeVisible();
  await context.setOffline(true);
  await expect(offlineLine(page)).toBeVisible();
  await context.setOffline(false);
  await expect(offlineLine(page)).toHaveCount(0);
  await stop();
});

/** The build in dist/ with one stylesheet changed (a new accent colour), finished as trunk would. */
function buildB(): { dir: string; changedFrom: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pm-compass-build-b-'));
  cpSync('dist', dir, { recursive: true });
  const tokens = readdirSync(dir).find((name) => /^tokens-[0-9a-f]+\.css$/.test(name))!;
  // The light theme's accent: `--color-accent:light-dark(#2f4fb5,…)` in the minified tokens.
  const css = readFileSync(join(dir, tokens), 'utf8').replace(/(--color-accent:(?:light-dark\()?)#2f4fb5/, '$1#6b2fb5');
  if (!css.includes('#6b2fb5')) throw new Error(`build B: no accent colour to change in ${tokens}`);
  const renamed = `tokens-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(dir, renamed), css);
  rmSync(join(dir, tokens));
  const integrity = 'sha384-' + createHash('sha384').update(css).digest('base64');
  const html = readFileSync(join(dir, 'index.html'), 'utf8').replace(
    new RegExp(`href=\\./${tokens} integrity=[^ >]+`),
    `href=./${renamed} integrity=${integrity}`,
  );
  if (!html.includes(renamed)) throw new Error('build B: the page does not name the new stylesheet');
  writeFileSync(join(dir, 'index.html'), html);
  execFileSync('node', ['scripts/finish-build.mjs', dir], { env: { ...process.env, TRUNK_PROFILE: 'release' } });
  return { dir, changedFrom: tokens };
}

test('a new deploy installs in the background, offers a reload, and then runs whole', async ({ page }) => {
  const server = await startStaticServer('dist');
  const b = buildB();
  try {
    await page.goto(server.url + '?view=compare&roles=pm,ceo&v=1');
    await expect(heading(page)).toBeVisible();
    const versionA = (await page.locator('.build-id').textContent())!;
    await installed(page);
    // Build A's own files, not its precompressed copies (.br, .gz), which no page asks for.
    const filesOfA = readdirSync('dist').filter((name) => !/\.(br|gz)$/.test(name) && !readdirSync(b.dir).includes(name));
    expect(filesOfA).toEqual([b.changedFrom]);

    server.serve(b.dir);
    await page.goto(server.url + '?view=ladder&v=1');
    await expect(heading(page)).toBeVisible();
    // Still build A until the person chooses otherwise.
    await expect(page.locator('.build-id')).toHaveText(versionA);
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of PM Compass is ready.' });
    await expect(prompt).toBeVisible({ timeout: 15_000 });

    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await prompt.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.locator('.build-id')).not.toHaveText(versionA, { timeout: 15_000 });
    const versionB = (await page.locator('.build-id').textContent())!;
    expect(versionB).toMatch(/^Version [0-9a-f]{12}$/);
    // The same view, in build B's colours.
    await expect(heading(page)).toBeVisible();
    expect(new URL(page.url()).search).toContain('view=ladder');
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim());
    expect(accent).toMatch(/^(light-dark\()?#6b2fb5\b/);
    expect(asked.filter((path) => filesOfA.some((file) => path.endsWith(file)))).toEqual([]);
    // Only build B's cache is left.
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toEqual([`pm-compass-${versionB.replace('Version ', '')}`]);
    await expect(page.getByText('A new version of PM Compass is ready.')).toHaveCount(0);
  } finally {
    await server.stop();
    rmSync(b.dir, { recursive: true, force: true });
  }
});

test('"Later" puts the update prompt away; once the tab is closed, the next visit runs the new version', async ({ page, context }) => {
  const server = await startStaticServer('dist');
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
    rmSync(b.dir, { recursive: true, force: true });
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
