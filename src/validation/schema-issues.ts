import type { z } from 'astro/zod';
import type { ContentError } from './content-error';
import { lineOf, lineOfKey, type YamlSource } from './source';
import { closestNames, didYouMean } from './suggest';

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

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

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
};

/** One sentence for one zod issue, given the data that was checked. */
function describeIssue(issue: Issue, data: unknown, knownFields: ReadonlySet<string>): string {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is required but missing; add it';
      // A schema may say in its own words what it wants (zod's default message starts with "Invalid").
      if (!issue.message.startsWith('Invalid')) return `${issue.message}, not ${describeValue(value)}`;
      if (issue.expected === 'date') return `must be a date written as YYYY-MM-DD (e.g. 2023-04-10), not ${describeValue(value)}`;
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(value)}`;
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof value === 'string' ? didYouMean(closestNames(value, allowed, 1)) : '';
      return `must be one of ${allowed.join(', ')}, not ${describeValue(value)}${suggestion}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${issue.minimum}, not ${describeValue(value)}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters; it has ${String(value).length}`;
      if (issue.origin === 'array') return `must list at most ${issue.maximum} entries`;
      return `must be at most ${issue.maximum}, not ${describeValue(value)}`;
    case 'invalid_format':
      // Our schemas give their formats a message of their own; zod's default starts with "Invalid".
      return issue.message.startsWith('Invalid') ? `has the wrong form: ${describeValue(value)}` : `${issue.message}, not ${describeValue(value)}`;
    case 'unrecognized_keys':
      return issue.keys
        .map((key) => `"${key}" is not a known field; remove it or correct its name${didYouMean(closestNames(key, knownFields, 1))}`)
        .join('; ');
    default:
      return issue.message;
  }
}

/** "agenda.3.leadDepartments" reads better with the item's ordinal: "(agenda item 四)". */
function agendaContext(path: Path, data: unknown): string {
  if (path[0] !== 'agenda' || typeof path[1] !== 'number') return '';
  const ordinal = valueAt(data, ['agenda', path[1], 'ordinal']);
  return typeof ordinal === 'string' ? ` (agenda item ${ordinal})` : '';
}

/** Validates `data` against `schema`, turning every issue into an editor's sentence located in `source`. */
export function schemaErrors<S extends z.core.$ZodType>(
  source: YamlSource,
  schema: S,
  data: unknown,
  basePath: Path = [],
): { errors: ContentError[]; value?: z.infer<S> } {
  const result = (schema as unknown as z.ZodType).safeParse(data);
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
        message: describeIssue({ ...issue, keys: [key] }, data, known),
      }));
    }
    return [
      {
        file: source.file,
        line: lineOf(source, path),
        field: `${issue.path.join('.')}${agendaContext(issue.path, data)}`,
        message: describeIssue(issue, data, known),
      },
    ];
  });
  return { errors };
}
