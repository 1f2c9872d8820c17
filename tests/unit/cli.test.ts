import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content';
import { fixtureContentDir, repoRoot } from '../support/paths';
import { runCli } from '../support/run-cli';

/** Each test starts tsx at least once: under a second on an idle machine, above the default 5 s on a busy one. */
const CLI_TIMEOUT = 30_000;

function copyOfFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));
  cpSync(fixtureContentDir, dir, { recursive: true });
  return dir;
}

/** The fixture content as an English site: site.json says lang: en. */
function englishCopyOfFixtures(): string {
  const dir = copyOfFixtures();
  const site = join(dir, 'site.json');
  writeFileSync(site, JSON.stringify({ ...JSON.parse(readFileSync(site, 'utf8')), lang: 'en' }, null, 2));
  return dir;
}

/** Errors of one file only: an English site.json may itself be refused while the schema knows only zh-CN. */
const errorsOf = (dir: string, file: string) => validateContent(dir, { cwd: dir }).errors.filter((error) => error.file === file);

describe('npm run check', () => {
  it('passes the repository content, with its two warnings listed (EDITING.md explains them)', () => {
    const result = runCli('check.ts', [join(repoRoot, 'content')]);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^content\/minutes\/taicang-changwu-2023-05\.md:6: datePublished: 警告：已公开发布的纪要没有发布日期/u),
      expect.stringMatching(/^content\/minutes\/taicang-changwu-2023-05\.md:6: indexNumber: 警告：已公开发布的纪要没有索引号/u),
    ]);
    expect(result.stdout).toMatch(/content：没有问题，共 1 份纪要（已发布 1 份）、\d+ 个机构.*；2 条警告/u);
    expect(result.status).toBe(0);
  }, CLI_TIMEOUT);

  it('lists every problem and exits 1', () => {
    const dir = copyOfFixtures();
    for (const name of ['unknown-lead-department.md', 'date-in-chinese.md']) {
      cpSync(join(repoRoot, 'tests/fixtures/invalid', name), join(dir, 'minutes', name));
    }
    const result = runCli('check.ts', [dir]);
    expect(result.status).toBe(1);
    // Problems first, then the fixture's warnings (missing 发布日期 and 索引号), marked 警告.
    const lines = result.stderr.split('\n').filter((line) => line.includes('.md:') && !line.includes(': 警告：'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/date-in-chinese\.md:7: dateIssued: 应为写成 YYYY-MM-DD 的日期（如 2023-04-10），而不是 "2023年6月20日"/u);
    expect(lines[1]).toMatch(/unknown-lead-department\.md:24: agenda\.0\.leadDepartments\.0: 未知的机构 "市往建局"（议题一） — 是否应为 市住建局？/u);
    expect(result.stderr).toMatch(/ 中有 2 个问题：/u);
  }, CLI_TIMEOUT);

  it('speaks English when site.json says lang: en', () => {
    const dir = englishCopyOfFixtures();
    for (const name of ['unknown-lead-department.md', 'impossible-meeting-date.md']) {
      cpSync(join(repoRoot, 'tests/fixtures/invalid', name), join(dir, 'minutes', name));
    }
    const result = runCli('check.ts', [dir]);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.includes('.md:'));
    expect(lines).toContainEqual(expect.stringMatching(/impossible-meeting-date\.md:11: meeting\.date: meeting date 2023-04-31 does not exist: April 2023 has 30 days; check the month and the day$/));
    expect(lines).toContainEqual(expect.stringMatching(/unknown-lead-department\.md:24: agenda\.0\.leadDepartments\.0: unknown organisation "市往建局" in agenda item 一 — did you mean 市住建局\?/));
    expect(lines.filter((line) => line.includes('impossible-meeting-date'))).toHaveLength(1);
    // The disclosure warnings are those of the Chinese 政府信息公开条例: an English site gets none.
    expect(lines.filter((line) => line.includes(': warning: '))).toEqual([]);
    expect(result.stderr).not.toMatch(/警告|问题/u);
    expect(result.stderr).toMatch(/\d+ problems? in .*: \d+ minutes files \(\d+ published\), \d+ organisations, \d+ topics, \d+ (?:person|people)/);
  }, CLI_TIMEOUT);
});

describe('npm run new', () => {
  it('writes a draft with every field that validates as it is, dated as asked', () => {
    const dir = copyOfFixtures();
    const result = runCli('new.ts', ['taicang-changwu-2024-03', '--content', dir, '--date', '2024-03-04']);
    expect(result.status).toBe(0);
    const text = readFileSync(join(dir, 'minutes/taicang-changwu-2024-03.md'), 'utf8');
    expect(text).toContain('dateIssued: 2024-03-04');
    expect(text).toContain('status: draft');
    for (const field of ['indexNumber', 'datePublished', 'place', 'absent', 'observers', 'recipients', 'copies', 'validity', 'summary', 'attachments', 'revisions', 'follows']) {
      expect(text, field).toContain(`${field}:`);
    }
    expect(validateContent(dir, { cwd: dir }).errors).toEqual([]);
    expect(result.stdout).toMatch(/^已写入 .*taicang-changwu-2024-03\.md（status: draft）；编辑后运行 npm run check/u);
    expect(text).toContain('# 索引号：政府信息公开目录分配后填写');
  }, CLI_TIMEOUT);

  it('writes an English draft on an English site, which validates as it is', () => {
    const dir = englishCopyOfFixtures();
    const result = runCli('new.ts', ['council-2024-03', '--content', dir, '--date', '2024-03-04']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*council-2024-03\.md \(status: draft\); edit it, then run npm run check/);
    const text = readFileSync(join(dir, 'minutes/council-2024-03.md'), 'utf8');
    expect(text).toContain('# The index number from the disclosure catalogue');
    expect(text).toContain('On 4 March 2024,');
    expect(text).not.toMatch(/主持人|出席人|会议议定/u);
    expect(errorsOf(dir, 'minutes/council-2024-03.md')).toEqual([]);
  }, CLI_TIMEOUT);

  it('refuses to overwrite a file, a bad slug and a day that does not exist, in the site\'s language', () => {
    const dir = copyOfFixtures();
    const existing = runCli('new.ts', ['taicang-changwu-2023-05', '--content', dir]);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toMatch(/taicang-changwu-2023-05\.md 已存在 — 请换一个文件名，或加 --force 覆盖/u);
    const slug = runCli('new.ts', ['会议纪要', '--content', dir]);
    expect(slug.status).toBe(2);
    expect(slug.stderr).toMatch(/^用法：npm run new -- <文件名>/u);
    const day = runCli('new.ts', ['changwu-2023-02', '--content', dir, '--date', '2023-02-29']);
    expect(day.status).toBe(2);
    expect(day.stderr).toMatch(/--date 2023-02-29 这一天不存在/u);
    const english = runCli('new.ts', ['changwu-2023-02', '--content', englishCopyOfFixtures(), '--date', '2023-02-29']);
    expect(english.stderr).toMatch(/--date 2023-02-29 is not a day of the calendar/);
  }, CLI_TIMEOUT);
});
