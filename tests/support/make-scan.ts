import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * A scan of a PDF: each page rasterised with pdftoppm (poppler-utils, installed by .ci/setup) at
 * `dpi`, then the images wrapped as an image-only PDF with pdfkit, one A4 page each. The result
 * has no text layer at all, as a scanner's output.
 */
export async function scanOf(pdf: Uint8Array, dpi = 200): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-scan-'));
  try {
    const input = join(dir, 'typeset.pdf');
    await import('node:fs/promises').then((fs) => fs.writeFile(input, pdf));
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', input, join(dir, 'page')]);
    const pages = readdirSync(dir).filter((name) => name.endsWith('.png')).sort();
    const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    for (const page of pages) {
      doc.addPage({ size: 'A4', margin: 0 });
      doc.image(readFileSync(join(dir, page)), 0, 0, { width: doc.page.width, height: doc.page.height });
    }
    doc.end();
    await ended;
    return new Uint8Array(Buffer.concat(chunks));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
