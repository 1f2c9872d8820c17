import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ImporterMessages } from '../locales/editor/importer.zh-CN';
import type { FileOutcome } from './import-file';
import { formatOf } from './read-source';

/**
 * The files to import from the arguments: a file as given (an unsupported one then fails with its
 * reason), a folder recursively, only the files the importer reads, in sorted order so that
 * names and the summary are the same on every run.
 */
export function sourceFiles(inputs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && formatOf(path)) files.push(path);
    }
  };
  for (const input of inputs) {
    let isDirectory = false;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch {
      // A missing file fails on its own when it is read.
    }
    if (isDirectory) walk(input);
    else files.push(input);
  }
  return [...new Set(files)];
}

/** A name not yet taken in this batch: the slug itself, else the slug and a short hash of the source path (stable across runs). */
export function uniqueName(slug: string, file: string, taken: Set<string>): string {
  const name = taken.has(slug) ? `${slug}-${createHash('sha256').update(file).digest('hex').slice(0, 6)}` : slug;
  taken.add(name);
  return name;
}

/** One row of the summary: what the table prints and the JSON holds for each file. */
export function summaryRow(outcome: FileOutcome, cwd: string) {
  return {
    file: relative(cwd, outcome.file) || outcome.file,
    kind: outcome.kind ?? '-',
    type: outcome.documentType ?? outcome.documentKind ?? '-',
    encoding: outcome.encoding ?? '-',
    found: outcome.found.length,
    missing: outcome.missing.length,
    unplaced: outcome.unplaced,
    warnings: outcome.warnings,
    result: outcome.error ? 'failed' : relative(cwd, outcome.out),
  };
}

const COLUMNS = ['file', 'kind', 'type', 'encoding', 'found', 'missing', 'unplaced', 'warnings', 'result'] as const;

/** Display width: Han and full-width characters take two columns. */
function width(text: string): number {
  return [...text].reduce((sum, char) => sum + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1), 0);
}

/** The summary table: one row per file, columns padded to line up in a terminal, then the errors of failed files; headings and the tally in the site's language. */
export function summaryTable(outcomes: readonly FileOutcome[], cwd: string, messages: ImporterMessages): string {
  const rows = outcomes.map((outcome) => summaryRow(outcome, cwd));
  const cell = (row: (typeof rows)[number], column: (typeof COLUMNS)[number]) => (column === 'result' && row.result === 'failed' ? messages.failed() : String(row[column]));
  const cells = [COLUMNS.map((column) => messages.column({ column })), ...rows.map((row) => COLUMNS.map((column) => cell(row, column)))];
  const widths = COLUMNS.map((_, index) => Math.max(...cells.map((row) => width(row[index] ?? ''))));
  const lines = cells.map((row) => row.map((cell, index) => cell + ' '.repeat((widths[index] ?? 0) - width(cell))).join('  ').trimEnd());
  const failed = outcomes.filter((outcome) => outcome.error);
  const tally = messages.tally({ files: outcomes.length, imported: outcomes.length - failed.length, failed: failed.length });
  return [...lines, '', tally, ...failed.map((outcome) => `  ${relative(cwd, outcome.file) || outcome.file}: ${outcome.error}`)].join('\n');
}
