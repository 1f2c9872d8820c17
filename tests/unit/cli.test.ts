import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
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

describe('npm run check', () => {
  it('passes the repository content, with its two warnings listed (EDITING.md explains them)', () => {
    const result = runCli('check.ts', [join(repoRoot, 'content')]);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^content\/minutes\/taicang-changwu-2023-05\.md:6: datePublished: 警告：已公开发布的纪要没有发布日期/u),
      expect.stringMatching(/^content\/minutes\/taicang-changwu-2023-05\.md:6: indexNumber: 警告：已公开发布的纪要没有索引号/u),
    ]);
    expect(result.stdout).toMatch(/no problems in 1 minutes files \(1 published\), \d+ organisations.*；2 条警告/);
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
    expect(lines[0]).toMatch(/date-in-chinese\.md:7: dateIssued: must be a date written as YYYY-MM-DD/);
    expect(lines[1]).toMatch(/unknown-lead-department\.md:24: agenda\.0\.leadDepartments\.0: unknown organisation "市往建局" in agenda item 一 — did you mean 市住建局\?/);
    expect(result.stderr).toMatch(/2 problems in /);
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
  }, CLI_TIMEOUT);

  it('refuses to overwrite a file and a bad slug', () => {
    const dir = copyOfFixtures();
    expect(runCli('new.ts', ['taicang-changwu-2023-05', '--content', dir]).status).toBe(1);
    expect(runCli('new.ts', ['会议纪要', '--content', dir]).status).toBe(2);
  }, CLI_TIMEOUT);
});
