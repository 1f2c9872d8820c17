import { describe, expect, it } from 'vitest';
import { correctOcrLine } from '../../src/importer/ocr-text';

describe('corrections of OCR-read Chinese that the context settles', () => {
  it('reads 一 between two numbers as the range dash, and leaves the numeral 一 elsewhere alone', () => {
    expect(correctOcrLine('三年行动计划(2023一2025年)')).toBe('三年行动计划(2023—2025年)');
    expect(correctOcrLine('2023 一 2025 年')).toBe('2023 — 2025 年');
    expect(correctOcrLine('第1一2项')).toBe('第1—2项');
    expect(correctOcrLine('一河一策，第一次会议')).toBe('一河一策，第一次会议');
  });

  it('closes a 《 title that a round bracket ends, but keeps round brackets opened inside the title', () => {
    expect(correctOcrLine('原则同意《三年行动方案)。')).toBe('原则同意《三年行动方案》。');
    expect(correctOcrLine('《计划（试行））')).toBe('《计划（试行）》');
    expect(correctOcrLine('《计划(2023—2025年)》。')).toBe('《计划(2023—2025年)》。');
    expect(correctOcrLine('小型(临时)工程')).toBe('小型(临时)工程');
  });
});
