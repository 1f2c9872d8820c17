import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexNumberForm } from '../../src/utils/index-number';
import { calendarCovers, workingDaysAfter } from '../../src/utils/working-days';
import { reportEn } from '../../src/locales/editor/report.en';
import { reportZhCN } from '../../src/locales/editor/report.zh-CN';
import { formatContentWarning } from '../../src/validation/content-error';
import { previousCatalogueIn } from '../../src/validation/previous-catalogue';
import { validateContent } from '../../src/validation/validate-content';
import { fixtureContentDir } from '../support/paths';
import { runCli } from '../support/run-cli';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/*
 * The oracle: the State Council's holiday notices, counted by hand.
 * 国办发明电〔2022〕16号 (2023): 春节 1月21日至27日放假调休，共7天；1月28日（星期六）、1月29日（星期日）上班。
 *   From 成文 2023-01-13 (Fri), the working days after it: 1月16–20日 (5), 1月28–29日 make-up (2, total 7),
 *   1月30日–2月3日 (12), 2月6–10日 (17), 2月13日 (18), 2月14日 (19), 2月15日 (20), 2月16日 (21).
 *   Counting weekdays alone would give 21 already on 2月13日.
 * 国办发明电〔2023〕7号 (2024): 劳动节 5月1日至5日放假调休，共5天；4月28日（星期日）、5月11日（星期六）上班。
 *   From 成文 2024-04-30 (Tue): 5月6–10日 (5), 5月11日 make-up Saturday (6), 5月13–17日 (11), 5月20–24日 (16),
 *   5月27–30日 (20), 5月31日 (21). Without the make-up Saturday 5月31日 would be the 20th.
 */
describe('working days on the official calendar', () => {
  it('skips the Spring Festival holiday and counts its make-up weekend', () => {
    expect(workingDaysAfter(day('2023-01-13'), day('2023-02-13')).count).toBe(18);
    expect(workingDaysAfter(day('2023-01-13'), day('2023-02-16')).count).toBe(21);
  });

  it('counts a make-up working Saturday', () => {
    expect(workingDaysAfter(day('2024-05-10'), day('2024-05-11')).count).toBe(1);
    expect(workingDaysAfter(day('2024-04-30'), day('2024-05-30')).count).toBe(20);
    expect(workingDaysAfter(day('2024-04-30'), day('2024-05-31')).count).toBe(21);
  });

  it('does not count the day the document was made, and knows which years it has a schedule for', () => {
    expect(workingDaysAfter(day('2023-04-18'), day('2023-04-18')).count).toBe(0);
    expect(calendarCovers(2023)).toBe(true);
    expect(workingDaysAfter(day('2099-06-01'), day('2099-06-30')).uncoveredYears).toEqual([2099]);
  });
});

describe('the 索引号 form', () => {
  it('takes the organisation code from the configuration, or any 9-character code', () => {
    const configured = indexNumberForm('{code}/YYYY-NNNNN', '000014349');
    expect(configured.regex.test('000014349/2017-00110')).toBe(true);
    expect(configured.regex.test('014145300/2017-00110')).toBe(false);
    expect(configured.regex.test('000014349/2017-0011')).toBe(false);
    expect(configured.example(2023)).toBe('000014349/2023-00001');
    expect(indexNumberForm('{code}/YYYY-NNNNN', undefined).regex.test('01414530X/2023-00957')).toBe(true);
    expect(indexNumberForm('{code}/YYYY-NNNNN', undefined).example(2023)).toBe('组织机构代码/2023-00001');
    expect(indexNumberForm('TC-YYYY.NNN', undefined).regex.test('TC-2023.001')).toBe(true);
    expect(indexNumberForm('TC-YYYY.NNN', undefined).regex.test('TC-2023x001')).toBe(false);
  });
});

