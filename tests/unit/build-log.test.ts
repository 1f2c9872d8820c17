/**
 * What the build log keeps: content warnings as a count and the first few, and Astro's phases
 * without a line per generated page; warnings and errors always pass.
 */
import { describe, expect, it } from 'vitest';
import { isCopiedPageMark, isPageLine, type LogMessage } from '../../src/utils/build-log';
import { validationMessages } from '../../src/locales/editor';
import { BUILD_WARNINGS_SHOWN, warningLines, type ContentError } from '../../src/validation/content-error';

const { report } = validationMessages('zh-CN');

const warning = (i: number): ContentError => ({ file: `minutes/m-${i}.md`, line: 6, field: 'datePublished', message: '已公开发布的纪要没有发布日期' });
const info = (label: string | null, message: string): LogMessage => ({ label, level: 'info', message, newLine: true });

describe('content warnings in the build log', () => {
  it('prints every warning when there are few, with their count', () => {
    const lines = warningLines([warning(1), warning(2)], report);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('2 条警告');
    expect(lines[1]).toBe('minutes/m-1.md:6: datePublished: 警告：已公开发布的纪要没有发布日期');
  });

  it('prints the count, the first few and where the rest are when there are many', () => {
    const lines = warningLines(Array.from({ length: 2000 }, (_, i) => warning(i)), report);
    expect(lines).toHaveLength(BUILD_WARNINGS_SHOWN + 2);
    expect(lines[0]).toContain('2000 条警告');
    expect(lines[1]).toContain('minutes/m-0.md');
    expect(lines.at(-1)).toBe(`另有 ${2000 - BUILD_WARNINGS_SHOWN} 条警告未列出 — 运行 npm run check 查看全部`);
  });

  it('prints nothing without warnings', () => {
    expect(warningLines([], report)).toEqual([]);
  });
});

describe("Astro's page lines", () => {
  it('drops the line and the time Astro prints for each generated page', () => {
    expect(isPageLine(info(null, '  \u001b[34m├─\u001b[39m \u001b[2m/minutes/bench-00000/index.html\u001b[22m'))).toBe(true);
    expect(isPageLine(info(null, '  └─ /stats/index.html'))).toBe(true);
    expect(isPageLine(info('SKIP_FORMAT', ' \u001b[2m(+3ms)\u001b[22m '))).toBe(true);
    expect(isPageLine(info('SKIP_FORMAT', ' (+1.02s) '))).toBe(true);
  });

  it('drops what Astro prints after a page its incremental build copied from the last build', () => {
    expect(isPageLine(info('SKIP_FORMAT', ' \u001b[32m(restored)\u001b[39m'))).toBe(true);
    expect(isPageLine(info('SKIP_FORMAT', ' (cached)'))).toBe(true);
    expect(isPageLine(info('SKIP_FORMAT', ' (restored from elsewhere) '))).toBe(false);
    expect(isCopiedPageMark(info('SKIP_FORMAT', ' \u001b[32m(restored)\u001b[39m'))).toBe(true);
    expect(isCopiedPageMark(info('SKIP_FORMAT', ' (+3ms) '))).toBe(false);
  });

  it('keeps phases, counts, warnings and errors', () => {
    expect(isPageLine(info('build', '1827 page(s) built in 31.93s'))).toBe(false);
    expect(isPageLine(info('SKIP_FORMAT', '\n generating static routes '))).toBe(false);
    expect(isPageLine(info(null, '▶ src/pages/minutes/[id].astro'))).toBe(false);
    expect(isPageLine({ label: null, level: 'warn', message: '  ├─ /minutes/a/index.html', newLine: true })).toBe(false);
    expect(isPageLine({ label: null, level: 'error', message: '  ├─ /minutes/a/index.html', newLine: true })).toBe(false);
  });
});
