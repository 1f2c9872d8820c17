import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/validation/content-error';
import { closestNames } from '../../src/validation/suggest';
import { validateContent } from '../../src/validation/validate-content';
import { fixtureContentDir, repoRoot } from '../support/paths';

const invalidDir = join(repoRoot, 'tests/fixtures/invalid');

/** A copy of the valid fixture content with the given invalid cases added under minutes/invalid/. */
function contentWith(...cases: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-invalid-'));
  cpSync(fixtureContentDir, dir, { recursive: true });
  for (const name of cases) cpSync(join(invalidDir, name), join(dir, 'minutes/invalid', name), { recursive: true });
  return dir;
}

/** Each invalid fixture: the file the message must name, the field, and what the message must say. */
const expectations: Record<string, { file?: string; field: string; line?: number; message: RegExp; clashesWith?: string }> = {
  'missing-issuer.md': { field: 'issuer', line: 3, message: /is required but missing; add it/ },
  'missing-meeting-date.md': { field: 'meeting.date', line: 8, message: /is required but missing/ },
  'date-in-chinese.md': { field: 'dateIssued', line: 7, message: /must be a date written as YYYY-MM-DD \(e\.g\. 2023-04-10\), not "2023年6月20日"/ },
  'impossible-date.md': { field: 'dateIssued', line: 7, message: /2023-06-31 is not a day of the calendar/ },
  'compiled-before-meeting.md': { field: 'compiled.date', line: 18, message: /is 2023-06-10, before the meeting \(2023-06-12\)/ },
  'issued-before-compiled.md': { field: 'dateIssued', line: 7, message: /is 2023-06-14, before the 整理 date \(2023-06-15\)/ },
  'published-before-issued.md': { field: 'datePublished', line: 8, message: /is 2023-06-19, before the 成文日期 \(2023-06-20\)/ },
  'unknown-lead-department.md': { field: 'agenda.0.leadDepartments.0', line: 24, message: /unknown organisation "市往建局" in agenda item 一 — did you mean 市住建局\?/ },
  'unknown-observer-organisation.md': { field: 'attendance.observers.0.organisation', message: /unknown organisation "市住建委" in 列席 — did you mean .*市住建局/ },
  'unknown-issuer.md': { field: 'issuer', line: 3, message: /unknown organisation "太仓市人民政付" — did you mean 太仓市人民政府[ ?]/ },
  'topic-name-instead-of-id.md': { field: 'agenda.1.topics.0', message: /unknown topic "安全生产" in agenda item 二 — did you mean work-safety \(安全生产\)\?/ },
  'unknown-document-topic.md': { field: 'topics.0', message: /unknown topic "gas-safty" — did you mean gas-safety \(城镇燃气\)\?/ },
  'duplicate-index-number.md': { field: 'indexNumber', line: 3, message: /索引号 "014145300\/2022-00412" is also used by minutes\/taicang-changwu-2022-12\.md/, clashesWith: 'minutes/taicang-changwu-2022-12.md' },
  'duplicate-document-number.md': { field: 'documentNumber', line: 5, message: /常务会议纪要 第5号 of 2023 is also the number of minutes\/taicang-changwu-2023-05\.md/, clashesWith: 'minutes/taicang-changwu-2023-05.md' },
  'duplicate-slug': { file: 'minutes/invalid/duplicate-slug/taicang-changwu-2022-12.md', field: '', message: /the file name "taicang-changwu-2022-12" is also used by minutes\/taicang-changwu-2022-12\.md; .* rename the newer file/, clashesWith: 'minutes/taicang-changwu-2022-12.md' },
  'agenda-count-mismatch.md': { field: 'agenda', line: 19, message: /lists 2 agenda items but the body has 3 agenda headings/ },
  'agenda-title-mismatch.md': { field: 'agenda.1.title', message: /"二、听取全市安全生产工作的汇报" differs from the body's heading on line 48: "二、听取全市安全生产工作情况的汇报"/ },
  'agenda-ordinal-gap.md': { field: 'agenda.1.ordinal', message: /is 三 but item 2 of the agenda should be numbered in sequence/ },
  'attachment-missing.md': { field: 'attachments.0.file', message: /"附件1\.pdf" does not exist/ },
  'attachment-wrong-sha256': { file: 'minutes/invalid/attachment-wrong-sha256/attachment-wrong-sha256.md', field: 'attachments.0.sha256', message: /but the file's SHA-256 is [0-9a-f]{64}/ },
  'follows-unknown-minutes.md': { field: 'agenda.0.follows (agenda item 一)', message: /names minutes "taicang-changwu-2022-11", which do not exist — did you mean taicang-changwu-2022-12\b/ },
  'follows-unknown-item.md': { field: 'agenda.0.follows (agenda item 一)', message: /names item 九 of taicang-changwu-2022-12, which has items 一、二/ },
  'follows-later-meeting.md': { field: 'agenda.0.follows (agenda item 一)', message: /whose meeting \(2023-09-11\) is not earlier than this one/ },
  'follows-unpublished.md': { field: 'agenda.0.follows (agenda item 一)', message: /names draft-changwu-2023-10, which is not published/ },
  'misspelt-field.md': { field: 'documentNumbr', line: 5, message: /"documentNumbr" is not a known field; .* did you mean documentNumber\?/ },
  'unknown-access.md': { field: 'disclosure.access', message: /must be one of 主动公开, 依申请公开, 不予公开, not "公开"/ },
  'unknown-status.md': { field: 'disclosure.status', message: /must be one of draft, published, not "public"/ },
  'unknown-agenda-kind.md': { field: 'agenda.0.kind (agenda item 一)', message: /must be one of 审议, 听取, 研究, 其他, not "讨论"/ },
  'arabic-ordinal.md': { field: 'agenda.0.ordinal', message: /^议题序号“1”不是中文数字 — 中文站点的议题按 一、二、三…… 编号/ },
  'summary-too-long.md': { field: 'summary', message: /must be at most 100 characters; it has 1\d\d/ },
  'session-as-text.md': { field: 'meeting.session', line: 10, message: /must be a number, not "第9次"/ },
  'no-one-present.md': { field: 'attendance.present', message: /must list at least 1 entry/ },
  'yaml-syntax-error.md': { field: '', line: 12, message: /the YAML cannot be read/ },
  '2023.md': { field: '', line: 1, message: /the file name "2023" is only digits, which \/minutes\/<year>\/ pages use/ },
  'bad-attachment-hash-form.md': { field: 'attachments.0.sha256', message: /must be 64 lower-case hex digits \(run: sha256sum <file>\), not "abc123"/ },
};

describe('the fixture content', () => {
  it('is valid', () => {
    expect(validateContent(fixtureContentDir, { cwd: fixtureContentDir }).errors).toEqual([]);
  });
});

describe('each invalid fixture', () => {
  it('has an expectation, and there are at least 25', () => {
    expect(readdirSync(invalidDir).sort()).toEqual(Object.keys(expectations).sort());
    expect(Object.keys(expectations).length).toBeGreaterThanOrEqual(25);
  });

  for (const [name, expected] of Object.entries(expectations)) {
    it(`${name}: one message naming the file and the field`, () => {
      const dir = contentWith(name);
      const { errors } = validateContent(dir, { cwd: dir });
      const file = expected.file ?? `minutes/invalid/${name}`;
      // A clash of two files is reported in both, each naming the other.
      expect(errors.map((error) => error.file).sort(), errors.map(formatContentError).join('\n')).toEqual([file, ...(expected.clashesWith ? [expected.clashesWith] : [])].sort());
      const error = errors.find((candidate) => candidate.file === file);
      expect(error?.field).toBe(expected.field);
      expect(error?.message).toMatch(expected.message);
      if (expected.line !== undefined) expect(error?.line).toBe(expected.line);
      expect(formatContentError(error!)).not.toMatch(/"code"|"path"|\[\s*\{/); // never raw zod JSON
    });
  }
});

describe('a folder with every defect', () => {
  it('reports them all in one run, ordered by file and line', () => {
    const cases = Object.keys(expectations);
    const dir = contentWith(...cases);
    const { errors } = validateContent(dir, { cwd: dir });
    expect(errors.length).toBeGreaterThanOrEqual(cases.length);
    for (const [name, expected] of Object.entries(expectations)) {
      const file = expected.file ?? `minutes/invalid/${name}`;
      expect(errors.some((error) => error.file === file && error.field === expected.field), name).toBe(true);
    }
    const order = errors.map((error) => `${error.file}\u0000${String(error.line ?? 0).padStart(6, '0')}`);
    expect(order).toEqual([...order].sort());
  });
});

describe('closestNames', () => {
  it('suggests near names only', () => {
    expect(closestNames('市往建局', ['市住建局', '市城管局', '太仓市住房和城乡建设局'])).toEqual(['市住建局']);
    expect(closestNames('gas-safty', ['gas-safety', 'work-safety'])).toEqual(['gas-safety']);
    expect(closestNames('完全不同的名字', ['市住建局'])).toEqual([]);
  });
});
