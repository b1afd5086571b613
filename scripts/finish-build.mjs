// Finishes a build folder in place. Trunk runs it after every build on its staging folder (see
// Trunk.toml); tests run it on a changed copy of a build. It moves trunk's inline loader into a
// file of its own; joins the stylesheets into one; puts the first screens of the views
// (public/first-screen.html) after the static header; puts the boot guard (public/boot.js) and
// the script that picks the first screen (public/first-screen.js) inline at the top of the page,
// the only inline scripts, each allowed by its hash; puts the build's id and, in release builds, the
// Content-Security-Policy in the page; writes the service worker, which precaches every file of
// the build, each checked against its integrity hash, in a cache named by the build's hash; and,
// in release builds, puts a gzip (.gz) and a brotli (.br) copy beside each file that
// compresses, for the server to send.
// Usage: node scripts/finish-build.mjs [folder]   (default: $TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { minify } from 'terser';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('finish-build: which folder? Give it as an argument or in TRUNK_STAGING_DIR.');
const release = (process.env.TRUNK_PROFILE || 'release') === 'release';

/**
 * A script of public/ as it goes inline into the page, with the hash the policy allows it by:
 * minified by terser (it is read before anything is drawn), still ES5 for the old browsers it
 * must talk to.
 */
async function inlineScript(name) {
  const { code } = await minify(readFileSync(join(ROOT, 'public', name), 'utf8'), {
    ecma: 5,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  return { code, hash: `'sha256-${createHash('sha256').update(code).digest('base64')}'` };
}

// The boot guard, and the script that picks the first screen: inline after the boot guard too,
// as it runs before the first paint, and as a file of its own it cost the first paint a request
// (about 260 ms on the benchmark's 150 ms round trips).
const { code: boot, hash: bootHash } = await inlineScript('boot.js');
const { code: firstScreenScript, hash: firstScreenHash } = await inlineScript('first-screen.js');

/**
 * What the page may load: only its own files and the two inline scripts (by their hashes);
 * WebAssembly compiled, but no eval of any kind.
 */
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${bootHash} ${firstScreenHash}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

function filesIn(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesIn(path) : [relative(dir, path).split(sep).join('/')];
  });
}

const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

// 1. Trunk's loader: an inline module script that imports the wasm-bindgen glue and starts the
// app. It goes into loader-<hash>.js, loaded by a script tag, so no inline script is needed.
// Its start, if it fails, raises pm-compass-start-failed for the boot guard.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const loader = html.match(inline);
if (loader) {
  // A start that fails is told to the boot guard: WebKit reports nothing when a module's
  // top-level await rejects (a wasm the page's policy refuses, a failed download).
  const code =
    loader[1]
      .trim()
      .replace(
        /await init\((\{[^)]*\})\)/,
        "await init($1).catch((error) => {\n  dispatchEvent(new CustomEvent('pm-compass-start-failed', { detail: String((error && error.message) || error) }));\n  throw error;\n})",
      ) + '\n';
  if (!code.includes('pm-compass-start-failed')) throw new Error("trunk's loader no longer calls init({ … }): update finish-build.mjs");
  for (const old of readdirSync(dir).filter((name) => /^loader-[0-9a-f]+\.js$/.test(name))) unlinkSync(join(dir, old));
  const name = `loader-${sha256(code).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code);
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
}

// 1b. One stylesheet instead of one per file of style/: trunk's copies (minified in release
// builds), joined in the page's order into style-<hash>.css, so the first paint waits for one
// request rather than nine.
const sheetOf = (tag) => (/\brel="?stylesheet"?[\s>]/.test(tag) ? tag.match(/\bhref="?\.\/([\w.-]+\.css)"?/)?.[1] ?? null : null);
const links = html.match(/<link\b[^>]*>/g) ?? [];
const sheets = links.map(sheetOf).filter((name) => name && !/^style-[0-9a-f]{16}\.css$/.test(name));
if (sheets.length) {
  const css = sheets.map((name) => readFileSync(join(dir, name), 'utf8').trim()).join('\n') + '\n';
  const name = `style-${sha256(css).slice(0, 16)}.css`;
  for (const old of readdirSync(dir).filter((file) => /^style-[0-9a-f]{16}\.css$/.test(file))) unlinkSync(join(dir, old));
  writeFileSync(join(dir, name), css);
  for (const sheet of sheets) unlinkSync(join(dir, sheet));
  const integrity = 'sha384-' + createHash('sha384').update(css).digest('base64');
  let first = true;
  html = html.replace(/<link\b[^>]*>/g, (tag) => {
    if (!sheets.includes(sheetOf(tag))) return tag;
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="./${name}" integrity="${integrity}">`;
  });
}

