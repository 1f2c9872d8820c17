import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { en } from '../../src/locales/en';
import { zhCN } from '../../src/locales/zh-CN';
import { uiStringsSchema, type UiStrings } from '../../src/schemas/locale';
import { counted, template, type Counted, type Template } from '../../src/schemas/message';
import { agendaItemId, parseAgendaHeading } from '../../src/utils/agenda';
import { fillTemplate, joinWords } from '../../src/utils/text';
import { validateContent } from '../../src/validation/validate-content';
import { englishContentDir, fixtureContentDir } from '../support/paths';

describe('typed placeholders (checked by npm run typecheck)', () => {
  it('refuses a locale string that misses or misspells a placeholder, and a caller passing the wrong values', () => {
    const good: Pick<UiStrings, 'yearPageTitle' | 'agendaItemCount'> = { yearPageTitle: '{year}年会议纪要', agendaItemCount: { one: '{count} item', other: '{count} items' } };
    // @ts-expect-error {year} is misspelt
    const misspelt: Pick<UiStrings, 'yearPageTitle'> = { yearPageTitle: '{yaer}年会议纪要' };
    // @ts-expect-error {meetings} is missing
    const missing: Pick<UiStrings, 'searchResultCount'> = { searchResultCount: '“{query}”共找到 {count} 条结果' };
    // @ts-expect-error a plural form without {count}
    const uncounted: Pick<UiStrings, 'agendaItemCount'> = { agendaItemCount: { one: 'one item', other: '{count} items' } };
    // Calls that must not type-check; never run, since fillTemplate would throw on the first.
    const wrongCalls = () => [
      // @ts-expect-error {year} is not given
      fillTemplate(good.yearPageTitle, {}),
      // @ts-expect-error {yaer} is not a placeholder of the string
      fillTemplate(good.yearPageTitle, { yaer: 2023 }),
      // @ts-expect-error a counted string needs the language that picks its plural form
      fillTemplate(good.agendaItemCount, { count: 2 }),
    ];
    expect(wrongCalls).toBeTypeOf('function');
    expect([misspelt, missing, uncounted].length).toBe(3);
    expect(fillTemplate(good.yearPageTitle, { year: 2023 })).toBe('2023年会议纪要');
  });

  it('checks the same at run time, so a locale loaded from elsewhere cannot slip through', () => {
    expect(template('year').safeParse('{year}年').success).toBe(true);
    expect(template('year').safeParse('{yaer}年').success).toBe(false);
    expect(template('year').safeParse('{year}年{month}月').success).toBe(false);
    expect(counted().safeParse({ one: '{count} item', other: '{count} items' }).success).toBe(true);
    expect(counted().safeParse({ one: 'an item', other: '{count} items' }).success).toBe(false);
    expect(counted().safeParse({ one: '{count} item' }).success).toBe(false);
    for (const [lang, strings] of Object.entries({ 'zh-CN': zhCN, en })) expect(uiStringsSchema.safeParse(strings).error?.issues, lang).toBeUndefined();
    const broken = { ...en, pageOfPages: 'Page {page}' };
    expect(uiStringsSchema.safeParse(broken).error?.issues[0]?.path).toEqual(['pageOfPages']);
  });

  it('types a template by its placeholders', () => {
    const value: Template<'a' | 'b'> = '{b} and {a}';
    const plural: Counted = { other: '{count}' };
    expect([value, plural]).toHaveLength(2);
  });
});

