import { z } from 'astro/zod';
import { parseDocument, LineCounter } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editorLocaleOf, validationMessages } from '../../src/locales/editor';
import { englishCount } from '../../src/locales/editor/plural';
import { referencesEn } from '../../src/locales/editor/references.en';
import { referencesZhCN, type ReferencesMessages } from '../../src/locales/editor/references.zh-CN';
import { reportEn } from '../../src/locales/editor/report.en';
import { type ReportMessages } from '../../src/locales/editor/report.zh-CN';
import { scaffoldEn } from '../../src/locales/editor/scaffold.en';
import { type ScaffoldMessages } from '../../src/locales/editor/scaffold.zh-CN';
import { validationEn } from '../../src/locales/editor/validation.en';
import { validationZhCN, type ValidationMessages } from '../../src/locales/editor/validation.zh-CN';
import { schemaRuleOf, schemaRules } from '../../src/schemas/messages';
import { schemaErrors } from '../../src/validation/schema-issues';

// What the type of the Chinese messages refuses; `npm run typecheck` fails if any of these lines compiles.
const { empty: _empty, ...withoutEmpty } = validationEn;
// @ts-expect-error a locale missing a message
export const missingKey = withoutEmpty satisfies ValidationMessages;
// @ts-expect-error a misspelt placeholder (lenght for length)
export const misspeltPlaceholder = { ...validationEn, tooLong: ({ maximum, lenght }) => `${maximum} ${lenght}` } satisfies ValidationMessages;
// @ts-expect-error a message the Chinese module does not have
export const extraKey = { ...reportEn, summary: () => '' } satisfies ReportMessages;
// @ts-expect-error a placeholder of the wrong type
export const wrongType = { ...scaffoldEn, exists: ({ file }: { file: number }) => String(file) } satisfies ScaffoldMessages;
// @ts-expect-error a caller that leaves out a placeholder
referencesZhCN.agendaTitle({ written: '一、甲', heading: '一、乙' });
export const complete = referencesEn satisfies ReferencesMessages;

/** Keys of a nested message object, as dotted paths. */
function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) => (inner && typeof inner === 'object' ? keysOf(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`])).sort();
}

describe('editor locales', () => {
  it('have the same messages, field labels and YAML problems in Chinese and English', () => {
    expect(keysOf(validationMessages('en'))).toEqual(keysOf(validationMessages('zh-CN')));
    expect(Object.keys(validationEn.fieldLabels).sort()).toEqual(Object.keys(validationZhCN.fieldLabels).sort());
    expect(Object.keys(validationEn.yamlProblems).sort()).toEqual(Object.keys(validationZhCN.yamlProblems).sort());
  });

  it('are chosen by the site’s lang', () => {
    expect(['en', 'en-GB', 'EN-us', 'zh-CN', 'zh', undefined, 3].map(editorLocaleOf)).toEqual(['en', 'en', 'en', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
    expect(validationMessages('en').locale).toBe('en');
  });

  it('count in English through the plural rules', () => {
    const forms = { one: 'entry', other: 'entries' };
    expect([0, 1, 2, 21].map((count) => englishCount(count, forms))).toEqual(['0 entries', '1 entry', '2 entries', '21 entries']);
    expect(reportEn.buildFailed({ problems: 1 })).toBe('1 problem in the content (run npm run check to list them again)');
    expect(reportEn.buildFailed({ problems: 3 })).toMatch(/^3 problems in the content/u);
    expect(validationEn.tooFewEntries({ minimum: 2 })).toBe('must list at least 2 entries');
  });

  it('translate every rule the schemas state in their own words', () => {
    for (const [rule, message] of Object.entries(schemaRules)) {
      expect(schemaRuleOf(message)).toBe(rule);
      expect(validationZhCN.rule[rule as keyof typeof schemaRules]({ value: '"x"' })).toMatch(/\p{Script=Han}.*"x"/u);
    }
  });

  it('leave the issues they have no sentence for to zod’s own locale', () => {
    const lineCounter = new LineCounter();
    const source = { file: 'x.yaml', document: parseDocument('count: 7\n', { lineCounter }), lineCounter, lineOffset: 0 };
    const schema = z.object({ count: z.number().multipleOf(5) });
    // The oracle is zod's own locale: the same issue parsed with its Chinese and English error maps.
    const zh = schema.safeParse({ count: 7 }, { error: z.locales.zhCN().localeError }).error?.issues[0]?.message;
    const en = schema.safeParse({ count: 7 }, { error: z.locales.en().localeError }).error?.issues[0]?.message;
    expect(zh).toMatch(/\p{Script=Han}/u);
    expect(schemaErrors(source, schema, { count: 7 }, validationMessages('zh-CN')).errors).toEqual([{ file: 'x.yaml', line: 1, field: 'count', message: zh }]);
    expect(schemaErrors(source, schema, { count: 7 }, validationMessages('en')).errors[0]?.message).toBe(en);
  });
});
