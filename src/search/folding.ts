/**
 * Folding: the form in which a text and a query are compared. Each character goes through NFKC
 * (全角 → 半角, ㈠ → (一)), lower case and traditional → simplified; then whitespace (spaces of any
 * width, non-breaking spaces, tabs, line breaks) is dropped, except that whitespace between two
 * letters or digits of an alphabetic script stays, as one space: `2023 年` folds to `2023年` and
 * `第 32 次` to `第32次`, but `App Store` keeps its space, so `App` does not match `Ap p`, nor
 * `ap p` match `app`.
 *
 * A Folder holds the traditional → simplified converter, loaded on demand in the browser and given
 * at build time; nothing here is module state.
 */
import { TRADITIONAL_CHARACTERS, traditionalCharacterString } from './traditional-characters';

/**
 * Any character traditional → simplified folding changes. A character class, not a Set: a page
 * checks whole texts for one with a single native scan, and building it costs no more than
 * decoding the list (a Set of its 3,000 strings took several milliseconds at page start).
 */
const TRADITIONAL_CHARACTER = new RegExp(`[${traditionalCharacterString(TRADITIONAL_CHARACTERS).replace(/[-\\\]\[^]/g, '\\$&')}]`, 'u');
/** The same class, global: every traditional character of a text. */
const EACH_TRADITIONAL_CHARACTER = new RegExp(TRADITIONAL_CHARACTER.source, 'gu');

/**
 * Code point ranges that fold to themselves character by character, bar the traditional
 * characters among them: line breaks, ASCII without capitals, the common CJK punctuation and the
 * unified ideographs; a unit test checks every one of them. Most of a published text lies in them.
 * (Spaces and line breaks are then dealt with by the spacing step, over the whole text.)
 */
export const UNFOLDED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0a, 0x0a],
  [0x20, 0x40],
  [0x5b, 0x7e],
  [0x3001, 0x3003],
  [0x3008, 0x3011],
  [0x3014, 0x301b],
  [0x4e00, 0x9fff],
];

/** One character that folding may change: the complement of UNFOLDED_RANGES, and the traditional characters. */
const MAY_FOLD = new RegExp(
  `[^${UNFOLDED_RANGES.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]|${TRADITIONAL_CHARACTER.source}`,
  'gu',
);

/** Whitespace as matching ignores it: everything \s covers (U+3000, U+00A0, line breaks included). */
const WHITESPACE = /\s/u;
const WHITESPACE_RUN = /\s+/gu;

/** A letter or digit of an alphabetic script, between two of which a space is a word boundary. */
const SPACED_WORD_CHAR = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}])[\p{L}\p{N}\p{M}]$/u;

/** A searchable character: a letter, digit or mark of any script. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Most characters whose fold a Folder remembers; beyond it the memory starts again. */
const CACHE_LIMIT = 4096;

/** Folded text and, for each folded UTF-16 unit, the range of the original text it came from. */
export interface FoldedText {
  folded: string;
  /** start[i] is the original index where the character behind folded[i] starts. */
  start: number[];
  /** end[i] is the original index just after that character. */
  end: number[];
}

/** The traditional → simplified converter: character level, so one character stays one and positions map back. */
export type Simplifier = (text: string) => string;

/** Loads opencc-js's traditional → simplified character dictionary (about 17 KB compressed). */
async function loadOpenccSimplifier(): Promise<Simplifier> {
  const [{ ConverterFactory }, { default: characters }] = await Promise.all([import('opencc-js/core'), import('opencc-js/dict/TSCharacters')]);
  return ConverterFactory([characters]);
}

/** Whether a space between these two folded characters is kept (both alphabetic letters or digits). */
function keepsSpaceBetween(before: string | undefined, after: string | undefined): boolean {
  return before !== undefined && after !== undefined && SPACED_WORD_CHAR.test(before) && SPACED_WORD_CHAR.test(after);
}

/** The code point ending just before index `at` of a string. */
function charBefore(text: string, at: number): string | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  const isLow = low >= 0xdc00 && low <= 0xdfff && at >= 2;
  return isLow ? String.fromCodePoint(text.codePointAt(at - 2) as number) : text[at - 1];
}

/** The code point starting at index `at`. */
function charAt(text: string, at: number): string | undefined {
  const point = text.codePointAt(at);
  return point === undefined ? undefined : String.fromCodePoint(point);
}

/**
 * Folds texts and queries. Create one per page or build (createFolder) and pass it to whatever
 * compares text; it learns simplified forms from search records and loads the dictionary only when
 * a text needs it.
 */
export class Folder {
  private simplify: Simplifier | null;
  /** Simplified forms learnt from search records (each lists its own traditional characters). */
  private readonly learnt = new Map<string, string>();
  private readonly chars = new Map<string, string>();

  constructor(simplify: Simplifier | null = null) {
    this.simplify = simplify;
  }

  /** Loads the dictionary unless the folder has one. */
  async loadDictionary(load: () => Promise<Simplifier> = loadOpenccSimplifier): Promise<void> {
    this.simplify ??= await load();
    this.chars.clear();
  }

