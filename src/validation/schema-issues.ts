import { z } from 'astro/zod';
import type { EditorLocale } from '../locales/editor';
import type { ExpectedType, ValidationMessages } from '../locales/editor/validation.zh-CN';
import { schemaRuleOf } from '../schemas/messages';
import { isoDate } from '../utils/dates';
import type { ContentError } from './content-error';
import { daysInMonth, impossibleDay } from './calendar-day';
import { lineOf, lineOfKey, type YamlSource } from './source';
import { closestNames } from './suggest';

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

/** zod's own messages per locale, for the issues this module has no sentence of its own for. */
const zodLocales: Record<EditorLocale, () => { localeError: z.core.$ZodErrorMap }> = { 'zh-CN': z.locales.zhCN, en: z.locales.en };

/** Every field name an object schema (and the objects nested in it) knows, for "did you mean" on a misspelt field. */
export function fieldNames(schema: z.core.$ZodType): Set<string> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (node: z.core.$ZodType | undefined) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    const def = node._zod.def as unknown as Record<string, unknown>;
    if (def['type'] === 'object') {
      for (const [key, child] of Object.entries(def['shape'] as Record<string, z.core.$ZodType>)) {
        names.add(key);
        walk(child);
      }
    }
    for (const inner of ['element', 'innerType', 'in', 'out']) walk(def[inner] as z.core.$ZodType | undefined);
    for (const option of (def['options'] as z.core.$ZodType[] | undefined) ?? []) walk(option);
  };
  walk(schema);
  return names;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The editor's name of a field (成文日期 for dateIssued), when the locale has one. */
export function fieldLabel(m: ValidationMessages, path: Path): string | undefined {
  return m.fieldLabels[path.map((key) => (typeof key === 'number' ? '*' : String(key))).join('.')];
}

function describeValue(m: ValidationMessages, value: unknown): string {
  if (typeof value === 'string') return m.describe.text({ text: value });
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return m.describe.list();
  if (value === null) return m.describe.empty();
  if (typeof value === 'object') return m.describe.group();
  return String(value);
}

const EXPECTED: ReadonlySet<string> = new Set(['string', 'number', 'int', 'array', 'object', 'boolean', 'date']);

/** A date field given text: a day that does not exist, a day in quotes, or something else. */
function dateMessage(m: ValidationMessages, value: unknown, path: Path): string {
  const written = typeof value === 'string' ? value.trim() : '';
  if (/^\d{4}-\d{2}-\d{2}$/u.test(written)) {
    const [year, month] = written.split('-').map(Number) as [number, number];
    if (impossibleDay(written)) return m.impossibleDate({ written, label: fieldLabel(m, path), year, month, days: daysInMonth(year, month) });
    return m.quotedDate({ written });
  }
  return m.notADate({ value: describeValue(m, value) });
}

/** One sentence for one zod issue, given the data that was checked. */
function describeIssue(m: ValidationMessages, issue: Issue, data: unknown, knownFields: ReadonlySet<string>): string {
  const value = valueAt(data, issue.path);
  const shown = () => describeValue(m, value);
  // A schema's own rule (src/schemas/messages.ts) says in its own words what it wants.
  const rule = schemaRuleOf(issue.message);
  if (rule && !(issue.code === 'invalid_type' && value === undefined)) return m.rule[rule]({ value: shown() });
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return m.required({ label: fieldLabel(m, issue.path) });
      if (issue.expected === 'date') return dateMessage(m, value, issue.path);
      return m.wrongType({ expected: (EXPECTED.has(issue.expected) ? issue.expected : 'other') as ExpectedType, value: shown() });
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof value === 'string' ? m.didYouMean({ candidates: closestNames(value, allowed, 1) }) : '';
      return m.oneOf({ allowed, value: shown(), suggestion });
    }
    case 'too_small':
      if (issue.origin === 'array') return m.tooFewEntries({ minimum: Number(issue.minimum) });
      if (issue.origin === 'string') return m.empty();
      return m.tooSmall({ minimum: Number(issue.minimum), value: shown() });
    case 'too_big':
      if (issue.origin === 'string') return m.tooLong({ maximum: Number(issue.maximum), length: String(value).length });
      if (issue.origin === 'array') return m.tooManyEntries({ maximum: Number(issue.maximum) });
      return m.tooBig({ maximum: Number(issue.maximum), value: shown() });
    case 'invalid_format':
      return m.wrongForm({ value: shown() });
    case 'unrecognized_keys':
      return issue.keys.map((key) => m.unknownField({ key, suggestion: m.didYouMean({ candidates: closestNames(key, knownFields, 1) }) })).join('; ');
    default:
      // zod's own sentence, in the site's language (the parse ran with the locale's error map).
      return issue.message;
  }
}

/** "agenda.3.leadDepartments" reads better with the item's ordinal: "(agenda item 四)". */
function agendaContext(m: ValidationMessages, path: Path, data: unknown): string {
  if (path[0] !== 'agenda' || typeof path[1] !== 'number') return '';
  const ordinal = valueAt(data, ['agenda', path[1], 'ordinal']);
  return typeof ordinal === 'string' ? m.agendaItem({ ordinal }) : '';
}

/** Validates `data` against `schema`, turning every issue into an editor's sentence, in the locale of `m`, located in `source`. */
export function schemaErrors<S extends z.core.$ZodType>(
  source: YamlSource,
  schema: S,
  data: unknown,
  locale: { locale: EditorLocale; validation: ValidationMessages },
  basePath: Path = [],
): { errors: ContentError[]; value?: z.infer<S> } {
  const m = locale.validation;
  const result = (schema as unknown as z.ZodType).safeParse(data, { error: zodLocales[locale.locale]().localeError });
  if (result.success) return { errors: [], value: result.data as z.infer<S> };
  const known = fieldNames(schema);
  // A misspelt field shows up twice: as an unknown field and as the missing one it was meant to be.
  // Keep only the first, which names both.
  const misspelt = new Set(
    result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.flatMap((key) => closestNames(key, known, 1).map((meant) => [...issue.path, meant].join('.')))
        : [],
    ),
  );
  const issues = result.error.issues.filter(
    (issue) => !(issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined && misspelt.has(issue.path.join('.'))),
  );
  const errors = issues.flatMap((issue): ContentError[] => {
    const path = [...basePath, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file: source.file,
        line: lineOfKey(source, path, key),
        field: [...issue.path, key].join('.'),
        message: describeIssue(m, { ...issue, keys: [key] }, data, known),
      }));
    }
    return [
      {
        file: source.file,
        line: lineOf(source, path),
        field: `${issue.path.join('.')}${agendaContext(m, issue.path, data)}`,
        message: describeIssue(m, issue, data, known),
      },
    ];
  });
  return { errors };
}
