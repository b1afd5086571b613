// Takes screenshots of the release build in dist/ at phone and desktop widths, for a person to
// look at: node scripts/screenshots.mjs [out-dir] [query ...]. Each view is saved whole and as
// its first screenful (-top.png), in the light and the dark theme (-dark); and the page the boot
// guard leaves when the app cannot start (its wasm missing): could-not-start-<width>.png.
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { startStaticServer } from './static-server.mjs';

const [out = 'target/screenshots', ...queries] = process.argv.slice(2);
const views = queries.length
  ? queries
  : ['?view=compare', '?view=ladder', '?view=assess', '?view=assess&answers=decisions.2,budget.3,accountability.2', '?view=notes', '?view=boss'];
await mkdir(out, { recursive: true });
const { server, url } = await startStaticServer(process.env.DIST || 'dist');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const [width, colorScheme] of [375, 1280].flatMap((width) => [[width, 'light'], [width, 'dark']])) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 800 : 900 }, colorScheme });
    for (const query of views) {
      await page.goto(new URL(query, url).toString());
      await page.getByRole('heading', { level: 1 }).waitFor();
      const name = `${out}/${query.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root'}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`;
      await page.screenshot({ path: name, fullPage: true });
      await page.screenshot({ path: name.replace(/\.png$/, '-top.png') });
      console.log(name);
    }
    await page.close();
    if (!queries.length) {
      // A first visit (no offline copy) to a host that has lost the wasm.
      const context = await browser.newContext({ viewport: { width, height: 600 }, colorScheme, serviceWorkers: 'block' });
      const failing = await context.newPage();
      await failing.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
      await failing.goto(url);
      await failing.getByRole('alert').filter({ hasText: 'could not start' }).waitFor();
      const name = `${out}/could-not-start-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`;
      await failing.screenshot({ path: name });
      console.log(name);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
