// Builds and service-worker states for the offline and update journeys: a second build made
// from dist/ as a new deploy would be, and waits on what the service worker does.
import { expect, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildB {
  dir: string;
  /** Build A's files that build B no longer has (it has others in their place). */
  replaced: string[];
  /** The name of build B's wasm. */
  wasm: string;
  remove(): void;
}

/** The finished build the tests run against: dist/, or DIST_DIR (see global-setup.ts). */
export const DIST = process.env.DIST_DIR || 'dist';

const hex = (text: string, length = 16) => createHash('sha256').update(text).digest('hex').slice(0, length);

/**
 * The build under test (DIST) as its next version would be, finished as trunk would: one stylesheet
 * changed (a new accent colour) and the wasm under a new name, as new code gets one, with the
 * loader that names it.
 */
export function buildB(): BuildB {
  const dir = mkdtempSync(join(tmpdir(), 'pm-compass-build-b-'));
  cpSync(DIST, dir, { recursive: true });
  for (const packed of readdirSync(dir).filter((name) => /\.(br|gz)$/.test(name))) rmSync(join(dir, packed));
  const names = readdirSync(dir);
  const replaced: string[] = [];
  let html = readFileSync(join(dir, 'index.html'), 'utf8');

  // The light theme's accent: `--color-accent:light-dark(#2f4fb5,…)` in the one minified stylesheet.
  const sheet = names.find((name) => /^style-[0-9a-f]+\.css$/.test(name))!;
  const css = readFileSync(join(dir, sheet), 'utf8').replace(/(--color-accent:(?:light-dark\()?)#2f4fb5/, '$1#6b2fb5');
  if (!css.includes('#6b2fb5')) throw new Error(`build B: no accent colour to change in ${sheet}`);
  const newSheet = `style-${hex(css)}.css`;
  writeFileSync(join(dir, newSheet), css);
  rmSync(join(dir, sheet));
  replaced.push(sheet);
  const integrity = 'sha384-' + createHash('sha384').update(css).digest('base64');
  html = html.replace(new RegExp(`href="?\\./${sheet}"? integrity="?[^ >"]+"?`), `href="./${newSheet}" integrity="${integrity}"`);
  if (!html.includes(newSheet)) throw new Error('build B: the page does not name the new stylesheet');

  // The wasm under a new name, and the loader that names it.
  const wasm = names.find((name) => /_bg\.wasm$/.test(name))!;
  const newWasm = wasm.replace(/-[0-9a-f]+_bg\.wasm$/, `-${hex('b' + wasm)}_bg.wasm`);
  renameSync(join(dir, wasm), join(dir, newWasm));
  replaced.push(wasm);
  const loader = names.find((name) => /^loader-[0-9a-f]+\.js$/.test(name))!;
  const code = readFileSync(join(dir, loader), 'utf8').replaceAll(wasm, newWasm);
  if (!code.includes(newWasm)) throw new Error(`build B: the loader does not name ${wasm}`);
  const newLoader = `loader-${hex(code)}.js`;
  writeFileSync(join(dir, newLoader), code);
  rmSync(join(dir, loader));
  replaced.push(loader);
  html = html.replaceAll(wasm, newWasm).replaceAll(loader, newLoader);
  writeFileSync(join(dir, 'index.html'), html);

  execFileSync('node', ['scripts/finish-build.mjs', dir], { env: { ...process.env, TRUNK_PROFILE: 'release' } });
  return { dir, replaced: replaced.sort(), wasm: newWasm, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The build under test as the app shipped before its installs were checked: the unchecked worker
 * (tests/e2e/fixtures/sw-unchecked.js), no boot guard in the page, and a build id of its own.
 */
export function legacyBuild(): { dir: string; version: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pm-compass-legacy-'));
  cpSync(DIST, dir, { recursive: true });
  for (const packed of readdirSync(dir).filter((name) => /^(index\.html|sw\.js)\.(br|gz)$/.test(name))) rmSync(join(dir, packed));
  const id = '01d' + hex(String(Date.now()), 9);
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
    .replace(/<script id="?boot-guard"?>[\s\S]*?<\/script>/, '')
    .replace(/(<meta name="?pm-compass-build"? content=)"?[0-9a-f]+"?/, `$1"${id}"`);
  if (!html.includes(id) || html.includes('boot-guard')) throw new Error('legacy build: the page did not change');
  writeFileSync(join(dir, 'index.html'), html);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((file) => file !== 'sw.js' && !/\.(br|gz)$/.test(file))
    .sort();
  const worker = readFileSync('tests/e2e/fixtures/sw-unchecked.js', 'utf8')
    .replace("'__BUILD__'", JSON.stringify(id))
    .replace("['__FILES__']", JSON.stringify(files));
  writeFileSync(join(dir, 'sw.js'), worker);
  return { dir, version: `Version ${id}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The build id of the build in `dir`, as the footer shows it ("Version <hash>"). */
export function versionOf(dir = DIST): string {
  const id = readFileSync(join(dir, 'index.html'), 'utf8').match(/pm-compass-build"? content="?([0-9a-f]+)/)?.[1];
  if (!id) throw new Error(`no build id in ${dir}/index.html`);
  return `Version ${id}`;
}

/** Waits until the service worker has the whole build and controls the page. */
export async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

/**
 * Asks the host for a newer build, as a visit does, and waits until the worker it brings has
 * either installed ("installed") or failed its install ("redundant"); "none" when the host has
 * nothing new.
 */
export async function nextInstall(page: Page): Promise<'installed' | 'redundant' | 'none'> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    let found: ServiceWorker | null = null;
    registration.addEventListener('updatefound', () => (found ??= registration.installing));
    let worker: ServiceWorker | null = null;
    // A check the page itself started may still be under way, and a second one asked for
    // meanwhile only shares its answer; so ask again while nothing new is seen.
    for (let attempt = 0; attempt < 5 && !worker; attempt += 1) {
      await registration.update().catch(() => undefined);
      for (let waited = 0; waited < 1_000 && !worker; waited += 50) {
        worker = found ?? registration.installing ?? registration.waiting;
        if (!worker) await new Promise((done) => setTimeout(done, 50));
      }
    }
    if (!worker) return 'none';
    const settled = (one: ServiceWorker) => ['installed', 'activating', 'activated', 'redundant'].includes(one.state);
    if (!settled(worker)) {
      const watched = worker;
      await new Promise<void>((done) => watched.addEventListener('statechange', () => settled(watched) && done()));
    }
    return worker.state === 'redundant' ? 'redundant' : 'installed';
  });
}

/** Opens `url`, waits until the offline copy is installed, and returns the version it runs. */
export async function firstVisit(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const running = await version(page);
  await installed(page);
  return running;
}

/** The build id the footer shows ("Version <hash>"). */
export async function version(page: Page): Promise<string> {
  const text = (await page.locator('.build-id').textContent()) ?? '';
  expect(text).toMatch(/^Version [0-9a-f]{12}$/);
  return text;
}
