import { describe, expect, it } from 'vitest';
import { inkBands, readPgm, spaceLines, writePgm, type GreyImage } from '../../src/importer/ocr-image';

/** A white image with black rows at the given row numbers (every column of them), and a grey pixel left of each. */
function image(width: number, height: number, blackRows: readonly number[]): GreyImage {
  const pixels = new Uint8Array(width * height).fill(255);
  for (const row of blackRows) pixels.fill(0, row * width + 1, (row + 1) * width);
  for (let row = 0; row < height; row++) pixels[row * width] = 200;
  return { width, height, pixels };
}

const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => from + index);

describe('page images prepared for OCR', () => {
  it('reads and writes binary PGM as pdftoppm -gray writes it, and refuses anything else', () => {
    const page = image(4, 3, [1]);
    const bytes = writePgm(page);
    expect(Buffer.from(bytes.subarray(0, 11)).toString('latin1')).toBe('P5\n4 3\n255\n');
    const read = readPgm(bytes);
    expect([read.width, read.height, [...read.pixels]]).toEqual([4, 3, [...page.pixels]]);
    expect(() => readPgm(Buffer.from('P6\n4 3\n255\n'))).toThrow(/binary PGM/u);
    expect(() => readPgm(Buffer.concat([Buffer.from('P5\n4 3\n255\n'), Buffer.alloc(5)]))).toThrow(/cut short: 5 of 12/u);
  });

  it('finds the bands of rows holding ink, joining a thin band (a row of dots) to its neighbour, and ignores light grey', () => {
    const page = image(10, 60, [...rows(5, 15), ...rows(17, 27), 28, ...rows(40, 50)]);
    expect(inkBands(page)).toEqual([
      { top: 5, bottom: 15 },
      { top: 17, bottom: 29 },
      { top: 40, bottom: 50 },
    ]);
    expect(inkBands(image(10, 20, []))).toEqual([]);
  });

  it('puts white space of the given share of a line height between the lines, keeping every line, in order and unmoved sideways', () => {
    const page = image(6, 30, [...rows(2, 12), ...rows(13, 23)]);
    page.pixels[3 * 6 + 2] = 120;
    const spaced = spaceLines(page, 0.5);
    // 5 white rows, line one (10 rows), 5 white rows, line two (10 rows), 5 white rows.
    expect(spaced.height).toBe(35);
    expect(inkBands(spaced)).toEqual([
      { top: 5, bottom: 15 },
      { top: 20, bottom: 30 },
    ]);
    expect([...spaced.pixels.subarray(5 * 6, 15 * 6)]).toEqual([...page.pixels.subarray(2 * 6, 12 * 6)]);
    expect([...spaced.pixels.subarray(20 * 6, 30 * 6)]).toEqual([...page.pixels.subarray(13 * 6, 23 * 6)]);
    expect(spaced.pixels.subarray(0, 5 * 6).every((value) => value === 255)).toBe(true);
  });

  it('leaves a page without ink as it is', () => {
    const blank = image(5, 5, []);
    expect(spaceLines(blank, 0.5)).toBe(blank);
  });
});
