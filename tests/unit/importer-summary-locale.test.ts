import { describe, expect, it } from 'vitest';
import { summaryTable } from '../../src/importer/batch';
import type { FileOutcome } from '../../src/importer/import-file';
import { importerMessages } from '../../src/locales/editor';

const outcomes: FileOutcome[] = [
  { file: '/archive/a.txt', out: '/drafts/a.md', kind: 'text', documentType: '常务会议纪要', encoding: 'GB18030', found: ['issuer'], missing: ['indexNumber', 'datePublished'], unplaced: 1, warnings: 3 },
  { file: '/archive/b.docx', out: '/drafts/b.md', found: [], missing: [], unplaced: 0, warnings: 0, error: '/archive/b.docx: the Word file cannot be read' },
];

describe('the folder summary in the site language', () => {
  it('heads its columns and counts the files in Chinese, failed rows marked 失败', () => {
    const table = summaryTable(outcomes, '/archive', importerMessages('zh-CN')).split('\n');
    expect(table[0]?.split(/\s{2,}/u)).toEqual(['文件', '类型', '文种', '编码', '已找到', '未找到', '未归入', '待核对', '结果']);
    expect(table[1]?.split(/\s{2,}/u)).toEqual(['a.txt', 'text', '常务会议纪要', 'GB18030', '1', '2', '1', '3', '../drafts/a.md']);
    expect(table[2]?.split(/\s{2,}/u).at(-1)).toBe('失败');
    expect(table).toContain('共 2 个文件：导入 1 个，失败 1 个');
  });

  it('in English, with the column names the JSON uses as keys and plurals by count', () => {
    const table = summaryTable(outcomes, '/archive', importerMessages('en')).split('\n');
    expect(table[0]?.split(/\s{2,}/u)).toEqual(['file', 'kind', 'type', 'encoding', 'found', 'missing', 'unplaced', 'warnings', 'result']);
    expect(table[2]?.split(/\s{2,}/u).at(-1)).toBe('failed');
    expect(table).toContain('2 files: 1 imported, 1 failed');
    expect(summaryTable(outcomes.slice(0, 1), '/archive', importerMessages('en'))).toContain('1 file: 1 imported, 0 failed');
  });
});
