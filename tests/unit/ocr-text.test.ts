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

  it('reads a semicolon after the label of a closing line as the colon it always is, and nowhere else', () => {
    expect(correctOcrLine('列席;市政协张培明，市政府办倪明德')).toBe('列席：市政协张培明，市政府办倪明德');
    expect(correctOcrLine('出席；郑丙华、王莉萍')).toBe('出席：郑丙华、王莉萍');
    expect(correctOcrLine('推动形成常态化格局；要紧盯重点')).toBe('推动形成常态化格局；要紧盯重点');
    expect(correctOcrLine('会议要求出席;人员')).toBe('会议要求出席;人员');
  });
});
