import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readRawMinutes } from '../support/import';
import { repoRoot } from '../support/paths';
import { runCli } from '../support/run-cli';

vi.setConfig({ testTimeout: 120_000 });

/** Every source file under a folder, recursively, as the import finds them. */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(txt|docx|pdf)$/u.test(name));
}

describe('npm run import on a folder of all the fixtures', () => {
  const input = mkdtempSync(join(tmpdir(), 'gongkai-import-folder-in-'));
  cpSync(join(repoRoot, 'tests/fixtures/import'), input, { recursive: true });
  // One file no encoding fits and one broken Word file: they fail, the rest go on.
  writeFileSync(join(input, 'real/unreadable.txt'), Buffer.from([0xcc, 0xab, 0xff, 0xfe, 0x80]));
  writeFileSync(join(input, 'broken.docx'), 'PK not a zip');
  const out = join(mkdtempSync(join(tmpdir(), 'gongkai-import-folder-out-')), 'drafts');
  const first = runCli('import.ts', [input, '--out', out]);
  const summary = JSON.parse(readFileSync(join(out, 'import-summary.json'), 'utf8')) as { files: Array<Record<string, any>> };
  const sources = sourcesUnder(input);

  it('imports every supported file, one markdown file each, and says by its exit status that some failed', () => {
    expect(first.status, first.stderr).toBe(1);
    expect(summary.files.map((file) => relative(input, join(repoRoot, file['file'])) ).sort()).toEqual(sources.sort());
    const failed = summary.files.filter((file) => file['result'] === 'failed');
    expect(failed.map((file) => file['file'].replace(/^.*[\\/]/u, '')).sort()).toEqual(['broken.docx', 'unreadable.txt']);
    expect(failed.map((file) => file['error'])).toEqual(expect.arrayContaining([expect.stringMatching(/cannot tell the encoding/u), expect.stringMatching(/the Word file cannot be read/u)]));
    const written = readdirSync(out).filter((name) => name.endsWith('.md'));
    expect(written).toHaveLength(sources.length - 2);
    expect(written).toEqual(expect.arrayContaining(['taicang-changwu-2023-05.md', 'taicang-zhuanti-2023-03.md', 'beijing-chaoyang-cwh-2024-04.md', 'doumen-cwhy5-104-2024.md']));
    for (const file of summary.files.filter((entry) => entry['result'] !== 'failed')) expect(existsSync(join(repoRoot, file['result'])), file['result']).toBe(true);
  });

  it('prints one summary table with file, kind, encoding, fields found and missing, unplaced lines and warnings, the same as the JSON', () => {
    const lines = first.stdout.split('\n');
    expect(lines[0]?.split(/\s{2,}/u)).toEqual(['文件', '类型', '文种', '编码', '已找到', '未找到', '未归入', '待核对', '结果']);
    for (const file of summary.files) {
      const row = lines.find((line) => line.startsWith(`${file['file']} `));
      expect(row?.split(/\s{2,}/u), file['file']).toEqual([file['file'], file['kind'], file['type'], file['encoding'], String(file['found']), String(file['missing']), String(file['unplaced']), String(file['warnings']), file['result'] === 'failed' ? '失败' : file['result']]);
    }
    expect(first.stdout).toContain(`共 ${sources.length} 个文件：导入 ${sources.length - 2} 个，失败 2 个`);
    const seed = summary.files.find((file) => file['file'].endsWith('import/taicang-changwu-2023-05.txt') || file['file'].endsWith(`${relative(repoRoot, input)}/taicang-changwu-2023-05.txt`));
    expect(seed).toMatchObject({ kind: 'text', type: '常务会议纪要', encoding: 'UTF-8', unplaced: 0 });
    expect(seed?.['fieldsFound']).toEqual(expect.arrayContaining(['issuer', 'documentNumber', 'meeting.date', 'meeting.chair', 'agenda.title', 'compiled.by']));
    expect(seed?.['fieldsMissing']).toEqual(expect.arrayContaining(['indexNumber', 'datePublished']));
    const report = summary.files.find((file) => file['file'].endsWith('beijing-chaoyang-cwh-2024-04.txt'));
    expect(report).toMatchObject({ kind: 'text', type: '会议报道', encoding: 'UTF-8' });
    expect(report?.['report']).toContain('网页附属内容，第 1 页第 3 行：日期:2024-05-15 15:37 来源:区政府办公室');
    expect(readRawMinutes(join(out, 'beijing-chaoyang-cwh-2024-04.md')).data.meeting).toMatchObject({ chair: { name: '吴小杰', title: '区委副书记、区长' } });
  });

  it('never overwrites without --force, and names each file the same on every run', () => {
    const again = runCli('import.ts', [input, '--out', out]);
    expect(again.status).toBe(1);
    const second = JSON.parse(readFileSync(join(out, 'import-summary.json'), 'utf8')) as { files: Array<Record<string, any>> };
    expect(second.files.every((file) => file['result'] === 'failed')).toBe(true);
    expect(second.files.filter((file) => /已存在 — 用 --force 覆盖/u.test(file['error']))).toHaveLength(sources.length - 2);
    const forced = runCli('import.ts', [input, '--out', out, '--force']);
    expect(forced.status).toBe(1);
    const third = JSON.parse(readFileSync(join(out, 'import-summary.json'), 'utf8')) as { files: Array<Record<string, any>> };
    expect(third.files.map((file) => file['result'])).toEqual(summary.files.map((file) => file['result']));
  });

  it('asks for --out when given several files', () => {
    const result = runCli('import.ts', [join(input, 'numbering.txt'), join(input, 'two-leads.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('importing several files needs --out <folder>');
  });
});