  /** Adds the pairs a record carries ('乾干誅诛': each traditional character followed by its simplified form). */
  learn(pairs: string): void {
    const chars = [...pairs];
    for (let i = 0; i + 1 < chars.length; i += 2) this.learnt.set(chars[i] as string, chars[i + 1] as string);
  }

  /** True when folding the text needs the dictionary and it is not loaded yet. */
  needsDictionary(text: string): boolean {
    if (this.simplify) return false;
    for (const char of traditionalCharactersIn(text)) if (!this.learnt.has(char)) return true;
    return false;
  }

  /** The traditional characters of some texts with their simplified forms, for learn(); needs the dictionary. */
  simplifiedPairs(texts: readonly string[]): string {
    const pairs = new Map<string, string>();
    for (const text of texts) {
      for (const char of traditionalCharactersIn(text)) if (!pairs.has(char)) pairs.set(char, this.simplifiedChar(char));
    }
    return [...pairs].map(([from, to]) => `${from}${to}`).join('');
  }

  /** One character folded: NFKC, lower case, traditional → simplified. Whitespace is left to the spacing step. */
  foldChar(char: string): string {
    let folded = this.chars.get(char);
    if (folded === undefined) {
      folded = [...char.normalize('NFKC').toLowerCase()].map((part) => this.simplifiedChar(part)).join('');
      if (this.chars.size >= CACHE_LIMIT) this.chars.clear();
      this.chars.set(char, folded);
    }
    return folded;
  }

  /** The folded form of a text, without the way back (see fold): only characters that may change are looked at. */
  foldedForm(text: string): string {
    return dropSpaces(text.replace(MAY_FOLD, (char) => this.foldChar(char)));
  }

  /** A query as it is matched; the same as foldedForm (outer whitespace has no neighbour to keep it). */
  foldQuery(query: string): string {
    return this.foldedForm(query);
  }

  /** Folds text keeping, for every folded unit, the original range it came from, for marking matches. */
  fold(text: string): FoldedText {
    const units: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const push = (part: string, from: number, to: number) => {
      for (let i = 0; i < part.length; i += 1) {
        units.push(part[i] as string);
        starts.push(from);
        ends.push(to);
      }
    };
    let copied = 0;
    const copyTo = (to: number) => {
      for (let i = copied; i < to; i += 1) push(text[i] as string, i, i + 1);
    };
    for (const match of text.matchAll(MAY_FOLD)) {
      copyTo(match.index);
      push(this.foldChar(match[0]), match.index, match.index + match[0].length);
      copied = match.index + match[0].length;
    }
    copyTo(text.length);
    // The spacing step over the folded units, the same rule as dropSpaces.
    const joined = units.join('');
    const result: FoldedText = { folded: '', start: [], end: [] };
    let folded = '';
    for (let i = 0; i < units.length; ) {
      if (!WHITESPACE.test(units[i] as string)) {
        folded += units[i];
        result.start.push(starts[i] as number);
        result.end.push(ends[i] as number);
        i += 1;
        continue;
      }
      let after = i;
      while (after < units.length && WHITESPACE.test(units[after] as string)) after += 1;
      if (keepsSpaceBetween(charBefore(joined, i), charAt(joined, after))) {
        folded += ' ';
        result.start.push(starts[i] as number);
        result.end.push(ends[i] as number);
      }
      i = after;
    }
    result.folded = folded;
    return result;
  }

  private simplifiedChar(char: string): string {
    if (!TRADITIONAL_CHARACTER.test(char)) return char;
    const simplified = this.simplify?.(char) ?? this.learnt.get(char);
    if (simplified === undefined) throw new Error(`folding ${char} needs the traditional → simplified dictionary: await folder.loadDictionary() first`);
    return simplified;
  }
}

/** A folder; give `simplify` where the dictionary is at hand (the index build), leave it out in the browser. */
export function createFolder(simplify: Simplifier | null = null): Folder {
  return new Folder(simplify);
}

/** A spaced-word character as a regular expression fragment, for the lookarounds below. */
const SPACED_WORD = SPACED_WORD_CHAR.source.slice(1, -1);
/** One space (after runs are collapsed) without a spaced-word character on both sides. */
const LONE_SPACE = new RegExp(`(?<!${SPACED_WORD}) | (?!${SPACED_WORD})`, 'gu');

/**
 * The spacing step on folded text: whitespace runs dropped, or one space between two alphabetic
 * letters or digits. Two native replaces, without a callback per run (this runs over every part
 * of every checked meeting): runs become one space, then spaces not between two such characters go.
 */
function dropSpaces(folded: string): string {
  return folded.replace(WHITESPACE_RUN, ' ').replace(LONE_SPACE, '');
}

/** The characters of a text, after NFKC and lower case, that traditional → simplified folding changes. */
function* traditionalCharactersIn(text: string): Generator<string> {
  for (const [char] of text.normalize('NFKC').toLowerCase().matchAll(EACH_TRADITIONAL_CHARACTER)) yield char;
}

/** True when a folded query has at least one searchable character (a letter or digit). */
export function isSearchable(folded: string): boolean {
  return WORD_CHAR.test(folded);
}
