import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCollections, readAndImport } from '../../src/importer/import-file';
import { formatReport } from '../../src/importer/report';
import { importerMessages } from '../../src/locales/editor';
import { repoRoot } from '../support/paths';
import { runCli } from '../support/run-cli';

const fixtures = join(repoRoot, 'tests/fixtures/import');
const files = [
  ...readdirSync(fixtures).filter((name) => name.endsWith('.txt')).map((name) => join(fixtures, name)),
  ...readdirSync(join(fixtures, 'real')).filter((name) => name.endsWith('.txt')).map((name) => join(fixtures, 'real', name)),
];
const collections = loadCollections(join(repoRoot, 'content'));
const imports = await Promise.all(files.map((file) => readAndImport(file, collections)));

/** The lines of a report section (titled 未找到（3）： or Not found (3):), without their indent. */
function section(report: string, title: string): string[] {
  const start = Math.max(report.indexOf(`${title}（`), report.indexOf(`${title} (`));
  if (start < 0) return [];
  const lines = report.slice(start).split('\n').slice(1);
  return lines.slice(0, lines.findIndex((line) => line === '')).map((line) => line.trim());
}

/** Two English words in a row, field names (meeting.date, organisations.yaml) and quoted source text aside. */
const ENGLISH_SENTENCE = /(?<![\w.])[A-Za-z]{2,}(?:[ ,;:']+[A-Za-z]{2,})+(?![\w.])/u;
const QUOTED = /"[^"]*"/gu;
/** An English word outside field names. */
const ENGLISH_WORD = /(?<![\w.])[A-Za-z]{2,}(?![\w.])/u;
/** What a Chinese note asks the editor to do (请核对, 请填写…), never in an English one. */
const CHINESE_INSTRUCTION = /请(?:核对|填写|添加|从|手工|按|对照|将|补)/u;

/** The notes of a report: why each field is missing, what to check, and how a found value was read. */
function notes(report: string, titles: { notFound: string; check: string; found: string }, how: RegExp): string[] {
  return [
    ...section(report, titles.notFound).map((line) => line.slice(line.indexOf(' — ') + 3)),
    ...section(report, titles.check),
    ...section(report, titles.found).flatMap((line) => [...line.matchAll(how)].map((match) => match[1] ?? '')),
  ].filter((note) => note !== '无' && note !== 'none');
}

describe('the notes of an import report in the site language', () => {
  const keys = new Set(imports.flatMap(({ imported, source }) => [...imported.findings.missing, ...imported.findings.unsure, ...source.notes.map((note) => ({ note }))].map(({ note }) => note.key)));

  it('are read from enough kinds of source to speak of most rules (missing fields, dates, 列席, web pages, traditional script)', () => {
    expect(imports.length).toBeGreaterThanOrEqual(30);
    expect(keys.size).toBeGreaterThanOrEqual(15);
    for (const key of ['printedAt', 'notPrinted', 'traditional', 'observerByLength', 'noTopic']) expect(keys).toContain(key);
  });

  it('say no English sentence on a Chinese site', () => {
    const messages = importerMessages('zh-CN');
    const said = imports.flatMap(({ imported }) => notes(formatReport(imported.findings, messages), { notFound: '未找到', check: '请核对', found: '已找到' }, /^[\w.]*（([^）]+)）：/gu));
    expect(said.length).toBeGreaterThan(200);
    expect(said.filter((note) => ENGLISH_SENTENCE.test(note.replace(QUOTED, '')))).toEqual([]);
  });

  it('say each note with English words on an English site, and no Chinese instruction', () => {
    const messages = importerMessages('en');
    const said = imports.flatMap(({ imported }) => notes(formatReport(imported.findings, messages), { notFound: 'Not found', check: 'Check', found: 'Found' }, /^[\w.]* \(([^)]+)\): /gu));
    expect(said.length).toBeGreaterThan(200);
    expect(said.filter((note) => !ENGLISH_WORD.test(note.replace(QUOTED, '')) || CHINESE_INSTRUCTION.test(note.replace(QUOTED, '')))).toEqual([]);
  });

  it('are all written in both languages, the rules no fixture here triggers too', () => {
    // Any values will do to read the wording: 甲 for every text or number, two line numbers, a page line label, a field.
    const sample: Record<string, unknown> = { lines: [10, 11], page: { label: '发布时间' }, field: 'issuer' };
    const values = new Proxy({}, { get: (_, name) => sample[String(name)] ?? '甲' });
    const zh = importerMessages('zh-CN').notes;
    const en = importerMessages('en').notes;
    const say = (notes: typeof zh, key: string) => (notes[key as keyof typeof zh] as (params: unknown) => string)(values).replace(QUOTED, '');
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(zh).filter((key) => ENGLISH_SENTENCE.test(say(zh, key)))).toEqual([]);
    expect(Object.keys(en).filter((key) => !ENGLISH_WORD.test(say(en, key)) || CHINESE_INSTRUCTION.test(say(en, key)))).toEqual([]);
  });

  it('follow the site.json of the content folder when the command runs', () => {
    const content = mkdtempSync(join(tmpdir(), 'gongkai-import-notes-'));
    cpSync(join(repoRoot, 'content'), content, { recursive: true, filter: (path) => !path.includes('/minutes/') });
    const seed = join(fixtures, 'real/guangde-cwhy32-2023.txt');
    const chinese = runCli('import.ts', [seed, '--content', content, '--out', join(content, 'zh.md')]);
    expect(chinese.status, chinese.stderr).toBe(0);
    expect(section(chinese.stdout, '未找到').join('\n')).toContain('会议报道不写发文机关 — 请填写发布它的机关');
    const site = join(content, 'site.json');
    writeFileSync(site, JSON.stringify({ ...JSON.parse(readFileSync(site, 'utf8')), lang: 'en' }));
    const english = runCli('import.ts', [seed, '--content', content, '--out', join(content, 'en.md')]);
    expect(english.status, english.stderr).toBe(0);
    expect(section(english.stdout, 'Not found').join('\n')).toContain('a meeting report names no 发文机关; fill in the body that published it');
  });
});
