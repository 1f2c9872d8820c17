import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * Each invalid fixture: the file the message must name, the field, its line, and what the message
 * must say on the Chinese fixture site (`zh`) and in English (`en`): the value found and the fix.
 */
const expectations: Record<string, { file?: string; field: string; enField?: string; line?: number; zh: RegExp; en: RegExp; clashesWith?: string }> = {
  'missing-issuer.md': { field: 'issuer', line: 3, zh: /缺少此必填项（发文机关） — 请补上/u, en: /is required but missing \(issuing body\); add it/ },
  'missing-meeting-date.md': { field: 'meeting.date', line: 8, zh: /缺少此必填项（会议日期）/u, en: /is required but missing \(meeting date\)/ },
  'date-in-chinese.md': { field: 'dateIssued', line: 7, zh: /应为写成 YYYY-MM-DD 的日期（如 2023-04-10），而不是 "2023年6月20日"/u, en: /must be a date written as YYYY-MM-DD \(e\.g\. 2023-04-10\), not "2023年6月20日"/ },
  'impossible-date.md': { field: 'dateIssued', line: 7, zh: /^成文日期 2023-06-31 不存在：2023年6月只有 30 天 — 请核对月份和日期$/u, en: /^date issued 2023-06-31 does not exist: June 2023 has 30 days; check the month and the day$/ },
  // YAML rolls 2023-04-31 over to 2023-05-01, which is after 整理 (2023-04-30): no message may speak of that day.
  'impossible-meeting-date.md': { field: 'meeting.date', line: 11, zh: /^会议日期 2023-04-31 不存在：2023年4月只有 30 天/u, en: /^meeting date 2023-04-31 does not exist: April 2023 has 30 days/ },
  'impossible-quoted-date.md': { field: 'compiled.date', line: 18, zh: /^整理日期 2023-04-31 不存在：2023年4月只有 30 天/u, en: /^date compiled 2023-04-31 does not exist: April 2023 has 30 days/ },
  'quoted-date.md': { field: 'dateIssued', line: 7, zh: /2023-06-20 写在引号里.* — 请去掉引号/u, en: /2023-06-20 is in quotes.*write it without quotes/ },
  'compiled-before-meeting.md': { field: 'compiled.date', line: 18, zh: /整理日期 2023-06-10 早于会议日期 2023-06-12 — 日期须按 会议 ≤ 整理 ≤ 成文 ≤ 发布/u, en: /date compiled 2023-06-10 is before the meeting \(2023-06-12\)/ },
  'issued-before-compiled.md': { field: 'dateIssued', line: 7, zh: /成文日期 2023-06-14 早于整理日期 2023-06-15/u, en: /date issued 2023-06-14 is before the date compiled \(2023-06-15\)/ },
  'published-before-issued.md': { field: 'datePublished', line: 8, zh: /发布日期 2023-06-19 早于成文日期 2023-06-20/u, en: /date published 2023-06-19 is before the date issued \(2023-06-20\)/ },
  'unknown-lead-department.md': { field: 'agenda.0.leadDepartments.0', line: 24, zh: /未知的机构 "市往建局"（议题一） — 是否应为 市住建局？/u, en: /unknown organisation "市往建局" in agenda item 一 — did you mean 市住建局\?/ },
  'unknown-observer-organisation.md': { field: 'attendance.observers.0.organisation', zh: /未知的机构 "市住建委"（列席） — 是否应为 .*市住建局/u, en: /unknown organisation "市住建委" in 列席 \(observers\) — did you mean .*市住建局/ },
  'unknown-issuer.md': { field: 'issuer', line: 3, zh: /未知的机构 "太仓市人民政付" — 是否应为 太仓市人民政府[ ？]/u, en: /unknown organisation "太仓市人民政付" — did you mean 太仓市人民政府[ ?]/ },
  'topic-name-instead-of-id.md': { field: 'agenda.1.topics.0', zh: /未知的主题 "安全生产"（议题二） — 是否应为 work-safety（安全生产）？/u, en: /unknown topic "安全生产" in agenda item 二 — did you mean work-safety \(安全生产\)\?/ },
  'unknown-document-topic.md': { field: 'topics.0', zh: /未知的主题 "gas-safty" — 是否应为 gas-safety（城镇燃气）？.*topics\.yaml/u, en: /unknown topic "gas-safty" — did you mean gas-safety \(城镇燃气\)\?/ },
  'duplicate-index-number.md': { field: 'indexNumber', line: 3, zh: /索引号 "014145300\/2022-00412" 也被 minutes\/taicang-changwu-2022-12\.md 使用/u, en: /index number "014145300\/2022-00412" is also used by minutes\/taicang-changwu-2022-12\.md/, clashesWith: 'minutes/taicang-changwu-2022-12.md' },
  'duplicate-document-number.md': { field: 'documentNumber', line: 5, zh: /2023 年的 太仓市人民政府常务会议纪要 第5号 也是 minutes\/taicang-changwu-2023-05\.md 的文号 — 请核对文号/u, en: /常务会议纪要 第5号 of 2023 is also the number of minutes\/taicang-changwu-2023-05\.md/, clashesWith: 'minutes/taicang-changwu-2023-05.md' },
  'duplicate-slug': { file: 'minutes/invalid/duplicate-slug/taicang-changwu-2022-12.md', field: '', zh: /文件名 "taicang-changwu-2022-12" 也被 minutes\/taicang-changwu-2022-12\.md 使用.* — 请给较新的文件改名/u, en: /the file name "taicang-changwu-2022-12" is also used by minutes\/taicang-changwu-2022-12\.md; .* rename the newer file/, clashesWith: 'minutes/taicang-changwu-2022-12.md' },
  'agenda-count-mismatch.md': { field: 'agenda', line: 19, zh: /列出了 2 个议题，但正文有 3 个议题标题/u, en: /lists 2 agenda items but the body has 3 agenda headings/ },
  'agenda-title-mismatch.md': { field: 'agenda.1.title', zh: /"二、听取全市安全生产工作的汇报" 与正文第 48 行的标题 "二、听取全市安全生产工作情况的汇报" 不一致 — 请改成一样/u, en: /"二、听取全市安全生产工作的汇报" differs from the body's heading on line 48: "二、听取全市安全生产工作情况的汇报"/ },
  'agenda-ordinal-gap.md': { field: 'agenda.1.ordinal', zh: /序号是 三，但这是第 2 个议题 — 序号须按 一、二、三/u, en: /is 三 but item 2 of the agenda should be numbered in sequence/ },
  'attachment-missing.md': { field: 'attachments.0.file', zh: /文件 "附件1\.pdf" 不存在（查找的位置：.*附件1\.pdf） — 请放入该文件或改正路径/u, en: /"附件1\.pdf" does not exist/ },
  'attachment-wrong-sha256': { file: 'minutes/invalid/attachment-wrong-sha256/attachment-wrong-sha256.md', field: 'attachments.0.sha256', zh: /但文件的 SHA-256 是 [0-9a-f]{64} — 如果新文件无误，请改成后者/u, en: /but the file's SHA-256 is [0-9a-f]{64}/ },
  'follows-unknown-minutes.md': { field: 'agenda.0.follows（议题一）', enField: 'agenda.0.follows (agenda item 一)', zh: /指向的纪要 "taicang-changwu-2022-11" 不存在 — 是否应为 taicang-changwu-2022-12\b/u, en: /names minutes "taicang-changwu-2022-11", which do not exist — did you mean taicang-changwu-2022-12\b/ },
  'follows-unknown-item.md': { field: 'agenda.0.follows（议题一）', enField: 'agenda.0.follows (agenda item 一)', zh: /指向 taicang-changwu-2022-12 的议题九，但该纪要只有议题 一、二/u, en: /names item 九 of taicang-changwu-2022-12, which has items 一, 二/ },
  'follows-later-meeting.md': { field: 'agenda.0.follows（议题一）', enField: 'agenda.0.follows (agenda item 一)', zh: /的会议（2023-09-11）不早于本次会议/u, en: /whose meeting \(2023-09-11\) is not earlier than this one/ },
  'follows-unpublished.md': { field: 'agenda.0.follows（议题一）', enField: 'agenda.0.follows (agenda item 一)', zh: /指向的 draft-changwu-2023-10 尚未发布/u, en: /names draft-changwu-2023-10, which is not published/ },
  'misspelt-field.md': { field: 'documentNumbr', line: 5, zh: /"documentNumbr" 不是已知的字段 — 请删除或改正字段名 — 是否应为 documentNumber？/u, en: /"documentNumbr" is not a known field; .* did you mean documentNumber\?/ },
  'unknown-access.md': { field: 'disclosure.access', zh: /应为 主动公开、依申请公开、不予公开 之一，而不是 "公开"/u, en: /must be one of 主动公开, 依申请公开, 不予公开, not "公开"/ },
  'unknown-status.md': { field: 'disclosure.status', zh: /应为 draft、published 之一，而不是 "public"/u, en: /must be one of draft, published, not "public"/ },
  'unknown-agenda-kind.md': { field: 'agenda.0.kind（议题一）', enField: 'agenda.0.kind (agenda item 一)', zh: /应为 审议、听取、研究、其他 之一，而不是 "讨论"/u, en: /must be one of 审议, 听取, 研究, 其他, not "讨论"/ },
  'arabic-ordinal.md': { field: 'agenda.0.ordinal', zh: /^议题序号“1”不是中文数字 — 中文站点的议题按 一、二、三…… 编号/u, en: /^the agenda ordinal "1" is not a Chinese numeral/ },
  'summary-too-long.md': { field: 'summary', zh: /最多 100 个字符，现在有 1\d\d 个/u, en: /must be at most 100 characters; it has 1\d\d/ },
  'session-as-text.md': { field: 'meeting.session', line: 10, zh: /应为数字，而不是 "第9次"/u, en: /must be a number, not "第9次"/ },
  'no-one-present.md': { field: 'attendance.present', zh: /至少要列出 1 项/u, en: /must list at least 1 entry$/ },
  'yaml-syntax-error.md': { field: '', line: 12, zh: /YAML 无法读取：引号或括号没有闭合/u, en: /the YAML cannot be read: a quotation mark or bracket is not closed/ },
  '2023.md': { field: '', line: 1, zh: /文件名 "2023" 只有数字，与 \/minutes\/<年份>\/ 页面的网址冲突 — 请加上文字/u, en: /the file name "2023" is only digits, which \/minutes\/<year>\/ pages use/ },
  'bad-attachment-hash-form.md': { field: 'attachments.0.sha256', zh: /应为 64 位小写十六进制数字（运行 sha256sum <文件> 得到），而不是 "abc123"/u, en: /must be 64 lower-case hex digits \(run: sha256sum <file>\), not "abc123"/ },
  'latest.md': { field: '', line: 1, zh: /文件名“latest”是按发布日期排列的列表的地址（\/minutes\/latest\/）— 请加上其他词/u, en: /the file name "latest" is the address of the list by publication date \(\/minutes\/latest\/\)/ },
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
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`${name} (${locale}): one message naming the file, the field and the fix`, () => {
        const dir = contentWith(name);
        const { errors } = validateContent(dir, { cwd: dir, ...(locale === 'en' ? { locale } : {}) });
        const file = expected.file ?? `minutes/invalid/${name}`;
        // A clash of two files is reported in both, each naming the other.
        expect(errors.map((error) => error.file).sort(), errors.map(formatContentError).join('\n')).toEqual([file, ...(expected.clashesWith ? [expected.clashesWith] : [])].sort());
        const error = errors.find((candidate) => candidate.file === file);
        expect(error?.field).toBe(locale === 'en' ? (expected.enField ?? expected.field) : expected.field);
        expect(error?.message).toMatch(locale === 'en' ? expected.en : expected.zh);
        if (expected.line !== undefined) expect(error?.line).toBe(expected.line);
        expect(formatContentError(error!)).not.toMatch(/"code"|"path"|\[\s*\{/); // never raw zod JSON
        // The words of the message, quoted values aside, are in the site's language.
        const words = error!.message.replace(/"[^"]*"/gu, '');
        if (locale === 'en') expect(words).toMatch(/\b(?:must|is|the|names|lists|unknown|does|differs)\b/);
        else expect(words).not.toMatch(/\b(?:must|the|which|does|not|before|unknown)\b/);
      });
    }
  }
});

