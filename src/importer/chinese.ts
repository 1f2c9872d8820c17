import * as OpenCC from 'opencc-js';

// OpenCC's own tables (traditional as written in Taiwan, Hong Kong or mainland 繁体) to mainland simplified.
const fromTraditional = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];

function convert(text: string): string {
  return fromTraditional.reduce((result, toCn) => toCn(result), text);
}

/**
 * The simplified form of `text`, character for character: the result has the same length, so an
 * offset found in the simplified text slices the same words out of the printed one. When OpenCC's
 * phrase tables would change the length, each character is converted on its own instead.
 */
export function toSimplified(text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return [...text]
    .map((char) => {
      const simple = convert(char);
      return simple.length === char.length ? simple : char;
    })
    .join('');
}

/** Han characters (CJK ideographs), the script whose words are never separated by spaces. */
export const HAN = '\\p{Script=Han}';

/** Spaces (ASCII, full-width, no-break) printed between two Han characters, e.g. 会 议 纪 要. */
export const SPACE_BETWEEN_HAN = new RegExp(`(?<=${HAN})[ \\u00a0\\u3000]+(?=${HAN})`, 'gu');

/** Removes spaces between Han characters; keeps those around numbers and Latin words (2023 年 stays). */
export function removeSpacesBetweenHan(text: string): string {
  return text.replace(SPACE_BETWEEN_HAN, '');
}

/** A pinyin gloss that a garbled traditional copy prints after a character: 區(qū), 會(huì); at least one tone mark, so (B型) or (2023) never match. */
export const PINYIN_GLOSS = /(?<=\p{Script=Han})[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]/gu;

/** A text without its pinyin glosses, and the glosses removed. */
export function withoutPinyinGlosses(text: string): { text: string; glosses: string[] } {
  const glosses = text.match(PINYIN_GLOSS) ?? [];
  return { text: text.replace(PINYIN_GLOSS, ''), glosses };
}
