// Starts the static server for the whole run and hands its address to the tests;
// the returned function stops it when the run ends.
import { existsSync } from 'node:fs';
import { startStaticServer } from '../../scripts/static-server.mjs';

export default async function globalSetup() {
  // DIST_DIR: another finished build to test (several builds can then be tested side by side).
  const dist = process.env.DIST_DIR || 'dist';
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`no release build in ${dist}/: run scripts/build.sh first`);
  }
  const { server, url } = await startStaticServer(dist);
  process.env.APP_URL = url;
  return async () => {
    await new Promise((done) => server.close(done));
  };
}
