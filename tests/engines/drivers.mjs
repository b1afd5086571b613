// Sessions in the two engines beside Chromium, over WebDriver with selenium-webdriver:
// Firefox is Debian's firefox-esr through geckodriver (crates.io, pinned in scripts/env.sh),
// headless; WebKit is WebKitGTK's MiniBrowser through WebKitWebDriver (Debian's
// webkit2gtk-driver), on the X display the test command starts (xvfb-run). Each session is a
// fresh profile: nothing carries over from one to the next.
import { Builder } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const GECKODRIVER = process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`;
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines this suite drives, by the names the test command and the notes use. */
export const ENGINES = ['firefox', 'webkit'];

async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * A new session in `engine` ("firefox" or "webkit").
 * @returns {Promise<{ driver: import('selenium-webdriver').WebDriver, downloads: string,
 *   quit: () => Promise<void> }>} `downloads` is the folder the browser saves downloads to.
 */
export async function startSession(engine) {
  const downloads = mkdtempSync(join(tmpdir(), `pm-compass-${engine}-downloads-`));
  if (engine === 'firefox') {
    const options = new firefox.Options()
      .setBinary(FIREFOX)
      .addArguments('-headless')
      .setPreference('browser.download.folderList', 2)
      .setPreference('browser.download.dir', downloads)
      .setPreference('browser.download.useDownloadDir', true)
      .setPreference('browser.download.always_ask_before_handling_new_types', false)
      // No calls home from a test profile: the machine's network is closed.
      .setPreference('app.update.enabled', false)
      .setPreference('browser.shell.checkDefaultBrowser', false)
      .setPreference('datareporting.policy.dataSubmissionEnabled', false)
      .setPreference('toolkit.telemetry.enabled', false);
    const service = new firefox.ServiceBuilder(GECKODRIVER);
    const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
    return { driver, downloads, quit: () => driver.quit() };
  }
  if (engine === 'webkit') {
    if (!process.env.DISPLAY) throw new Error('WebKit needs an X display: run the suite under xvfb-run');
    const port = await freePort();
    // MiniBrowser saves a download in the home folder (no Downloads folder there): a folder of
    // the session's own, so the test can read what was saved.
    const env = { ...process.env, HOME: downloads };
    const server = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env });
    const stopServer = () => {
      if (server.exitCode === null) server.kill();
    };
    try {
      const capabilities = {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      };
      let driver;
      for (let attempt = 0; !driver; attempt++) {
        try {
          driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
        } catch (error) {
          // The driver takes a moment to listen.
          if (attempt > 40 || !/ECONNREFUSED/.test(String(error))) throw error;
          await new Promise((done) => setTimeout(done, 100));
        }
      }
      return {
        driver,
        downloads,
        quit: async () => {
          try {
            await driver.quit();
          } finally {
            stopServer();
          }
        },
      };
    } catch (error) {
      stopServer();
      throw error;
    }
  }
  throw new Error(`no such engine: ${engine}`);
}
