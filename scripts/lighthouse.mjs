// Runs Lighthouse (performance, accessibility, best practices, SEO) against the release build
// served locally as a host would serve it, on the default view, in Lighthouse's default mobile
// setting (simulated slow 4G and a 4x slower CPU). Part of the benchmark (scripts/bench.mjs),
// also runnable on its own: node scripts/lighthouse.mjs [dist]. Prints the scores and returns
// them (with each failed audit's title) to the benchmark.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from './static-server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Lighthouse's scores (0 to 100) for the page at `query` of the build in `dist`. */
export async function lighthouseScores(dist = 'dist', query = '') {
  const { url, stop } = await startStaticServer(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url + query, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(categories[id].score * 100)]));
    const failed = Object.values(audits)
      .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
      .map((audit) => audit.title);
    const metrics = Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map(
        (id) => [id, audits[id]?.displayValue],
      ),
    );
    return { url: url + query, scores, metrics, failed, lighthouseVersion: result.lhr.lighthouseVersion };
  } finally {
    await chrome.kill();
    await stop();
  }
}

if (/lighthouse\.mjs$/.test(process.argv[1] ?? '')) {
  const report = await lighthouseScores(process.argv[2] || 'dist');
  console.log(JSON.stringify(report, null, 2));
}
