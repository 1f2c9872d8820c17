/**
 * Index terms: how folded text is written into the Pagefind index and how a query is looked up in
 * it. Every run of letters and digits of the folded text is cut into single characters and
 * overlapping two-character terms, so any substring of a run is findable from its terms, whatever a
 * word segmenter would have made of it; the results are checked literally against the original
 * text before they are shown (candidate-run.ts).
 */
import type { Folder } from './folding';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Runs of letters, digits and marks (the searchable characters), as arrays of code points. */
function wordRuns(folded: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const char of folded) {
    if (WORD_CHAR.test(char)) {
      run.push(char);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The terms a folded text is indexed under: every character of each run alone, and every two
 * adjacent characters. A query of one character is found through the single characters, a longer
 * one through its pairs.
 */
export function indexTerms(folded: string): string[] {
  const terms: string[] = [];
  for (const run of wordRuns(folded)) {
    run.forEach((char, i) => {
      terms.push(char);
      const next = run[i + 1];
      if (next !== undefined) terms.push(`${char}${next}`);
    });
  }
  return terms;
}

/** Most index words a query is looked up by: each one costs an index chunk to fetch. */
export const MAX_QUERY_TERMS = 3;

/**
 * The terms a folded query is looked up by. Every text containing the query contains all of them,
 * so any subset finds every match; the literal check removes the rest. A run of one character is
 * its single; a longer run is covered by pairs (every second one, and the last), and at most
 * MAX_QUERY_TERMS are kept, spread over the query, first and last included.
 */
export function queryTerms(folded: string): string[] {
  const terms: string[] = [];
  for (const run of wordRuns(folded)) {
    if (run.length === 1) terms.push(run[0] as string);
    for (let i = 0; i + 1 < run.length; i += 2) terms.push(`${run[i]}${run[i + 1]}`);
    if (run.length > 2 && run.length % 2 === 1) terms.push(`${run[run.length - 2]}${run[run.length - 1]}`);
  }
  const distinct = [...new Set(terms)];
  if (distinct.length <= MAX_QUERY_TERMS) return distinct;
  const step = (distinct.length - 1) / (MAX_QUERY_TERMS - 1);
  return [...new Set(Array.from({ length: MAX_QUERY_TERMS }, (_, i) => distinct[Math.round(i * step)] as string))];
}

/** Code points below this take three base-36 digits ('000'…'yzz'); the rest 'z' and four digits. */
const SHORT_CODE_LIMIT = 35 * 36 * 36;

/** One character as a prefix-free ASCII code: three digits for all common CJK, five for the rest. */
function charCode(char: string): string {
  const point = char.codePointAt(0) as number;
  return point < SHORT_CODE_LIMIT ? point.toString(36).padStart(3, '0') : `z${point.toString(36).padStart(4, '0')}`;
}

/** Ends the word of a single character, so it is not the start of the pairs beginning with it. */
const SINGLE_MARK = 'z';

/**
 * Writes a term as the word Pagefind stores: each character as a short prefix-free base-36 code
 * (燃气 → 'gk6' + 'gmk' style ASCII), a single character followed by 'z'. Pagefind's search cuts
 * CJK words into single characters on its own, which would turn 作方 into 作 AND 方; ASCII words
 * stay whole. Pagefind also matches a word as a prefix of longer ones: the mark keeps a single
 * character's lookup from fetching every pair that starts with it.
 */
export function pagefindWord(term: string): string {
  const chars = [...term];
  const code = chars.map(charCode).join('');
  return chars.length === 1 ? `${code}${SINGLE_MARK}` : code;
}

/**
 * The Pagefind language the records are indexed under and the browser searches with: a code with
 * no stemmer and no word segmentation, so Pagefind keeps each two-character term as one word on
 * both sides (zh-cn would re-segment them with jieba at build time and Intl.Segmenter in the browser).
 */
export const SEARCH_INDEX_LANGUAGE = 'zxx';

/** Most times one term is written into a record's indexed content. */
export const MAX_TERM_REPEATS = 32;

/** The terms of one part (an agenda item, or the header fields) with their number of occurrences, which the result ranking goes by first. */
export function partTermWeights(folder: Folder, text: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of indexTerms(folder.foldedForm(text))) weights.set(term, (weights.get(term) ?? 0) + 1);
  return weights;
}

/**
 * The content Pagefind indexes for one meeting: each term of its agenda items repeated as often as
 * it occurs in the item where it occurs most (at most MAX_TERM_REPEATS), so Pagefind ranks first
 * the meetings holding the single best-matching item, which is what the results page ranks by. The
 * header fields' terms count once: they make the meeting findable by title, number or name, but an
 * opening paragraph that lists every item's title must not outrank the items themselves.
 */
export function indexContent(folder: Folder, items: readonly string[], header = ''): string {
  const repeats = new Map<string, number>();
  for (const term of partTermWeights(folder, header).keys()) repeats.set(term, 1);
  for (const item of items) {
    for (const [term, weight] of partTermWeights(folder, item)) repeats.set(term, Math.max(repeats.get(term) ?? 0, weight));
  }
  const words: string[] = [];
  for (const [term, count] of repeats) {
    const word = pagefindWord(term);
    for (let i = Math.min(count, MAX_TERM_REPEATS); i > 0; i -= 1) words.push(word);
  }
  // Word order means nothing to the search (matches are checked in the original text). Sorted,
  // repeats sit together and the content compresses smaller in the fragment the browser fetches.
  return words.sort().join(' ');
}

/** The Pagefind query for a folded query: its terms as Pagefind words. */
export function pagefindQuery(folded: string): string {
  return queryTerms(folded).map(pagefindWord).join(' ');
}
