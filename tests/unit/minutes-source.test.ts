import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { validationMessages } from '../../src/locales/editor';
import { lineOf, minutesFiles, readMinutesSource, yamlSyntaxErrors } from '../../src/validation/source';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/u;
const m = validationMessages('zh-CN').validation;

/** The frontmatter as the yaml library reads it (core schema and timestamps): the oracle for the fast read. */
function yamlLibraryData(path: string): unknown {
  const yaml = FRONTMATTER.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
  return parseDocument(yaml, { customTags: ['timestamp'] }).toJS();
}

function minutesFile(frontmatter: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-source-'));
  const path = join(dir, 'x.md');
  writeFileSync(path, `---\n${frontmatter}\n---\n\n一、议题\n`);
  return path;
}

describe('readMinutesSource reads valid frontmatter as the build does, and positions only when a message needs a line', () => {
  const files = [...minutesFiles('tests/fixtures/content'), ...minutesFiles('content')];

  it('reads every fixture and example file cleanly, to the same data the yaml library gives', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const path of files) {
      const source = readMinutesSource(path, process.cwd());
      expect(source.readCleanly, path).toBe(true);
      expect(source.data, path).toEqual(yamlLibraryData(path));
      expect(yamlSyntaxErrors(source, m)).toEqual([]);
    }
  });

  it('still finds the line of a field in a cleanly read file', () => {
    const path = minutesFile('title: 第五次常务会议\nmeeting:\n  date: 2023-04-10\n  number: 5');
    const source = readMinutesSource(path, process.cwd());
    expect(source.readCleanly).toBe(true);
    expect(source.data).toEqual({ title: '第五次常务会议', meeting: { date: new Date('2023-04-10T00:00:00Z'), number: 5 } });
    expect(lineOf(source, ['meeting', 'number'])).toBe(5);
  });

  it('keeps an impossible day as written, for the schema to report as the editor wrote it', () => {
    const source = readMinutesSource(minutesFile('title: 会议\ndateIssued: 2023-04-31'), process.cwd());
    expect(source.readCleanly).toBe(false);
    expect(source.data).toEqual({ title: '会议', dateIssued: '2023-04-31' });
  });

  it('reports a syntax error with its line when the build could not read the frontmatter', () => {
    const source = readMinutesSource(minutesFile('title: 会议\ntitle: 又一个\nissuer: "太仓市人民政府'), process.cwd());
    expect(source.readCleanly).toBe(false);
    const errors = yamlSyntaxErrors(source, m);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((error) => error.line)).toContain(3);
  });

});
