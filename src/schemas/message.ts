import { z } from 'astro/zod';

/**
 * Interface strings with {name} placeholders whose names are part of their type, so that a locale
 * string missing or misspelling a placeholder, or a caller passing the wrong values, fails the type
 * check, and the schema refuses such a string at run time too.
 */

declare const placeholders: unique symbol;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** A string containing `{P}`. */
type Contains<P extends string> = `${string}{${P}}${string}`;

/** A UI string that contains every placeholder in P (a union of names); the brand carries P to fillTemplate. */
export type Template<P extends string = never> = ([P] extends [never] ? string : UnionToIntersection<P extends string ? Contains<P> : never>) & {
  readonly [placeholders]?: P;
};

/** Plural categories of Intl.PluralRules; `other` is required, the rest as the language needs them. */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** A counted message in its plural forms (English: { one: '{count} meeting', other: '{count} meetings' }), chosen by {count}. */
export type PluralTemplate<P extends string> = { other: Template<P | 'count'> } & Partial<Record<Exclude<(typeof pluralCategories)[number], 'other'>, Template<P | 'count'>>>;

/** A counted message: one template (Chinese has no plural forms) or one per plural form. */
export type Counted<P extends string = never> = Template<P | 'count'> | PluralTemplate<P>;

/** The {name} placeholders a string uses. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/gu)].map((match) => match[1] ?? ''))].sort();
}

/** Whether `text` is a non-empty string using exactly the placeholders `names`. */
function usesExactly(text: unknown, names: readonly string[]): boolean {
  return typeof text === 'string' && text.length > 0 && placeholdersOf(text).join(',') === [...names].sort().join(',');
}

/** Schema of a UI string with exactly the placeholders `names`. */
export function template<const P extends string = never>(...names: P[]) {
  const expected = names.length > 0 ? names.map((name) => `{${name}}`).join(', ') : 'no placeholders';
  return z.custom<Template<P>>((value) => usesExactly(value, names), `must be a non-empty string with ${expected}`).describe(`UI string with ${expected}`);
}

/** Schema of a counted UI string: one string, or its plural forms, each with {count} and exactly `names`. */
export function counted<const P extends string = never>(...names: P[]) {
  const all = ['count', ...names];
  const form = z.custom<Template<P | 'count'>>((value) => usesExactly(value, all), `must be a non-empty string with ${all.map((name) => `{${name}}`).join(', ')}`);
  const forms = z.strictObject({ other: form, zero: form.optional(), one: form.optional(), two: form.optional(), few: form.optional(), many: form.optional() });
  return z.union([form, forms]).describe('UI string counted by {count}: one string, or one per plural form (one, other…)') as unknown as z.ZodType<Counted<P>>;
}
