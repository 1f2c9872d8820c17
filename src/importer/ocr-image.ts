/**
 * Page images prepared for Tesseract. pdftoppm writes greyscale pages as binary PGM (netpbm P5:
 * a short text header, then one byte per pixel), which Tesseract reads directly.
 */

/** A greyscale image, one byte per pixel (0 black, 255 white), row after row. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A run of rows holding ink: one printed line, top inclusive, bottom exclusive. */
export interface Band {
  top: number;
  bottom: number;
}

const PGM_HEADER = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u;

/** Reads a binary PGM with 8-bit samples (what `pdftoppm -gray` writes). */
export function readPgm(bytes: Uint8Array): GreyImage {
  const header = PGM_HEADER.exec(Buffer.from(bytes.subarray(0, 64)).toString('latin1'));
  if (!header || Number(header[3]) !== 255) throw new Error('not an 8-bit binary PGM image (P5, maxval 255)');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = bytes.subarray(header[0].length, header[0].length + width * height);
  if (pixels.length !== width * height) throw new Error(`PGM image cut short: ${pixels.length} of ${width * height} pixels`);
  return { width, height, pixels };
}

/** The image as a binary PGM. */
export function writePgm(image: GreyImage): Uint8Array {
  return Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1'), image.pixels]);
}

/** Darker than mid-grey counts as ink. */
const INK = 128;

/**
 * The bands of rows that hold ink, top to bottom. A band much thinner than the usual line (a row
 * of dots, the tail of a comma) is joined to the band next to it rather than read as a line.
 */
export function inkBands(image: GreyImage): Band[] {
  const { width, height, pixels } = image;
  const bands: Band[] = [];
  let top = -1;
  for (let y = 0; y <= height; y++) {
    const row = y < height ? pixels.subarray(y * width, (y + 1) * width) : undefined;
    const inked = row !== undefined && row.some((value) => value < INK);
    if (inked && top < 0) top = y;
    else if (!inked && top >= 0) {
      bands.push({ top, bottom: y });
      top = -1;
    }
  }
  const heights = bands.map((band) => band.bottom - band.top).sort((a, b) => a - b);
  const usual = heights[Math.floor(heights.length / 2)] ?? 0;
  return bands.reduce<Band[]>((joined, band) => {
    const previous = joined.at(-1);
    const thin = (b: Band) => b.bottom - b.top < usual / 3;
    if (previous && (thin(band) || thin(previous)) && band.top - previous.bottom < usual / 2) previous.bottom = band.bottom;
    else joined.push({ ...band });
    return joined;
  }, []);
}

/**
 * The page with white space put between its printed lines: `gap` times the usual line height
 * above each band, and below the last. Nothing is moved sideways, so a line keeps its left and
 * right edge. Tesseract cuts a line from the page with a margin around its text; where lines are
 * set close (a 纪要's body), that margin holds the strokes of the lines above and below, which
 * the model then reads as characters.
 */
export function spaceLines(image: GreyImage, gap: number): GreyImage {
  const bands = inkBands(image);
  if (bands.length === 0) return image;
  const heights = bands.map((band) => band.bottom - band.top).sort((a, b) => a - b);
  const space = Math.max(1, Math.round((heights[Math.floor(heights.length / 2)] ?? 0) * gap));
  const height = bands.reduce((total, band) => total + band.bottom - band.top + space, space);
  const pixels = new Uint8Array(image.width * height).fill(255);
  let y = space;
  for (const band of bands) {
    pixels.set(image.pixels.subarray(band.top * image.width, band.bottom * image.width), y * image.width);
    y += band.bottom - band.top + space;
  }
  return { width: image.width, height, pixels };
}
