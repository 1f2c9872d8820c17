/** English plural categories, chosen by Intl.PluralRules so counts read "1 problem", "2 problems". */
const englishRules = new Intl.PluralRules('en');

/** The English form for `count`: `one` when the rules say so, `other` otherwise. */
export function englishPlural(count: number, forms: { one: string; other: string }): string {
  return englishRules.select(count) === 'one' ? forms.one : forms.other;
}

/** `count` followed by its noun in the right form: 1 entry, 3 entries. */
export function englishCount(count: number, forms: { one: string; other: string }): string {
  return `${count} ${englishPlural(count, forms)}`;
}
