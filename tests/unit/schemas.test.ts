import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/locales/zh-CN';
import { locales } from '../../src/locales';
import { agendaItemSchema } from '../../src/schemas/agenda-item';
import { uiStringsSchema } from '../../src/schemas/locale';
import { minutesSchema } from '../../src/schemas/minutes';
import { siteConfigSchema } from '../../src/schemas/site';
import { topicSchema } from '../../src/schemas/topic';
import { readMinutes } from '../support/content';
import { fixtureContentDir } from '../support/paths';

const [valid] = readMinutes(fixtureContentDir).filter((doc) => doc.id === 'taicang-changwu-2023-05');
const frontmatter = () => structuredClone(valid!.data) as Record<string, unknown>;

function issuePaths(input: unknown): string[] {
  const result = minutesSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('minutesSchema', () => {
  it('accepts the Taicang minutes', () => {
    expect(issuePaths(frontmatter())).toEqual([]);
  });

  it('reports every missing required field at once', () => {
    const input = frontmatter();
    delete input['issuer'];
    delete input['dateIssued'];
    expect(issuePaths(input)).toEqual(['issuer', 'dateIssued']);
  });

  it('refuses unknown fields, so a misspelt field is not silently ignored', () => {
    expect(issuePaths({ ...frontmatter(), documentNumbr: '第5号' })).toEqual(['']);
  });

  it('refuses a disclosure that is not one of the three 公开属性', () => {
    expect(issuePaths({ ...frontmatter(), disclosure: { access: '公开', status: 'published' } })).toEqual(['disclosure.access']);
  });

  it('takes a file without documentKind as a 纪要, which needs its 文种, office, 成文日期 and 出席 (文号 and 整理 are a Chinese site\'s rules)', () => {
    expect(minutesSchema.parse(frontmatter()).documentKind).toBe('纪要');
    const input = frontmatter();
    for (const field of ['documentType', 'documentNumber', 'issuingOffice', 'dateIssued', 'compiled', 'attendance']) delete input[field];
    expect(issuePaths(input)).toEqual(['documentType', 'issuingOffice', 'dateIssued', 'attendance.present']);
  });

  it('accepts a meeting report (会议报道) without any of them, and still wants what every document has', () => {
    const input: Record<string, unknown> = { ...frontmatter(), documentKind: '会议报道' };
    for (const field of ['documentType', 'documentNumber', 'issuingOffice', 'dateIssued', 'compiled', 'attendance']) delete input[field];
    expect(issuePaths(input)).toEqual([]);
    expect(minutesSchema.parse(input).attendance.present).toEqual([]);
    delete input['issuer'];
    expect(issuePaths(input)).toEqual(['issuer']);
    expect(issuePaths({ ...frontmatter(), documentKind: '报道' })).toEqual(['documentKind']);
  });

  it('refuses dates written as text', () => {
    const input = frontmatter();
    input['dateIssued'] = '2023年4月18日';
    expect(issuePaths(input)).toEqual(['dateIssued']);
  });
});

describe('agendaItemSchema', () => {
  const item = { ordinal: '一', kind: '审议', title: '审议《方案》', topics: ['gas-safety'] };
  it('defaults lead departments to none', () => {
    expect(agendaItemSchema.parse(item).leadDepartments).toEqual([]);
  });
  it('wants an ordinal as printed, a known kind and at least one topic', () => {
    // Chinese sites are held to Chinese numerals by their locale rules (tests/unit/locale.test.ts).
    expect(agendaItemSchema.safeParse({ ...item, ordinal: '1' }).success).toBe(true);
    expect(agendaItemSchema.safeParse({ ...item, ordinal: 'first' }).success).toBe(false);
    expect(agendaItemSchema.safeParse({ ...item, ordinal: '一、' }).success).toBe(false);
    expect(agendaItemSchema.safeParse({ ...item, kind: 'report' }).data?.kind).toBe('听取');
    expect(agendaItemSchema.safeParse({ ...item, kind: '讨论' }).success).toBe(false);
    expect(agendaItemSchema.safeParse({ ...item, topics: [] }).success).toBe(false);
  });
});

describe('topicSchema', () => {
  it('wants an ASCII slug id', () => {
    expect(topicSchema.safeParse({ id: 'work-safety', name: '安全生产' }).success).toBe(true);
    expect(topicSchema.safeParse({ id: '安全生产', name: '安全生产' }).success).toBe(false);
  });
});

describe('siteConfigSchema', () => {
  it('defaults the base path to /', () => {
    expect(siteConfigSchema.parse({ lang: 'zh-CN', title: 't', publisher: 'p', description: 'd' }).base).toBe('/');
  });

  it('pages listings by 50 entries unless told otherwise, and refuses a page size below one', () => {
    const minimal = { lang: 'zh-CN', title: 't', publisher: 'p', description: 'd' };
    expect(siteConfigSchema.parse(minimal).listPageSize).toBe(50);
    expect(siteConfigSchema.parse({ ...minimal, listPageSize: 2 }).listPageSize).toBe(2);
    expect(siteConfigSchema.safeParse({ ...minimal, listPageSize: 0 }).success).toBe(false);
    expect(siteConfigSchema.safeParse({ ...minimal, listPageSize: 2.5 }).success).toBe(false);
  });
});

describe('locales', () => {
  it('every locale has every string, and nothing else', () => {
    for (const [lang, strings] of Object.entries(locales)) {
      expect(uiStringsSchema.safeParse(strings).success, lang).toBe(true);
    }
  });

  it('uses only placeholders that the interface fills', () => {
    const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings));
    const texts = strings(zhCN);
    const placeholders = texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
    expect(new Set(placeholders)).toEqual(new Set(['count', 'year', 'month', 'meeting', 'by', 'query', 'publisher', 'title', 'total', 'label', 'value', 'assignments', 'meetings', 'documents', 'remaining', 'site', 'topic', 'organisation', 'page', 'ordinal']));
  });
});
