import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { toSimplified } from '../../src/importer/chinese';
import { importFixture, readMinutesFile, readRawMinutes } from '../support/import';
import { blocksOfText, makePdf } from '../support/make-pdf';
import { scanOf } from '../support/make-scan';
import { repoRoot } from '../support/paths';
import { contentCharacters, readBack, removedLines } from '../support/read-back';

// Each import runs the command in a child process; the scan's OCR takes seconds per page.
vi.setConfig({ testTimeout: 60_000 });

const seedPath = join(repoRoot, 'tests/fixtures/import/taicang-changwu-2023-05.txt');
const seed = readFileSync(seedPath, 'utf8');
const handMade = join(repoRoot, 'content/minutes/taicang-changwu-2023-05.md');
const seedCuts = ['（三）区镇板块方面', '（三）各地各相关部门要加强统筹', '七、审议《推动农文旅', '（二）要清醒的认识到', '列席：'];
const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-inputs-'));

function handMadeDraft() {
  const expected = readMinutesFile(handMade);
  return { ...expected, data: { ...expected.data, disclosure: { ...expected.data.disclosure, status: 'draft' as const } } };
}

function section(report: string, title: string): string[] {
  // A Chinese site's report titles a section 已找到（3）：, an English one Found (3):.
  const start = Math.max(report.indexOf(`${title}（`), report.indexOf(`${title} (`));
  if (start < 0) return [];
  const lines = report.slice(start).split('\n').slice(1);
  return lines.slice(0, lines.findIndex((line) => line === '')).map((line) => line.trim());
}

describe('text in other encodings', () => {
  const encodings: Array<[string, Buffer]> = [
    ['GB18030', iconv.encode(seed, 'gb18030')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')])],
    ['UTF-16LE with BOM', iconv.encode(seed, 'utf16le', { addBOM: true })],
  ];
  for (const [encoding, bytes] of encodings) {
    it(`reads the seed saved as ${encoding} into the hand-made file, and says which encoding it was`, () => {
      const file = join(dir, `seed-${encoding.replace(/\W+/gu, '-')}.txt`);
      writeFileSync(file, bytes);
      const result = importFixture(file);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(`（文本，${encoding}，1 页，113 行）`);
      expect(readMinutesFile(result.out)).toEqual(handMadeDraft());
      expect(contentCharacters(readBack(result.out))).toBe(contentCharacters(seed));
    });
  }

  it('refuses GBK bytes that are not Chinese text, naming the encodings it considered', () => {
    const file = join(dir, 'noise.txt');
    writeFileSync(file, Buffer.from([0x81, 0x30, 0xff, 0xfe, 0x80, 0x80, 0xa0]));
    const result = importFixture(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/noise\.txt: cannot tell the encoding \(guesses: .+\); .*Save it as UTF-8/u);
  });
});

describe('a Word file', async () => {
  const paragraphs = blocksOfText(seed, seedCuts).map((block) => new Paragraph({ text: block.text, alignment: block.align === 'center' ? AlignmentType.CENTER : block.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT }));
  const file = join(dir, 'taicang-changwu-2023-05.docx');
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
  const result = importFixture(file);

  it('reads the seed written by Word into the hand-made file, losing nothing', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/（Word，1 页，\d+ 行）/u);
    expect(readMinutesFile(result.out)).toEqual(handMadeDraft());
    expect(contentCharacters(readBack(result.out))).toBe(contentCharacters(seed));
  });

  it('keeps the numbers Word generates for a numbered list, and asks to check them', async () => {
    const numbering = { config: [{ reference: 'points', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] };
    const listed = (text: string) => new Paragraph({ text, numbering: { reference: 'points', level: 0 } });
    const lines = seed.split('\n').filter((line) => line.trim()).slice(0, 8);
    const document = new Document({
      numbering,
      sections: [{ children: [...lines.map((text) => new Paragraph({ text })), new Paragraph({ text: '一、听取全市安全生产工作情况的汇报' }), listed('原则同意安全生产工作安排。'), listed('会后由市应急局根据会议讨论意见抓好落实。')] }],
    });
    const numbered = join(dir, 'numbered.docx');
    writeFileSync(numbered, await Packer.toBuffer(document));
    const imported = importFixture(numbered);
    expect(imported.status, imported.stderr).toBe(0);
    const { data, body } = readRawMinutes(imported.out);
    expect(body).toContain('1\\. 原则同意安全生产工作安排。\n\n2\\. 会后由市应急局根据会议讨论意见抓好落实。');
    expect(data.agenda.at(-1).leadDepartments).toEqual(['市应急局']);
    expect(section(imported.stdout, '请核对').join('\n')).toMatch(/第 10、11 行：Word 的列表编号已写回为 1\. 2\. …/u);
  });
});

