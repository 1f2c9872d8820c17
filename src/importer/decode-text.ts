import chardet from 'chardet';
import iconv from 'iconv-lite';

/** The encodings a text source is read in; the report names the one used. */
export type TextEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE with BOM' | 'UTF-16BE with BOM' | 'GB18030' | 'Big5';

/** Text whose encoding cannot be decided, with chardet's guesses for the message. */
export class UndecidableEncodingError extends Error {
  constructor(readonly guesses: string) {
    super(`cannot tell the encoding (guesses: ${guesses})`);
  }
}

const BOMS: Array<[TextEncoding, number[], string]> = [
  ['UTF-8 with BOM', [0xef, 0xbb, 0xbf], 'utf8'],
  ['UTF-16LE with BOM', [0xff, 0xfe], 'utf16le'],
  ['UTF-16BE with BOM', [0xfe, 0xff], 'utf16be'],
];

/** Chinese legacy encodings chardet names, and how sure it must be before the text is decoded with one. */
const LEGACY: Record<string, TextEncoding> = { GB18030: 'GB18030', Big5: 'Big5' };
const MIN_CONFIDENCE = 50;

/**
 * Decodes the bytes of a text file: a byte-order mark decides first, then valid UTF-8 is UTF-8;
 * otherwise chardet's best guess is used when it is GB18030 (which covers GBK and GB2312) or Big5,
 * chardet is confident, and the bytes decode without an invalid sequence. Anything else throws
 * UndecidableEncodingError rather than guessing.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const buffer = Buffer.from(bytes);
  for (const [encoding, bom, codec] of BOMS) {
    if (bom.every((byte, index) => buffer[index] === byte)) return { text: iconv.decode(buffer.subarray(bom.length), codec, { stripBOM: true }), encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: ask the detector.
  }
  const guesses = chardet.analyse(buffer);
  const best = guesses[0];
  const encoding = best && best.confidence >= MIN_CONFIDENCE ? LEGACY[best.name] : undefined;
  if (encoding) {
    const text = iconv.decode(buffer, encoding);
    if (!text.includes('\uFFFD')) return { text, encoding };
  }
  throw new UndecidableEncodingError(guesses.slice(0, 3).map((guess) => `${guess.name} ${guess.confidence}%`).join(', ') || 'none');
}
