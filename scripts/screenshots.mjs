// Takes screenshots of the release build in dist/ at phone and desktop widths, for a person to
// look at: node scripts/screenshots.mjs [out-dir] [query ...]. Each view is saved whole and as
// its first screenful (-top.png), in the light and the dark theme (-dark).
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
  }
} finally {
  await browser.close();
  server.close();
}
