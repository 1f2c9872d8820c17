import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minutesSchema, type Minutes } from '../../src/schemas/minutes';
import { readMinutesSource } from '../../src/validation/source';
import { runCli, type CliResult } from './run-cli';

/** The frontmatter (through the schema, so defaults are filled) and body of a minutes file. */
export function readMinutesFile(path: string): { data: Minutes; body: string } {
  const source = readMinutesSource(path, process.cwd());
  return { data: minutesSchema.parse(source.document.toJS()), body: source.body.trim() };
}

/** The frontmatter of a file as written, without the schema: imported drafts may lack required fields. */
export function readRawMinutes(path: string): { data: any; body: string } {
  const source = readMinutesSource(path, process.cwd());
  return { data: source.document.toJS(), body: source.body.trim() };
}

/** Runs `npm run import` on a fixture into a fresh folder; returns the CLI result and the file written. */
export function importFixture(input: string, args: string[] = []): CliResult & { out: string } {
  const out = join(mkdtempSync(join(tmpdir(), 'gongkai-import-')), 'imported.md');
  return { ...runCli('import.ts', [input, '--out', out, ...args]), out };
}

/** The text of a file written by an import. */
export function writtenText(out: string): string {
  return readFileSync(out, 'utf8');
}
