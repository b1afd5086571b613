// The Content-Security-Policy: the page runs no inline script but the boot guard and the first
// screen's picker, each allowed by its
// hash, and allows no eval; walking every view and control reports not one violation, at the
// root and under a sub-path.
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { ComparePage } from './pages/compare-page';
import { LadderPage } from './pages/ladder-page';
import { NotesPage } from './pages/notes-page';
import { SUB_PATH } from '../../scripts/static-server.mjs';

/** Collects violations from the page's own event and from the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return violations;
}

test('the policy is strict: own origin only, no inline script but the boot guard and the first screen\'s picker, no eval', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.openCompare();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(
    policy!.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
  expect(directives['default-src']).toBe("'self'");
  // The inline scripts are the boot guard and the first screen's picker, each allowed by the
  // hash of its text.
  const inline = page.locator('script:not([src])');
  expect(await inline.count()).toBe(2);
  const scripts = await inline.evaluateAll((all) => all.map((script) => ({ id: script.id, text: script.textContent ?? '' })));
  expect(scripts.map((script) => script.id)).toEqual(['boot-guard', 'first-screen']);
  const hashes = scripts.map((script) => `'sha256-${createHash('sha256').update(script.text).digest('base64')}'`);
  expect(directives['script-src']).toBe(`'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`);
  expect(directives['style-src']).toBe("'self'");
  expect(directives['object-src']).toBe("'none'");
  expect(directives['base-uri']).toBe("'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain("'unsafe-eval'");
  // No element carries a style attribute.
  expect(await page.locator('[style]').count()).toBe(0);
});

for (const path of ['', SUB_PATH]) {
  test(`walking every view and control reports no violation${path ? ` under ${path}` : ''}`, async ({ page }) => {
    const violations = await watchViolations(page);
    const where = path.slice(1);

    const compare = new ComparePage(page);
    await compare.open('?view=compare&roles=pm,ceo&v=1', where);
    await compare.addRole.selectOption({ label: 'Chief Product Officer' });
    await expect(compare.columnNames).toContainText(['Chief Product Officer']);
    await (await compare.cell('P&L and budget', 'CEO')).click();
    await expect(compare.detail).toBeVisible();
    await page.locator('#note-cell-ceo-budget').fill('A note, saved under the policy.');
    await compare.theme.selectOption({ index: 1 });
    await compare.onlyDifferences.click();
    await compare.copyLink.click();

    // A bad link and its notice.
    await compare.open('?view=compare&roles=pm,nobody&v=1', where);
    await expect(compare.notice).toBeVisible();

    const ladder = new LadderPage(page);
    await ladder.open('?view=ladder&from=pm&to=cpo&v=1', where);
    await expect(ladder.whatChanges).toBeVisible();
    await ladder.open('?view=ladder&v=1', where);
    await ladder.rungs.first().click();
    await ladder.iAmHere.click();

    const notes = new NotesPage(page);
    await notes.open('?view=notes&v=1', where);
    await expect(notes.items).not.toHaveCount(0);
    await notes.newNote.fill('Standalone, under the policy.');
    await notes.addNote.click();
    await notes.searchBox.fill('policy');
    const download = page.waitForEvent('download');
    await notes.exportMarkdown.click();
    await download;

    // At phone width too.
    await page.setViewportSize({ width: 375, height: 800 });
    await compare.open('?view=compare&roles=pm,ceo&open=budget.ceo&v=1', where);
    await expect(compare.detail).toBeVisible();

    expect(violations).toEqual([]);
  });
}

test('a browser the policy keeps from running WebAssembly is told so in words, not left with a frozen header', async ({ page }) => {
  // The page's own policy without 'wasm-unsafe-eval', sent by the host as a header: what an
  // engine that does not know that word (Safari before 16) makes of the page's policy.
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    await route.fulfill({
      response,
      body: html,
      headers: { ...response.headers(), 'content-security-policy': policy.replace(" 'wasm-unsafe-eval'", '') },
    });
  });
  await page.goto(new URL('?view=compare&roles=pm,ceo&v=1', ComparePage.base()).toString());
  const alert = page.getByRole('alert').filter({ hasText: 'could not start' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('PM Compass could not start');
  await expect(alert).toContainText("This browser's security settings for the page stopped the app's code from running.");
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  // Without the refusal, the message stays the general one (the wasm itself missing).
  await page.unroute(/\/(\?.*)?$/);
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(new URL('?view=ladder&v=1', ComparePage.base()).toString());
  await expect(page.getByRole('alert').filter({ hasText: 'could not start' })).toContainText('Check your connection');
});