describe('an impossible day', () => {
  it('gives one message, about the day as written, and none computed from the day YAML would roll it over to', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const dir = contentWith('impossible-meeting-date.md');
      const { errors } = validateContent(dir, { cwd: dir, locale });
      expect(errors).toHaveLength(1);
      expect(errors.map(formatContentError).join('\n')).not.toMatch(/2023-05-01|5月1日|May/u);
    }
  });
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

describe('site.json', () => {
  it('is checked field by field, with lines, in its own language', () => {
    const dir = contentWith();
    const path = join(dir, 'site.json');
    const site = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...site, timeZone: 'Mars/Base', feedEntries: '20' }, null, 2));
    const lineOfKey = (key: string) => readFileSync(path, 'utf8').split('\n').findIndex((line) => line.includes(`"${key}"`)) + 1;
    const errors = validateContent(dir, { cwd: dir }).errors.filter((error) => error.file === 'site.json');
    expect(errors.map(({ field, line }) => ({ field, line }))).toEqual([
      { field: 'feedEntries', line: lineOfKey('feedEntries') },
      { field: 'timeZone', line: lineOfKey('timeZone') },
    ]);
    expect(errors.map((error) => error.message)).toEqual(['应为数字，而不是 "20"', '应为 IANA 时区名，如 Asia/Shanghai，而不是 "Mars/Base"']);
    const english = validateContent(dir, { cwd: dir, locale: 'en' }).errors.filter((error) => error.file === 'site.json');
    expect(english.map((error) => error.message)).toEqual(['must be a number, not "20"', 'must be an IANA time zone such as Asia/Shanghai, not "Mars/Base"']);
  });
});