describe('plural forms and numbers through Intl', () => {
  it('chooses the English form for the count and leaves Chinese alone', () => {
    expect(fillTemplate(en.meetingCount, { count: 1 }, 'en')).toBe('1 meeting');
    expect(fillTemplate(en.meetingCount, { count: 2 }, 'en')).toBe('2 meetings');
    expect(fillTemplate(en.meetingCount, { count: 0 }, 'en')).toBe('0 meetings');
    expect(fillTemplate(en.meetingCount, { count: 1234 }, 'en')).toBe('1,234 meetings');
    expect(fillTemplate(zhCN.meetingCount, { count: 1 }, 'zh-CN')).toBe('1 次会议');
    expect(fillTemplate(zhCN.meetingCount, { count: 2 }, 'zh-CN')).toBe('2 次会议');
  });

  it('spaces words of a Latin script and runs Chinese together', () => {
    expect(joinWords('常务副市长', '吴敬宇')).toBe('常务副市长吴敬宇');
    expect(joinWords('Board President', 'Rob Bishop')).toBe('Board President Rob Bishop');
    expect(joinWords('February 20, 2020', '2:00 PM')).toBe('February 20, 2020 2:00 PM');
    expect(joinWords('2023年4月10日', '下午')).toBe('2023年4月10日下午');
  });
});

describe('agenda ordinals as printed', () => {
  it('reads Chinese, Roman, letter and numbered headings, and makes an anchor of each', () => {
    expect(parseAgendaHeading('四、审议《方案》')).toEqual({ ordinal: '四', title: '审议《方案》' });
    expect(parseAgendaHeading('XIV. NEW BUSINESS')).toEqual({ ordinal: 'XIV', title: 'NEW BUSINESS' });
    expect(parseAgendaHeading('B) Contract award')).toEqual({ ordinal: 'B', title: 'Contract award' });
    expect(parseAgendaHeading('S-56 Accept a grant')).toEqual({ ordinal: 'S-56', title: 'Accept a grant' });
    expect(parseAgendaHeading('A new approach')).toBeNull();
    expect(['十二', 'XIV', 'B', 'S-56', '*42', '38'].map(agendaItemId)).toEqual(['item-12', 'item-xiv', 'item-b', 'item-s-56', 'item-42', 'item-38']);
  });
});

describe('validation rules per locale', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const copy = (from: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-locale-'));
    dirs.push(dir);
    cpSync(from, dir, { recursive: true });
    return dir;
  };
  const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  const messages = (dir: string) => validateContent(dir, { cwd: dir }).errors.map((error) => `${error.file} ${error.field}: ${error.message}`);

  it('keeps the Chinese rules on a Chinese site: Chinese ordinals in sequence, 文号, session and the 整理 line', () => {
    const dir = copy(fixtureContentDir);
    const file = 'minutes/taicang-changwu-2023-05.md';
    edit(dir, file, (text) =>
      text
        .replace('  - ordinal: 一\n', "  - ordinal: '1'\n")
        .replace('## 一、', '## 1. ')
        .replace(/^documentNumber: .*\n/mu, '')
        .replace(/^  session: .*\n/mu, '')
        .replace(/^compiled:\n  by: .*\n  date: .*\n/mu, ''),
    );
    const found = messages(dir).filter((line) => line.startsWith(file));
    expect(found.some((line) => line.includes('agenda.0.ordinal: 议题序号“1”不是中文数字'))).toBe(true);
    expect(found.some((line) => line.includes('documentNumber: 缺少此必填项（文号）'))).toBe(true);
    expect(found.some((line) => line.includes('meeting.session: 缺少此必填项（会议次序）'))).toBe(true);
    expect(found.some((line) => line.includes('compiled: 缺少此必填项（整理行）'))).toBe(true);
  });

  it('accepts the same minutes on an English site, and holds it to its own: every ordinal different', () => {
    const dir = copy(englishContentDir);
    expect(messages(dir)).toEqual([]);
    expect(validateContent(dir, { cwd: dir }).warnings).toEqual([]);
    edit(dir, 'minutes/port-of-alsea-commission-2020-02.md', (text) => text.replace("  - ordinal: '2'", "  - ordinal: '1'").replace('## 2. APPROVAL', '## 1. APPROVAL'));
    expect(messages(dir)).toEqual([expect.stringContaining("agenda.1.ordinal: is 1, like an earlier item")]);
  });
});
