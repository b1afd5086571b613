// End-to-end: the Notes view printed as a document. The PDF Chromium makes of it is read back
// with pdftotext, page by page: page 1 starts the notes (it is not left nearly empty), each note's
// heading is on the page of its first lines, and every line of every note is printed whole.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { NOTES_KEY, NotesPage } from './pages/notes-page';

/** A note's lines: short enough that none wraps, so each is one line of the PDF's text. */
function lines(n: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Note ${n} line ${i + 1}: what to try next week.`);
}

/** Notes long enough to run over several pages, most recent first as the list shows them. */
const NOTES: { heading: string; target: Record<string, string>; lines: string[] }[] = [
  { heading: 'CEO × P&L and budget', target: { kind: 'cell', role: 'ceo', dimension: 'budget' }, lines: lines(1, 70) },
  { heading: 'Mini-CEO verdict: Hiring and firing', target: { kind: 'dimension', dimension: 'hiring' }, lines: lines(2, 12) },
  { heading: 'Role: Chief Product Officer', target: { kind: 'role', role: 'cpo' }, lines: lines(3, 45) },
  { heading: 'Rung: Group Product Manager', target: { kind: 'rung', rung: 'group-pm' }, lines: lines(4, 30) },
  { heading: 'Step: Product Manager → Senior Product Manager', target: { kind: 'step', from: 'pm', to: 'senior-pm' }, lines: lines(5, 25) },
  { heading: 'Standalone note', target: { kind: 'standalone' }, lines: lines(6, 60) },
];

function storedNotes(): string {
  const at = Date.UTC(2026, 0, 15, 9, 30);
  return JSON.stringify({
    version: 1,
    notes: NOTES.map((note, i) => ({
      id: `${at + i}-${i}`,
      target: note.target,
      text: note.lines.join('\n'),
      created_at: at - i * 60_000,
      updated_at: at - i * 60_000,
    })),
  });
}

/** The text of each page of a PDF, first page first. */
function pagesOf(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'notes-print-'));
  try {
    const file = join(dir, 'notes.pdf');
    writeFileSync(file, pdf);
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    return Array.from({ length: count }, (_, i) =>
      execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, file, '-']).toString(),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('printed notes read like a document: page 1 starts them, headings stay with their notes, no line is cut', async ({ page }, info) => {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [NOTES_KEY, storedNotes()] as const);
  const notes = new NotesPage(page);
  await notes.openNotes();
  await expect(notes.labels()).toHaveText(NOTES.map((note) => note.heading));
  // On paper each note is its text, inside the page's margins (not pulled past the left edge).
  await page.emulateMedia({ media: 'print' });
  await expect(notes.items.getByRole('textbox')).toHaveCount(0);
  for (const box of await notes.items.locator('.note-printed').all()) {
    expect((await box.boundingBox())!.x).toBeGreaterThanOrEqual(0);
  }
  const pdf = await page.pdf({ format: 'A4' });
  if (process.env.KEEP_PDF) writeFileSync(process.env.KEEP_PDF, pdf);
  await info.attach('notes.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = pagesOf(pdf);
  const pageLines = pages.map((text) => text.split('\n').map((line) => line.trim()).filter(Boolean));
  const pageOf = (line: string) => pageLines.findIndex((lines) => lines.includes(line));

  // Page 1: the view's heading, then the first note's heading and a good part of its text.
  expect(pageLines[0]).toContain('Your notes');
  expect(pageLines[0]).toContain(NOTES[0].heading);
  expect(pageLines[0].filter((line) => line.startsWith('Note 1 line')).length).toBeGreaterThanOrEqual(20);

  for (const note of NOTES) {
    // The heading is on the page of the note's first lines (at least two of them).
    const heading = pageOf(note.heading);
    expect(heading, `the heading “${note.heading}” is printed`).toBeGreaterThanOrEqual(0);
    expect(pageOf(note.lines[0]), `“${note.heading}” starts on its heading's page`).toBe(heading);
    expect(pageOf(note.lines[1]), `“${note.heading}” keeps two lines with its heading`).toBe(heading);
    // Every line printed whole, once, in order: none cut at a page's foot or lost in a box.
    let last = -1;
    for (const line of note.lines) {
      const at = pageOf(line);
      expect(at, `“${line}” is printed whole`).toBeGreaterThanOrEqual(0);
      expect(at, `“${line}” comes after the line before it`).toBeGreaterThanOrEqual(last);
      last = at;
    }
  }
  // No page is left nearly empty before the last: each holds a fair share of lines.
  for (const [i, lines] of pageLines.slice(0, -1).entries()) {
    expect(lines.length, `page ${i + 1} is not left nearly empty`).toBeGreaterThanOrEqual(25);
  }
});
