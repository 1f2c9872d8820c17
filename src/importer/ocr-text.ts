/**
 * Principled corrections of what Tesseract's Chinese model reads, valid for any OCR'd Chinese
 * text (no word lists): the model confuses shapes that the surrounding characters decide.
 */

/** 一 (the Han numeral one) between two Arabic numbers is the range dash it looks like: 2023一2025 → 2023—2025. */
const HAN_ONE_BETWEEN_DIGITS = /(?<=\d\s?)一(?=\s?\d)/gu;

/**
 * A title in 《…》 closed by a round bracket that no round bracket opened: the model read 》 as
 * ) or ）. Nested round brackets inside the title (计划(2023—2025年)) stay as they are.
 */
function closeTitleBrackets(text: string): string {
  let out = '';
  let inTitle = false;
  let round = 0;
  for (const char of text) {
    if (char === '《') {
      inTitle = true;
      round = 0;
    } else if (char === '》') inTitle = false;
    else if (inTitle && (char === '(' || char === '（')) round++;
    else if (inTitle && (char === ')' || char === '）')) {
      if (round === 0) {
        out += '》';
        inTitle = false;
        continue;
      }
      round--;
    }
    out += char;
  }
  return out;
}

/** A closing line's label (出席, 列席, 请假…) is always followed by a colon; a semicolon there is the colon misread. */
const LABEL_SEMICOLON = /^(\s*(?:出席|列席|请假|缺席|主送|抄送)\s*)[;；]/u;

/** One OCR'd line with the shape confusions its context settles corrected; the line is still to be checked. */
export function correctOcrLine(text: string): string {
  return closeTitleBrackets(text.replace(HAN_ONE_BETWEEN_DIGITS, '—').replace(LABEL_SEMICOLON, '$1：'));
}