// 1c. The first screens (public/first-screen.html, made by scripts/first-screen.mjs from the
// app), after the static header: public/first-screen.js shows the one for the link, inert, until
// the app takes its place.
const firstScreens = readFileSync(join(ROOT, 'public', 'first-screen.html'), 'utf8')
  .replace(/<!--[\s\S]*?-->\s*/g, '')
  .trim();
html = html.replace(/<main class="?page"? id="?boot-view"?[\s\S]*?<\/main>/, '');
if (!/<noscript>/.test(html)) throw new Error('finish-build: the page has no <noscript> to put the first screens before');
html = html.replace(/<noscript>/, () => `${firstScreens}<noscript>`);

// 2. The boot guard, first in the page after the metas below (public/boot.js says what it does).
// Then the policy, release builds only: in development trunk adds an inline live-reload script.
html = html.replace(/<script id="?boot-guard"?>[\s\S]*?<\/script>/, '');
html = html.replace(/<script id="?first-screen"?>[\s\S]*?<\/script>/, '');
html = html.replace(
  /(<meta charset="?utf-8"?\s*\/?>)/i,
  (charset) => `${charset}<script id="boot-guard">${boot}</script><script id="first-screen">${firstScreenScript}</script>`,
);
html = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/i, '');
html = html.replace(/<meta name="?pm-compass-build"?[^>]*>/, '');
if (release) {
  html = html.replace(/(<meta charset="?utf-8"?\s*\/?>)/i, `$1<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
}

// 3. The build's id: a hash of every file the app is made of (the page without its id).
const files = filesIn(dir)
  .filter((file) => file !== 'sw.js' && !file.endsWith('.gz') && !file.endsWith('.br'))
  .sort();
const template = readFileSync(join(ROOT, 'public', 'sw.js'), 'utf8');
const digest = createHash('sha256');
// The worker's own code is part of the build: a change to it alone makes a new build.
digest.update('sw.js\0' + sha256(template) + '\n');
for (const file of files) {
  digest.update(file + '\0' + sha256(file === 'index.html' ? html : readFileSync(join(dir, file))) + '\n');
}
const build = release ? digest.digest('hex').slice(0, 12) : 'dev';
html = html.replace(/(<meta charset="?utf-8"?\s*\/?>)/i, `$1<meta name="pm-compass-build" content="${build}">`);
writeFileSync(htmlPath, html);

// 4. The service worker, with the list of files to precache (every file a page uses; not
// robots.txt) and the integrity hash of the code, styles and manifest, which the browser checks
// as it fetches them. The page has none: hosts may rewrite a page, so the worker knows it by the
// build's id. Nor do images: CDNs recompress them, and they are checked by their type.
const CHECKED = /\.(js|wasm|css|webmanifest)$/;
const precache = files
  .filter((path) => path !== 'robots.txt')
  .map((path) => ({
    path,
    integrity: CHECKED.test(path) ? 'sha384-' + createHash('sha384').update(readFileSync(join(dir, path))).digest('base64') : null,
  }));
const worker = template
  .replace("'__BUILD__'", JSON.stringify(build))
  .replace("['__FILES__']", JSON.stringify(precache))
  .replace(/^\/\/ scripts\/finish-build\.mjs fills in[\s\S]*?never served\.\n/m, '');
if (release) {
  writeFileSync(join(dir, 'sw.js'), worker);
} else {
  // Development builds are not kept offline: live reload must always see the newest files.
  try {
    unlinkSync(join(dir, 'sw.js'));
  } catch {}
}
// 5. Precompressed copies, at the strongest settings (they are made once, served many times).
if (release) {
  for (const packed of filesIn(dir).filter((file) => /\.(gz|br)$/.test(file))) {
    if (!files.includes(packed.replace(/\.(gz|br)$/, '')) && !packed.startsWith('sw.js.')) unlinkSync(join(dir, packed));
  }
  for (const file of [...files, 'sw.js']) {
    if (file.endsWith('.png')) continue;
    const data = readFileSync(join(dir, file));
    const gzip = gzipSync(data, { level: 9 });
    const brotli = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    if (gzip.length < data.length) writeFileSync(join(dir, file + '.gz'), gzip);
    if (brotli.length < data.length) writeFileSync(join(dir, file + '.br'), brotli);
  }
}
console.log(`finish-build: build ${build}, ${files.length} files${release ? `, ${precache.length} precached` : ""}`);