/** A sentence compared the way a reader would: script, width of punctuation and spaces do not count. */
function normalised(sentence: string): string {
  return toSimplified(sentence.normalize('NFKC')).replace(/\s+/gu, '').replace(/[“”"]/gu, '"');
}

/** The sentences of a text: split after 。！？, normalised, the empty ones dropped. */
function sentences(text: string): string[] {
  return text
    .split(/\n+/u)
    .flatMap((paragraph) => paragraph.split(/(?<=[。！？])/u))
    .map(normalised)
    .filter((sentence) => sentence.length > 1);
}

describe('a scanned PDF (no text layer), read by OCR', async () => {
  const typeset = await makePdf(blocksOfText(seed, seedCuts), { header: '太仓市人民政府常务会议纪要', pageNumber: (page) => `- ${page} -` });
  const file = join(dir, 'taicang-changwu-2023-05-scan.pdf');
  writeFileSync(file, await scanOf(typeset, 200));
  const result = importFixture(file);

  it('has no text layer, and is read with every OCR line marked to be checked', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/（扫描版 PDF，经 OCR 识别，[2-9] 页，\d+ 行）/u);
    const ocrLines = section(result.stdout, 'OCR 识别（待核对：逐行对照扫描件）');
    const lineCount = Number(/OCR 识别，\d+ 页，(\d+) 行/u.exec(result.stdout)?.[1]);
    expect(ocrLines).toHaveLength(lineCount);
    expect(section(result.stdout, '请核对').join('\n')).toContain('每一行都经 OCR 识别');
  });

  // The issue asks for 90%. With white space put between the printed lines before Tesseract reads a page, 58 of the 63
  // sentences come out exact (92.1%; 79.4% without it): the one with 扛 cannot (Debian's chi_sim has no such character),
  // and about one character in 500 is still misread (遏 as 遇, 盯 as 杂, 辖 as 连, 疏 as 朴).
  it('reads at least 90% of the body sentences exactly', () => {
    // The body as typeset: from the opening to the last item, lines cut by the seed's page breaks joined.
    const typesetText = blocksOfText(seed, seedCuts).map((block) => block.text).join('\n');
    const expected = sentences(typesetText.slice(typesetText.indexOf('2023 年 4 月 10 日下午'), typesetText.indexOf('出席：')));
    const read = new Set(sentences(readRawMinutes(result.out).body.replace(/^## /gmu, '').replace(/\\([.)])/gu, '$1')));
    const exact = expected.filter((sentence) => read.has(sentence));
    const share = exact.length / expected.length;
    console.log(`OCR of the seed scanned at 200 dpi: ${exact.length} of ${expected.length} body sentences exact (${(share * 100).toFixed(1)}%)`);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('loses none of what OCR read: every recognised character but the removed page furniture is in the file, the body in order', () => {
    const removed = removedLines(result.stdout);
    const recognised = section(result.stdout, 'OCR 识别（待核对：逐行对照扫描件）')
      .map((line) => /^第 \d+ 页第 (\d+) 行：(.*)$/u.exec(line))
      .filter((match) => match && !removed.has(Number(match[1])))
      .map((match) => match?.[2] ?? '')
      .join('\n');
    const written = contentCharacters(readBack(result.out));
    const read = contentCharacters(recognised);
    // Misread names in the 列席 line move to attendance.others, out of their printed order: compare the closing lines as a multiset.
    expect([...written].sort().join('')).toBe([...read].sort().join(''));
    // The body as read, up to the closing lines, comes first and in order; a closing line that fits no field follows it.
    expect(written.startsWith(read.slice(0, read.indexOf('出席')))).toBe(true);
  });
});