/** A copy of the fixture content; `edit` writes extra files or changes site.json. */
function contentWith(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-disclosure-'));
  cpSync(fixtureContentDir, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** The published 2022-12 fixture under another name, with other dates, number and 索引号. */
function variant(dir: string, slug: string, fields: { dateIssued: string; datePublished?: string; indexNumber?: string; number: string; extra?: string }): void {
  let text = readFileSync(join(dir, 'minutes/taicang-changwu-2022-12.md'), 'utf8')
    .replace('dateIssued: 2022-12-12', `dateIssued: ${fields.dateIssued}`)
    .replace('documentNumber: 第12号', `documentNumber: ${fields.number}`)
    .replace(/^revisions:[\s\S]*?(?=^---)/mu, '');
  text = text.replace('datePublished: 2022-12-14\n', fields.datePublished ? `datePublished: ${fields.datePublished}\n${fields.extra ?? ''}` : fields.extra ?? '');
  text = text.replace('indexNumber: 014145300/2022-00412\n', fields.indexNumber ? `indexNumber: ${fields.indexNumber}\n` : '');
  writeFileSync(join(dir, `minutes/${slug}.md`), text);
}

const warningsOf = (dir: string, slug: string, options = {}) =>
  validateContent(dir, { cwd: dir, ...options }).warnings.filter((warning) => warning.file === `minutes/${slug}.md`);

describe('the publication deadline check', () => {
  const dir = contentWith((dir) => {
    variant(dir, 'spring-on-time', { dateIssued: '2023-01-13', datePublished: '2023-02-13', indexNumber: '014145300/2023-00101', number: '第91号' });
    variant(dir, 'spring-late', { dateIssued: '2023-01-13', datePublished: '2023-02-16', indexNumber: '014145300/2023-00102', number: '第92号' });
    variant(dir, 'saturday-on-time', { dateIssued: '2024-04-30', datePublished: '2024-05-30', indexNumber: '014145300/2024-00101', number: '第93号' });
    variant(dir, 'saturday-late', { dateIssued: '2024-04-30', datePublished: '2024-05-31', indexNumber: '014145300/2024-00102', number: '第94号' });
    variant(dir, 'late-with-reason', {
      dateIssued: '2024-04-30',
      datePublished: '2024-05-31',
      indexNumber: '014145300/2024-00103',
      number: '第95号',
      extra: 'publicationDelayReason: 经本机关负责人批准延长公开期限\n',
    });
  });

  it('stays silent within 20 working days, counted across the holiday and the make-up days', () => {
    expect(warningsOf(dir, 'spring-on-time')).toEqual([]);
    expect(warningsOf(dir, 'saturday-on-time')).toEqual([]);
  });

  it('warns one working day later, naming both dates and the count', () => {
    const [spring, ...restSpring] = warningsOf(dir, 'spring-late');
    expect(restSpring).toEqual([]);
    expect(spring?.field).toBe('datePublished');
    expect(spring?.message).toMatch(/发布日期 2023年2月16日 是成文日期 2023年1月13日 之后的第 21 个工作日，超过.*20 个工作日 — .*publicationDelayReason/u);
    const [saturday] = warningsOf(dir, 'saturday-late');
    expect(saturday?.message).toContain('发布日期 2024年5月31日 是成文日期 2024年4月30日 之后的第 21 个工作日');
    expect(formatContentWarning(saturday!, reportZhCN)).toMatch(/^minutes\/saturday-late\.md:\d+: datePublished: 警告：发布日期/u);
  });

  it('speaks English on an English site, with English dates and plurals', () => {
    const [spring] = validateContent(dir, { cwd: dir, locale: 'en' }).warnings.filter((warning) => warning.file === 'minutes/spring-late.md');
    expect(spring?.message).toMatch(/^the date published, February 16, 2023, is 21 working days after the date issued, January 13, 2023: more than the 20 working days .* publicationDelayReason$/u);
    expect(formatContentWarning(spring!, reportEn)).toMatch(/^minutes\/spring-late\.md:\d+: datePublished: warning: the date published/u);
  });

  it('accepts a recorded reason', () => {
    expect(warningsOf(dir, 'late-with-reason')).toEqual([]);
  });

  it('leaves errors alone: warnings are a level of their own', () => {
    expect(validateContent(dir, { cwd: dir }).errors).toEqual([]);
  });
});

describe('missing 发布日期 and 索引号', () => {
  const dir = contentWith((dir) => variant(dir, 'no-date-no-number', { dateIssued: '2023-03-01', number: '第96号' }));

  it('warn for a published document, on the line of 成文日期', () => {
    const warnings = warningsOf(dir, 'no-date-no-number');
    expect(warnings.map((warning) => warning.field)).toEqual(['datePublished', 'indexNumber']);
    expect(warnings.map((warning) => warning.line)).toEqual([6, 6]); // the indexNumber line is gone, so dateIssued is line 6
    expect(warnings[0]?.message).toMatch(/没有发布日期.* — 请在 dateIssued 下一行写上 datePublished: YYYY-MM-DD/u);
    expect(warnings[1]?.message).toMatch(/没有索引号 — .*indexNumber: 014145300\/2023-00001/u);
  });

  it('stay silent for drafts and documents not actively disclosed', () => {
    const all = validateContent(dir, { cwd: dir }).warnings.map((warning) => warning.file);
    for (const file of ['draft-changwu-2023-10', 'on-request-2023-11', 'withheld-2023-12']) expect(all).not.toContain(`minutes/${file}.md`);
  });
});

describe('the 索引号 checks', () => {
  const configured = (dir: string) => {
    const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8'));
    writeFileSync(join(dir, 'site.json'), JSON.stringify({ ...site, indexNumber: { organisationCode: '014145300' } }));
  };

  it('refuses a malformed one, naming the form and an example', () => {
    const dir = contentWith((dir) => {
      configured(dir);
      variant(dir, 'malformed-index', { dateIssued: '2023-03-01', datePublished: '2023-03-02', indexNumber: '014145300/2023-957', number: '第97号' });
      variant(dir, 'other-code', { dateIssued: '2023-03-01', datePublished: '2023-03-02', indexNumber: '000014349/2023-00957', number: '第98号' });
    });
    const errors = validateContent(dir, { cwd: dir }).errors;
    expect(errors.map((error) => error.file)).toEqual(['minutes/malformed-index.md', 'minutes/other-code.md']);
    expect(errors[0]).toMatchObject({ field: 'indexNumber', line: 2 });
    expect(errors[0]?.message).toBe('索引号 "014145300/2023-957" 不符合本站的格式 014145300/YYYY-NNNNN — 请照政府信息公开目录改为如 014145300/2023-00001 的形式（格式在 site.json 的 indexNumber 中设置）');
  });

  it('refuses a duplicated one in both files', () => {
    const dir = contentWith((dir) => variant(dir, 'duplicate-index', { dateIssued: '2023-03-01', datePublished: '2023-03-02', indexNumber: '014145300/2023-00957', number: '第99号' }));
    const errors = validateContent(dir, { cwd: dir }).errors;
    expect(errors.map((error) => error.file).sort()).toEqual(['minutes/duplicate-index.md', 'minutes/taicang-changwu-2023-09.md']);
  });

  describe('against the previous build\'s catalogue', () => {
    const dir = contentWith(() => {});
    const catalogue = join(dir, 'previous-minutes.json');
    // The shape the open-data build writes, read loosely: extra fields are ignored.
    writeFileSync(
      catalogue,
      JSON.stringify([
        { id: 'taicang-changwu-2022-12', indexNumber: '014145300/2022-00411', title: '…', url: '/minutes/taicang-changwu-2022-12/' },
        { id: 'taicang-changwu-2023-09', indexNumber: '014145300/2023-00957' },
        { id: 'taicang-changwu-2021-01', indexNumber: '014145300/2023-00957-old' },
        { id: 'no-number-yet' },
      ]),
    );

    it('refuses a changed 索引号, naming the published one', () => {
      const errors = validateContent(dir, { cwd: dir, previousCatalogue: catalogue }).errors;
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: 'minutes/taicang-changwu-2022-12.md', field: 'indexNumber', line: 2 });
      expect(errors[0]?.message).toBe('上一版发布时的索引号是 "014145300/2022-00411"，现在改成了 "014145300/2022-00412"；已发布的索引号不得更改 — 请改回 indexNumber: 014145300/2022-00411');
    });

    it('refuses a 索引号 moved to another document', () => {
      writeFileSync(join(dir, 'moved.json'), JSON.stringify({ minutes: [{ id: 'taicang-changwu-2021-01', indexNumber: '014145300/2023-00957' }] }));
      const errors = validateContent(dir, { cwd: dir, previousCatalogue: join(dir, 'moved.json') }).errors;
      expect(errors.map((error) => [error.file, error.message])).toEqual([
        ['minutes/taicang-changwu-2023-09.md', expect.stringContaining('上一版发布时属于 taicang-changwu-2021-01')],
      ]);
    });

    it('reports an unreadable catalogue as a problem of that file', () => {
      writeFileSync(join(dir, 'broken.json'), '{"minutes": ');
      const errors = validateContent(dir, { cwd: dir, previousCatalogue: join(dir, 'broken.json') }).errors;
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: 'broken.json', field: '' });
      expect(errors[0]?.message).toMatch(/^无法读取上一版的纪要目录：.* — 请给出上次构建的输出目录或其中的 data\/minutes\.json$/u);
    });

    it('warns of a published document that vanished or is no longer public, at its file', () => {
      writeFileSync(join(dir, 'withdrawn.json'), JSON.stringify([{ id: 'draft-changwu-2023-10', indexNumber: '014145300/2023-01010' }, { id: 'taicang-changwu-2021-01' }, { id: 'taicang-changwu-2023-09', indexNumber: '014145300/2023-00957' }]));
      const warnings = validateContent(dir, { cwd: dir, previousCatalogue: join(dir, 'withdrawn.json') }).warnings.filter((warning) => warning.message.startsWith('上一版'));
      expect(warnings.map((warning) => [warning.file, warning.field])).toEqual([
        ['minutes/draft-changwu-2023-10.md', 'disclosure'],
        ['minutes/taicang-changwu-2021-01.md', ''],
      ]);
      expect(warnings[0]?.line).toBeGreaterThan(1);
      expect(warnings[0]?.message).toMatch(/^上一版已公开发布（索引号 014145300\/2023-01010），本次不再公开.* — 如非有意撤回，请改回 status: published/u);
      expect(warnings[1]?.message).toMatch(/^上一版已公开发布，本次内容中已没有这个文件，其页面 \/minutes\/taicang-changwu-2021-01\/ 将失效 — .*请恢复该文件/u);
    });

    it('finds the catalogue in an output folder, or in the folder a killed swap left beside it', () => {
      const root = mkdtempSync(join(tmpdir(), 'gongkai-previous-'));
      expect(previousCatalogueIn(join(root, 'dist'))).toBeUndefined();
      mkdirSync(join(root, '.dist.previous/data'), { recursive: true });
      writeFileSync(join(root, '.dist.previous/data/minutes.json'), '{}');
      expect(previousCatalogueIn(join(root, 'dist'))).toBe(join(root, '.dist.previous/data/minutes.json'));
      mkdirSync(join(root, 'dist/data'), { recursive: true });
      writeFileSync(join(root, 'dist/data/minutes.json'), '{}');
      expect(previousCatalogueIn(join(root, 'dist'))).toBe(join(root, 'dist/data/minutes.json'));
    });

    it('reads a built catalogue: the index of years and each year\'s file', () => {
      const built = join(dir, 'built');
      mkdirSync(join(built, 'data/catalogue'), { recursive: true });
      writeFileSync(join(built, 'data/minutes.json'), JSON.stringify({ total: 1, years: [{ year: 2022, count: 1, url: 'https://x/data/catalogue/2022.json' }] }));
      writeFileSync(join(built, 'data/catalogue/2022.json'), JSON.stringify({ year: 2022, minutes: [{ id: 'taicang-changwu-2022-12', indexNumber: '014145300/2022-00411' }] }));
      for (const previous of [built, join(built, 'data/minutes.json')]) {
        const errors = validateContent(dir, { cwd: dir, previousCatalogue: previous }).errors;
        expect(errors.map((error) => error.file), previous).toEqual(['minutes/taicang-changwu-2022-12.md']);
      }
      writeFileSync(join(built, 'data/minutes.json'), JSON.stringify({ total: 1, years: [{ year: 2021, count: 1 }] }));
      expect(validateContent(dir, { cwd: dir, previousCatalogue: built }).errors.map((error) => error.file)).toEqual(['built/data/catalogue/2021.json']);
    });

    it('is what npm run check -- --previous reads', () => {
      const result = runCli('check.ts', [dir, '--previous', catalogue]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/minutes\/taicang-changwu-2022-12\.md:2: indexNumber: 上一版发布时的索引号是/u);
    }, 30_000);
  });
});

