import type { Counted, PluralTemplate, Template } from '../schemas/message';

/** Replaces {name} placeholders in a UI string; the values' names are checked against the string's type. */
export function fillTemplate<P extends string>(template: Template<P>, values: Record<P, string | number>): string;
/** The same for a counted string, whose plural form for {count} is chosen by the rules of `lang` (1 meeting, 2 meetings). */
export function fillTemplate<P extends string>(template: Counted<P>, values: Record<P | 'count', string | number>, lang: string): string;
export function fillTemplate(template: string | PluralTemplate<string>, values: Record<string, string | number>, lang?: string): string {
  const text = typeof template === 'string' ? template : pluralForm(template, Number(values['count']), lang ?? 'en');
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`missing value for {${name}} in "${text}"`);
    // The count of a counted string is written as the language writes numbers (1,234); other values as given.
    return name === 'count' && lang && typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : String(value);
  });
}

/** The form of a counted string for `count` in `lang`; `other` when the language's form is not given. */
function pluralForm(forms: PluralTemplate<string>, count: number, lang: string): string {
  return forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
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
export function formatFileSize(bytes: number, lang: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(lang, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}
