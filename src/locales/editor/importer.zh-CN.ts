import type { Removal } from '../../importer/source-line';
import { importerNotesZhCN } from './importer-notes.zh-CN';

/** How a source was read: the kind of file and, for text, its encoding. */
export type SourceKind = 'text' | 'pdf' | 'scan' | 'docx';

/** The report of `npm run import` and its folder summary, in Chinese. Field names and values stay as written in the file. */
export const importerZhCN = {
  section: ({ title, count }: { title: string; count: number }) => `${title}（${count}）：`,
  none: () => '无',
  found: () => '已找到',
  notFound: () => '未找到',
  unplaced: () => '无法归入字段（保留在正文中：逐条移入对应字段或删除）',
  removed: () => '有意删除',
  ocr: () => 'OCR 识别（待核对：逐行对照扫描件）',
  check: () => '请核对',
  readAs: ({ field, how }: { field: string; how: string }) => `${field}（${how}）`,
  foundLine: ({ field, value, line }: { field: string; value: string; line: number }) => `${field}：${value}${line ? `  [第 ${line} 行]` : ''}`,
  missingLine: ({ field, note }: { field: string; note: string }) => `${field} — ${note}`,
  unplacedLine: ({ lines, text }: { lines: readonly number[]; text: string }) => `第 ${lines.join('+')} 行：${text}`,
  removedLine: ({ kind, page, line, text }: { kind: Removal['kind']; page: number; line: number; text: string }) =>
    `${REMOVAL_KINDS_ZH[kind]}，第 ${page} 页第 ${line} 行：${text}`,
  ocrLine: ({ page, line, text }: { page: number; line: number; text: string }) => `第 ${page} 页第 ${line} 行：${text}`,
  checkLine: ({ line, note }: { line: number; note: string }) => `${line ? `第 ${line} 行：` : ''}${note}`,
  sourceKind: ({ kind }: { kind: SourceKind }) => ({ text: '文本', pdf: 'PDF', scan: '扫描版 PDF，经 OCR 识别', docx: 'Word' })[kind],
  separator: () => '，',
  pages: ({ count }: { count: number }) => `${count} 页`,
  lines: ({ count }: { count: number }) => `${count} 行`,
  read: ({ input, described }: { input: string; described: string }) => `已读取 ${input}（${described}）`,
  wrote: ({ out }: { out: string }) => `已写入 ${out}（disclosure.status: draft）`,
  next: () => '下一步：对照原件审阅该文件，然后运行 npm run check。',
  exists: ({ out }: { out: string }) => `${out} 已存在 — 用 --out <路径> 写到别处，或用 --force 覆盖`,
  existsInBatch: ({ out }: { out: string }) => `${out} 已存在 — 用 --force 覆盖`,
  column: ({ column }: { column: SummaryColumn }) =>
    ({ file: '文件', kind: '类型', type: '文种', encoding: '编码', found: '已找到', missing: '未找到', unplaced: '未归入', warnings: '待核对', result: '结果' })[column],
  failed: () => '失败',
  tally: ({ files, imported, failed }: { files: number; imported: number; failed: number }) => `共 ${files} 个文件：导入 ${imported} 个，失败 ${failed} 个`,
  notes: importerNotesZhCN,
  summaryWritten: ({ json }: { json: string }) => `已写入 ${json}，其中有每个文件的完整报告。下一步：逐个对照原件审阅，然后运行 npm run check。`,
};

/** The columns of the folder summary; the JSON keeps these English names as its keys. */
export type SummaryColumn = 'file' | 'kind' | 'type' | 'encoding' | 'found' | 'missing' | 'unplaced' | 'warnings' | 'result';

const REMOVAL_KINDS_ZH: Record<Removal['kind'], string> = {
  'page number': '页码',
  'repeated header or footer': '重复的页眉页脚',
  'joined line break': '合并的换行',
  'spaces between Chinese characters': '汉字之间的空格',
  'web page furniture': '网页附属内容',
  'pinyin glosses of a garbled copy': '乱码副本中的拼音注音',
};

export type ImporterMessages = typeof importerZhCN;
