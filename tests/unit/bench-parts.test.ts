import { describe, expect, it } from 'vitest';
import { commandLabel, runSampled } from '../../bench/tree-sampler';
import { linearity } from '../../bench/report';
import { median } from '../../bench/statistics';
import { repoRoot } from '../support/paths';

describe("the benchmark's tree sampler", () => {
  it('counts a grandchild: a shell whose Node child fills 300 MB peaks above that, the shell itself far below', async () => {
    const fill = `const b = Buffer.alloc(300e6, 1); setTimeout(() => console.log(b.length), 1500)`;
    const run = await runSampled('sh', ['-c', `"${process.execPath}" -e '${fill}'; echo done`], { cwd: repoRoot });
    expect(run.exitCode).toBe(0);
    expect(run.lines.map((line) => line.text)).toEqual(['300000000', 'done']);
    expect(run.peakTreeBytes).toBeGreaterThan(300e6);
    expect(run.peakByCommand['sh']).toBeLessThan(50e6);
    const node = Object.entries(run.peakByCommand).find(([command]) => command.startsWith('node'))?.[1] ?? 0;
    expect(node).toBeGreaterThan(300e6);
    expect(run.samples).toBeGreaterThan(5);
  }, 30_000);

  it('names Node processes by the script they run', () => {
    expect(commandLabel('node\0/repo/node_modules/.bin/astro\0build\0')).toBe('node astro');
    expect(commandLabel('/usr/lib/pagefind/pagefind_extended\0--service\0')).toBe('pagefind_extended');
    expect(commandLabel('node\0--max-old-space-size=4096\0')).toBe('node');
  });
});

describe("the benchmark's statistics", () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('compares time per document at the largest size with the smallest, whatever the order given', () => {
    const size = (documents: number, wallMs: number) => ({ documents, ours: { perDocumentMs: wallMs / documents } }) as Parameters<typeof linearity>[0][number];
    expect(linearity([size(10_000, 120_000), size(1000, 10_000)])).toEqual({ smallest: 1000, largest: 10_000, ratio: 1.2 });
    expect(linearity([size(1000, 10_000)])).toBeNull();
  });
});
