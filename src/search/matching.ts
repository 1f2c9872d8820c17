/**
 * Matching: where a folded query occurs in a folded text, by the site's language. Every language
 * matches exact substrings (Chinese has no word forms to reduce), except English, whose words are
 * matched by their forms: each Latin word of the query finds the text words that start with it or
 * whose stem (Porter's stemmer) starts with its stem, so `meetings` finds meeting, `approved`
 * finds approve and approval, `county` finds counties but not country. Digits, punctuation and
 * other scripts in an English query are matched literally, as the substring rule does.
 *
 * The index is untouched: it holds every character pair, and every word a query word matches
 * starts with that word's lookup prefix (below), so asking the index for the prefixes finds every
 * candidate. The literal confirmation and the excerpt marks go through the same matcher.
 */
import { stemmer } from 'stemmer';

/** The two ways a query is matched: exact substrings, or English word forms. */
export type SearchStrategy = 'substring' | 'english-words';

/** The strategy for a page language (its `<html lang>`): English matches word forms, every other language substrings. */
export function searchStrategyOf(lang: string): SearchStrategy {
  return /^en(?:-|$)/iu.test(lang) ? 'english-words' : 'substring';
}

/** A query ready to be matched against folded texts. */
export interface QueryMatcher {
  /** The folded query as typed. */
  readonly folded: string;
  /** What the index is asked for: folded text that every match contains (pagefindQuery of it). */
  readonly lookup: string;
  /** The [start, end) ranges of every match in a folded text, in order; overlapping ones included. */
  ranges(folded: string): Array<[number, number]>;
}

/** Start indexes of every occurrence of a folded query, overlapping ones included. */
export function occurrences(folded: string, query: string): number[] {
  const found: number[] = [];
  if (!query) return found;
  for (let at = folded.indexOf(query); at !== -1; at = folded.indexOf(query, at + 1)) found.push(at);
  return found;
}

/** The exact-substring matcher: the index is asked for the query itself. */
export function substringMatcher(folded: string): QueryMatcher {
  return { folded, lookup: folded, ranges: (text) => occurrences(text, folded).map((at) => [at, at + folded.length]) };
}

/** A string is a folded query matched as a substring (as the Chinese site and the tests give it). */
export function asMatcher(query: string | QueryMatcher): QueryMatcher {
  return typeof query === 'string' ? substringMatcher(query) : query;
}

/** The matcher of a folded query under a strategy; the search page's one choice of rule. */
export function queryMatcher(strategy: SearchStrategy, folded: string): QueryMatcher {
  return strategy === 'english-words' ? englishWordMatcher(folded) : substringMatcher(folded);
}

/** A word as the English rule sees it: a run of Latin letters (digits and apostrophes end it). */
const LATIN_WORD = /\p{Script=Latin}+/gu;

/** The longest common start of two strings. */
function commonStart(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return a.slice(0, i);
}

/**
 * The prefix every word matched by a query word starts with: the letters the word shares with its
 * stem, less the endings Porter's rules write onto stems (a final e, i or y as in hoping → hope and
 * city → citi; l, bl, at, iz as in possibility → possibl). Checked over every pair of words of the
 * English example corpus (tests/unit/search-matching.test.ts).
 */
export function lookupPrefix(word: string): string {
  return commonStart(word, stemmer(word)).replace(/(?<=.)(?:e|i|y|l|bl|at|iz)$/u, '');
}

/** One word of an English query: as typed, its stem, and the prefix it is looked up by. */
interface QueryWord {
  word: string;
  stem: string;
  prefix: string;
}

/** Regular expression source matching a string literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/**
 * The English word-form matcher. The query becomes a pattern: each word a whole text word starting
 * with its lookup prefix, everything between words literal; each match is then kept only when
 * every word of it passes the word rule. Stems of text words are remembered for the query's life.
 */
export function englishWordMatcher(folded: string): QueryMatcher {
  const words: QueryWord[] = [];
  let source = '';
  let lookup = '';
  let copied = 0;
  for (const match of folded.matchAll(LATIN_WORD)) {
    const between = folded.slice(copied, match.index);
    const word = match[0];
    const prefix = lookupPrefix(word);
    words.push({ word, stem: stemmer(word), prefix });
    source += `${literal(between)}(?<!\\p{Script=Latin})(${literal(prefix)}\\p{Script=Latin}*)`;
    lookup += between + prefix;
    copied = match.index + word.length;
  }
  if (words.length === 0) return substringMatcher(folded);
  source += literal(folded.slice(copied));
  lookup += folded.slice(copied);
  const stems = new Map<string, string>();
  const stemOf = (word: string) => {
    let stem = stems.get(word);
    if (stem === undefined) stems.set(word, (stem = stemmer(word)));
    return stem;
  };
  const accepts = (query: QueryWord, word: string) => word.startsWith(query.word) || stemOf(word).startsWith(query.stem);
  return {
    folded,
    lookup,
    ranges(text) {
      const found: Array<[number, number]> = [];
      // A new expression per call: its lastIndex is the only state, and it must not outlive the call.
      const pattern = new RegExp(source, 'dgu');
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const spans = match.indices as RegExpIndicesArray;
        if (words.every((query, i) => accepts(query, text.slice(...(spans[i + 1] as [number, number]))))) found.push([match.index, match.index + match[0].length]);
        pattern.lastIndex = match.index + 1;
      }
      return found;
    },
  };
}
