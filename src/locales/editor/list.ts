/** Names joined the way each language lists them: A、B 或 C; A, B or C. */
export function joinChoices(names: readonly string[], separator: string, last: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(separator)}${last}${names.at(-1)}`;
}
