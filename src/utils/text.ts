import type { Counted, PluralTemplate, Template } from '../schemas/message';
import { formatOf, type LocaleFormat } from './locale-format';

/** Replaces {name} placeholders in a UI string; the values' names are checked against the string's type. */
export function fillTemplate<P extends string>(template: Template<P>, values: Record<P, string | number>): string;
/** The same for a counted string, whose plural form for {count} is chosen by the rules of `lang` (1 meeting, 2 meetings). */
export function fillTemplate<P extends string>(template: Counted<P>, values: Record<P | 'count', string | number>, lang: string | LocaleFormat): string;
export function fillTemplate(template: string | PluralTemplate<string>, values: Record<string, string | number>, lang?: string | LocaleFormat): string {
  const format = lang === undefined ? undefined : formatOf(lang);
  const text = typeof template === 'string' ? template : pluralForm(template, Number(values['count']), format ?? formatOf('en'));
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`missing value for {${name}} in "${text}"`);
    // The count of a counted string is written as the language writes numbers (1,234); other values as given.
    return name === 'count' && format && typeof value === 'number' ? format.number(value) : String(value);
  });
}

/** The form of a counted string for `count` in a language; `other` when the language's form is not given. */
function pluralForm(forms: PluralTemplate<string>, count: number, format: LocaleFormat): string {
  return forms[format.plural(count)] ?? forms.other;
}

/**
 * What goes between two printed parts: nothing in Chinese (常务副市长吴敬宇), a space between words of a
 * Latin script or digits (President Rob Bishop, February 20, 2020 2:00 PM).
 */
export function wordSpace(before: string, after: string | undefined): string {
  return after && /[\p{Script=Latin}\d.]$/u.test(before) && /^[\p{Script=Latin}\d]/u.test(after) ? ' ' : '';
}

/** Two printed parts joined as wordSpace says. */
export function joinWords(before: string, after: string | undefined): string {
  return `${before}${wordSpace(before, after)}${after ?? ''}`;
}

/** A file size for readers, e.g. 1.2 KB; bytes below 1 KB are counted exactly. */
export function formatFileSize(bytes: number, lang: string | LocaleFormat): string {
  return formatOf(lang).fileSize(bytes);
}
