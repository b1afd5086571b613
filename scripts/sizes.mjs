// Prints the size of every file a first visit loads (the page, its styles and scripts, the wasm,
// and everything the service worker precaches: the whole build), raw, gzip and brotli, and the
// totals. With --check it also holds the gzip total to the budget in scripts/size-budget.json
// and fails, listing each file, when the build is over it. Sizes are deterministic; timings are
// the benchmark's business (scripts/bench.mjs), never a test's.
// Usage: node scripts/sizes.mjs [dir] [--check]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const budgetFile = join(dirname(fileURLToPath(import.meta.url)), 'size-budget.json');

function filesIn(dir, folder = dir) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesIn(dir, path) : [relative(dir, path).split(sep).join('/')];
  });
}

/** A file's size as sent: its precompressed copy when the build has one, else as it is. */
function packed(dir, file, suffix, compress) {
  const path = join(dir, file);
  if (existsSync(path + suffix)) return statSync(path + suffix).size;
  const raw = readFileSync(path);
  return Math.min(raw.length, compress(raw).length);
}

/** Every file of the build in `dir`, with its size raw, gzip and brotli, in bytes. */
export function measure(dir = 'dist') {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`sizes: no build at ${dir}`);
  return filesIn(dir)
    .filter((file) => !/\.(gz|br)$/.test(file))
    .sort()
    .map((file) => ({
      file,
      raw: statSync(join(dir, file)).size,
      gzip: packed(dir, file, '.gz', (data) => gzipSync(data, { level: 9 })),
      brotli: packed(dir, file, '.br', (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
    }));
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8) + ' KB';
/** The sizes as a table, largest first, with the totals. */
export function table(rows) {
  const lines = [`${'file'.padEnd(40)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`];
  for (const row of [...rows].sort((a, b) => b.gzip - a.gzip)) {
    lines.push(`${row.file.padEnd(40)} ${kb(row.raw)} ${kb(row.gzip)} ${kb(row.brotli)}`);
  }
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  lines.push(`${'first visit, total'.padEnd(40)} ${kb(sum('raw'))} ${kb(sum('gzip'))} ${kb(sum('brotli'))}`);
  return lines.join('\n');
}

/** The first visit's gzip total, in bytes. */
export const gzipTotal = (rows) => rows.reduce((sum, row) => sum + row.gzip, 0);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const dir = args.find((arg) => !arg.startsWith('--')) || 'dist';
  const rows = measure(dir);
  const total = gzipTotal(rows);
  if (!check) {
    console.log(table(rows));
  } else {
    const { firstVisitGzipBytes: budget } = JSON.parse(readFileSync(budgetFile, 'utf8'));
    if (total > budget) {
      console.error(table(rows));
      console.error(
        `\nsize budget: the first visit is ${total} bytes gzip, over the budget of ${budget} bytes ` +
          `(scripts/size-budget.json) by ${total - budget}. Each file, largest first, is listed above.`,
      );
      process.exit(1);
    }
    console.log(`size budget: the first visit is ${total} of ${budget} bytes gzip (${((100 * total) / budget).toFixed(1)}%)`);
  }
}
