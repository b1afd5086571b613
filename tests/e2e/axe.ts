// axe-core on a whole page, for every spec that checks accessibility: WCAG 2.0 and 2.1, A and
// AA, and axe's best practices; a violation fails with a readable list of what it found.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe on the whole page and fails with a readable list of whatever it found. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  // Legacy mode runs axe in the page itself (the app has no frames), which saves the blank page
  // the default mode opens for every run; and only violations come back with their elements.
  // Together about three times faster.
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const found = results.violations.map((violation) => {
    const nodes = violation.nodes
      .map((node) => `    ${node.target.join(' ')}${node.failureSummary ? `\n      ${node.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
      .join('\n');
    return `${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
  });
  expect(found, `axe found ${found.length} violation(s) in ${what}:\n\n${found.join('\n\n')}\n`).toEqual([]);
}
