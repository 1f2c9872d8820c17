import { distance } from 'fastest-levenshtein';

/**
 * The known names closest to a misspelt one, best first: for "市往建局", ["市住建局"]. Names within
 * a third of their length in edits count as close; at most `limit` are returned.
 */
export function closestNames(wanted: string, known: Iterable<string>, limit = 3): string[] {
  const threshold = Math.max(1, Math.floor(wanted.length / 3));
  return [...new Set(known)]
    .map((name) => ({ name, edits: distance(wanted, name) }))
    .filter(({ edits }) => edits <= threshold)
    .sort((a, b) => a.edits - b.edits || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ name }) => name);
}
