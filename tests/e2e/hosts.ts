// The static hosts the offline, deep-link and update journeys run against: the project's own
// server and two well-kept servers from npm that behave as popular hosting platforms do.
// - project: scripts/static-server.mjs (a missing file is a 404; the sub-path named without its
//   closing slash is redirected to it, as web servers do).
// - clean-urls: `serve` with its defaults: /index.html answers 301 to /index and that 301 to /,
//   as platforms with a "pretty URLs" setting do.
// - spa-fallback: `sirv --single --no-ignores`: every missing path, files with an extension
//   included, is answered with index.html and 200, as single-page-app fallbacks do
//   (sirv's own default would still 404 a missing .wasm; platforms do not).
// Each host serves the build at its root and under SUB_PATH, and can be given another build
// (a deploy) while it runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer, SUB_PATH } from '../../scripts/static-server.mjs';
import { DIST } from './builds';

export const HOST_KINDS = ['project', 'clean-urls', 'spa-fallback'] as const;
export type HostKind = (typeof HOST_KINDS)[number];

/** What each kind of host is, in a test's title. */
export const HOST_NAMES: Record<HostKind, string> = {
  project: "the project's server",
  'clean-urls': 'a clean-URL host (serve)',
  'spa-fallback': 'a single-page-fallback host (sirv --single)',
};

export interface Host {
  /** The root of the host, with its closing slash. */
  url: string;
  /** Puts another build in place of the one served; `leaveOut` names files not copied. */
  deploy(dir: string, leaveOut?: (name: string) => boolean): Promise<void>;
  /** Takes the host away entirely. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Copies the build's files into `site` at its root and under SUB_PATH, replacing what was there. */
function place(site: string, dir: string, leaveOut: (name: string) => boolean): void {
  for (const folder of [site, join(site, SUB_PATH)]) {
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(folder)) {
      if (folder === site && name === SUB_PATH.split('/')[1]) continue;
      rmSync(join(folder, name), { recursive: true, force: true });
    }
    for (const name of readdirSync(dir).filter((name) => !leaveOut(name))) {
      cpSync(join(dir, name), join(folder, name), { recursive: true });
    }
  }
}

async function answering(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the host stopped: ${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the host did not answer at ${url}: ${log()}`);
}

/** Starts a host of `kind` on 127.0.0.1, serving the build in `dir`. */
export async function startHost(kind: HostKind, dir = DIST): Promise<Host> {
  if (kind === 'project') {
    const server = await startStaticServer(dir);
    const copies: string[] = [];
    let stopped = false;
    return {
      url: server.url,
      async deploy(other, leaveOut) {
        if (!leaveOut) return server.serve(other);
        const copy = mkdtempSync(join(tmpdir(), 'pm-compass-deploy-'));
        copies.push(copy);
        for (const name of readdirSync(other).filter((name) => !leaveOut(name))) {
          cpSync(join(other, name), join(copy, name), { recursive: true });
        }
        server.serve(copy);
      },
      async stop() {
        if (!stopped) await server.stop();
        stopped = true;
        for (const copy of copies) rmSync(copy, { recursive: true, force: true });
      },
    };
  }
  const site = mkdtempSync(join(tmpdir(), `pm-compass-${kind}-`));
  place(site, dir, () => false);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const bin = resolve('node_modules/.bin');
  const [command, args] =
    kind === 'clean-urls'
      ? [join(bin, 'serve'), [site, '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-port-switching']]
      : [join(bin, 'sirv'), [site, '--single', '--no-ignores', '--host', '127.0.0.1', '--port', String(port)]];
  let child: ChildProcess | null = null;
  const start = async () => {
    // NO_UPDATE_CHECK: serve would otherwise ask the npm registry for a newer serve on each start.
    const env = { ...process.env, NO_UPDATE_CHECK: '1' };
    const started = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    child = started;
    let output = '';
    started.stdout!.on('data', (data) => (output += data));
    started.stderr!.on('data', (data) => (output += data));
    try {
      await answering(url, started, () => output);
    } catch (error) {
      started.kill('SIGKILL');
      throw error;
    }
  };
  // Killed outright: a server closing gracefully waits for the browser's kept-alive connections.
  const kill = async () => {
    const running = child;
    child = null;
    if (running && running.exitCode === null && running.signalCode === null) {
      const exited = new Promise((done) => running.once('exit', done));
      running.kill('SIGKILL');
      await exited;
    }
  };
  await start();
  // A test that times out never reaches its `stop()`: the host goes when the test worker does.
  process.once('exit', () => child?.kill('SIGKILL'));
  return {
    url,
    // sirv reads the folder once, when it starts (as a platform's deploy swaps the whole site),
    // so a deploy restarts it on the same port; serve reads the files on each request.
    async deploy(other, leaveOut = () => false) {
      if (kind === 'clean-urls') return place(site, other, leaveOut);
      await kill();
      place(site, other, leaveOut);
      await start();
    },
    async stop() {
      await kill();
      rmSync(site, { recursive: true, force: true });
    },
  };
}