describe('npm run check with warnings', () => {
  const dir = contentWith((dir) => variant(dir, 'spring-late', { dateIssued: '2023-01-13', datePublished: '2023-02-16', indexNumber: '014145300/2023-00102', number: '第92号' }));

  it('prints them and passes', () => {
    const result = runCli('check.ts', [dir]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/spring-late\.md:\d+: datePublished: 警告：发布日期 2023年2月16日/u);
    expect(result.stdout).toMatch(/：没有问题，共 \d+ 份纪要.*；\d+ 条警告（不影响构建，--strict 时按问题计）/u);
  }, 30_000);

  it('fails with --strict', () => {
    const result = runCli('check.ts', [dir, '--strict']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/中有 0 个问题：.*条警告（--strict：按问题计）/u);
  }, 30_000);
});

describe('the original offered for download', () => {
  it('must exist with the stated SHA-256, like an attachment', () => {
    const dir = contentWith((dir) => {
      const path = join(dir, 'minutes/taicang-changwu-2022-12.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('file: taicang-changwu-2022-12.pdf', 'file: 原件.pdf'));
      variant(dir, 'wrong-original-hash', { dateIssued: '2023-03-01', datePublished: '2023-03-02', indexNumber: '014145300/2023-00103', number: '第90号' });
      const copy = join(dir, 'minutes/wrong-original-hash.md');
      writeFileSync(copy, readFileSync(copy, 'utf8').replace(/sha256: f6c9e4a8\w+/u, `sha256: ${'0'.repeat(64)}`));
    });
    const errors = validateContent(dir, { cwd: dir }).errors;
    expect(errors.map((error) => [error.file, error.field])).toEqual([
      ['minutes/taicang-changwu-2022-12.md', 'original.file'],
      ['minutes/wrong-original-hash.md', 'original.sha256'],
    ]);
    expect(errors[0]?.message).toMatch(/^文件 "原件\.pdf" 不存在/u);
  });
});
