import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/paths';
import { runCli } from '../support/run-cli';

vi.setConfig({ testTimeout: 120_000 });

const real = join(repoRoot, 'tests/fixtures/import/real');
const facts: Record<string, { kind: string }> = parse(readFileSync(join(real, 'facts.yaml'), 'utf8'));

/** What only the editor can supply for any imported meeting report: who published it, its 公开属性, and what the text does not say. */
const EDITOR_FIELDS_OF_REPORTS = ['issuer', 'disclosure.access', 'agenda', 'agenda.topics', 'meeting.date', 'meeting.session'];
/** A 纪要 copied without its header and closing lines also needs those. */
const EDITOR_FIELDS_OF_MINUTES = [...EDITOR_FIELDS_OF_REPORTS, 'documentType', 'documentNumber', 'issuingOffice', 'dateIssued', 'compiled', 'attendance.present'];

/** `file:line: field: message` lines of `npm run check`, the field without the item number and the ordinal note (the content folder is a Chinese site, so messages are Chinese). */
function checkErrors(stderr: string): Array<{ file: string; field: string; message: string }> {
  return stderr.split('\n').flatMap((line) => {
    const match = /^(.+?\.md):\d+: ([^:]+?): (.*)$/u.exec(line);
    if (!match) return [];
    const field = (match[2] ?? '').replace(/\s*（议题[^）]*）$/u, '').replace(/\.\d+(?=\.|$)/gu, '');
    return [{ file: basename(match[1] ?? ''), field, message: match[3] ?? '' }];
  });
}

describe('every real fixture imported into a content folder: npm run check asks only for what the report says the editor must supply', () => {
  // A content folder of its own: the site's topics, organisations and site.json, and the drafts.
  const content = join(mkdtempSync(join(tmpdir(), 'gongkai-import-check-')), 'content');
  mkdirSync(content, { recursive: true });
  for (const name of ['site.json', 'topics.yaml', 'organisations.yaml', 'people.yaml']) cpSync(join(repoRoot, 'content', name), join(content, name));
  const minutes = join(content, 'minutes');
  const imported = runCli('import.ts', [real, '--out', minutes]);
  const summary = JSON.parse(readFileSync(join(minutes, 'import-summary.json'), 'utf8')) as { files: Array<{ file: string; result: string; fieldsMissing: string[] }> };
  rmSync(join(minutes, 'import-summary.json'));
  const check = runCli('check.ts', [content]);
  const errors = checkErrors(check.stderr);

  it('imports every fixture and checks every draft', () => {
    expect(imported.status, imported.stderr).toBe(0);
    expect(summary.files).toHaveLength(Object.keys(facts).length);
    expect(check.stdout + check.stderr).toContain(`${Object.keys(facts).length} 份纪要`);
  });

  it('fails a draft only on a field its import report lists as not found', () => {
    const unlisted = errors.filter((error) => {
      const row = summary.files.find((file) => basename(file.result) === error.file);
      return !row?.fieldsMissing.some((missing) => missing === error.field || missing.startsWith(`${error.field}.`));
    });
    expect(unlisted).toEqual([]);
    // Absent values only: no value the importer wrote is wrong for the schema.
    expect(errors.filter((error) => !/^(缺少此必填项|至少要列出 1 项|应为 .* 之一，而不是 undefined)/u.test(error.message))).toEqual([]);
  });

  it('asks of a meeting report only who published it, its 公开属性 and what its text does not say; no 文号, 整理 or 出席', () => {
    const sourceOf = (out: string) => basename(summary.files.find((file) => basename(file.result) === out)?.file ?? '');
    const fieldsOf = (kind: string) => new Set(errors.filter((error) => facts[sourceOf(error.file)]?.kind === kind).map((error) => error.field));
    const ofReports = fieldsOf('会议报道');
    console.log(`npm run check on ${summary.files.length} imported drafts: ${errors.length} problems; fields asked of reports: ${[...ofReports].join(', ')}; of 纪要: ${[...fieldsOf('纪要')].join(', ')}`);
    expect([...ofReports].filter((field) => !EDITOR_FIELDS_OF_REPORTS.includes(field))).toEqual([]);
    expect([...fieldsOf('纪要')].filter((field) => !EDITOR_FIELDS_OF_MINUTES.includes(field))).toEqual([]);
    // The reports were checked at all: each lacks at least these two.
    expect(ofReports.has('issuer') && ofReports.has('disclosure.access')).toBe(true);
  });
});
