// Screenshots of every view in Firefox and WebKit at phone and desktop widths, for a person to
// look at beside the Chromium ones (scripts/screenshots.mjs): node scripts/screenshots-engines.mjs
// [out-dir]. Run it under xvfb-run (WebKit draws in a real window). Each view is saved as its
// first screen and one screen further down, in the light and the dark theme:
// <engine>-<view>-<width>[-dark][-down].png, and the page a refused WebAssembly leaves.
import { mkdir } from 'node:fs/promises';
import { App } from '../tests/engines/app.mjs';
import { ENGINES, startSession } from '../tests/engines/drivers.mjs';
import { REFUSE_WASM, startEngineServer } from '../tests/engines/server.mjs';
import { SHARED } from '../tests/engines/journeys.mjs';

const [out = 'target/screenshots-engines'] = process.argv.slice(2);
const views = ['?view=compare', SHARED, '?view=ladder&from=pm&to=vp-product&v=1', '?view=assess', '?view=assess&answers=decisions.2,budget.3,accountability.2', '?view=notes', '?view=boss'];
await mkdir(out, { recursive: true });
const server = await startEngineServer(process.env.DIST || 'dist');
const engines = (process.env.ENGINES || ENGINES.join(',')).split(',');
try {
  for (const engine of engines) {
    for (const [width, height] of [[375, 800], [1280, 900]]) {
      const app = new App(await startSession(engine), server, { engine, width, height });
      try {
        await app.fit();
        for (const dark of [false, true]) {
          for (const query of views) {
            await app.open(query);
            const theme = await app.js('return document.documentElement.dataset.theme || "light"');
            if ((theme === 'dark') !== dark) {
              await app.click(await app.find('button.theme-toggle'));
              await app.until(async () => (await app.js('return document.documentElement.dataset.theme || "light"')) === (dark ? 'dark' : 'light'), 'the theme');
            }
            await app.js('window.scrollTo(0, 0)');
            const name = `${out}/${engine}-${query.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${width}${dark ? '-dark' : ''}`;
            await app.screenshot(`${name}.png`);
            await app.js('window.scrollBy(0, innerHeight * 0.9)');
            await app.screenshot(`${name}-down.png`);
            console.log(name);
          }
        }
      } finally {
        await app.session.quit();
      }
      // A first visit (a fresh profile, so no offline copy serves the page without the policy).
      const first = new App(await startSession(engine), server, { engine, width, height });
      try {
        await first.fit();
        // The page itself: WebKit does not apply a frame's own header policy to its WebAssembly.
        first.framed = false;
        await first.goto(new URL(`?view=compare&${REFUSE_WASM}`, server.url).toString());
        await first.until(() => first.js("return !!document.querySelector('.boot-failed')"), 'the could-not-start page', 20_000);
        await first.screenshot(`${out}/${engine}-refused-wasm-${width}.png`);
      } finally {
        await first.session.quit();
      }
    }
  }
} finally {
  await server.stop();
}
