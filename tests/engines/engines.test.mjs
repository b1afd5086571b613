// The cross-engine suite (node --test): every journey of journeys.mjs in Firefox and WebKit, at a
// phone's width (375 px) and a desktop's (1280 px), against the release build in dist/ (or
// DIST_DIR), each checked for console errors. ENGINES picks the engines ("firefox,webkit" by
// default); SMOKE=1 runs only the first journey and the refused-wasm page in each.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { existsSync, mkdirSync } from 'node:fs';
import { App } from './app.mjs';
import { ENGINES, startSession } from './drivers.mjs';
import { journeys, offline } from './journeys.mjs';
import { REFUSE_WASM, startEngineServer } from './server.mjs';

const DIST = process.env.DIST_DIR || 'dist';
const engines = (process.env.ENGINES || ENGINES.join(',')).split(',').filter(Boolean);
const smoke = process.env.SMOKE === '1';
const FAILURES = 'target/engines-failures';
if (!existsSync(`${DIST}/index.html`)) throw new Error(`no release build in ${DIST}/: run scripts/build.sh first`);

for (const engine of engines) {
  for (const [width, height] of [[375, 800], [1280, 900]]) {
    describe(`${engine} at ${width} px`, () => {
      let server;
      let app;
      /** A second session: a fresh profile sharing nothing with the first. */
      const fresh = async () => {
        const other = new App(await startSession(engine), server, { engine, width, height });
        await other.fit();
        return other;
      };
      before(async () => {
        server = await startEngineServer(DIST);
        app = new App(await startSession(engine), server, { engine, width, height });
        const inner = await app.fit();
        assert.ok(inner === width || app.framed, `the page is ${width} px wide (it is ${inner})`);
      });
      after(async () => {
        await app?.session.quit();
        await server?.stop();
      });

      const chosen = Object.entries(journeys).slice(0, smoke ? 1 : undefined);
      for (const [name, journey] of chosen) {
        it(name, async (t) => {
          app.errors();
          try {
            const skipped = await journey(app, { session: app.session, fresh });
            assert.deepEqual(app.errors(), [], 'no error in the console');
            if (skipped) t.diagnostic(skipped);
          } catch (error) {
            // What the page looked like, to see why (target/engines-failures/).
            mkdirSync(FAILURES, { recursive: true });
            const file = `${FAILURES}/${engine}-${width}-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`;
            await app.screenshot(file).catch(() => undefined);
            t.diagnostic(`screenshot: ${file}; url: ${await app.js('return location.href').catch(() => '?')}`);
            throw error;
          }
        });
      }

      it('a browser that refuses WebAssembly under the policy is told so in words', async () => {
        // A first visit (a fresh profile): an offline copy would serve the page without the policy.
        const first = await fresh();
        // The page itself, not a frame: the message does not depend on the width, and WebKit
        // does not apply a frame's own header policy to its WebAssembly.
        first.framed = false;
        try {
          await first.goto(new URL(`?view=compare&${REFUSE_WASM}`, server.url).toString());
          const said = await first.until(
            () => first.js("const alert = document.querySelector('.boot-failed [role=alert]'); return alert && alert.innerText"),
            'the could-not-start message',
            20_000,
          );
          assert.match(said, /PM Compass could not start/);
          assert.match(said, /security settings for the page stopped the app's code from running/);
          assert.ok(await first.control('Reload'), 'a Reload button');
        } finally {
          await first.session.quit();
          app.errors();
        }
      });

      if (!smoke) {
        it('offline after the first visit', async (t) => {
          const own = await startEngineServer(DIST);
          const other = new App(await startSession(engine), own, { engine, width, height });
          try {
            await other.fit();
            const skipped = await offline(other, own);
            if (skipped) t.diagnostic(skipped);
          } finally {
            await other.session.quit();
            await own.stop().catch(() => undefined);
          }
        });
      }
    });
  }
}
