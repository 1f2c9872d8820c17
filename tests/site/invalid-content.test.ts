import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build';
import { fixtureContentDir, repoRoot } from '../support/paths';

describe('astro build of invalid content', () => {
  it("stops before writing a page, with the messages npm run check gives, in the site's language", () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-invalid-build-'));
    cpSync(fixtureContentDir, dir, { recursive: true });
    cpSync(join(repoRoot, 'tests/fixtures/invalid/unknown-lead-department.md'), join(dir, 'minutes/unknown-lead-department.md'));
    const out = join(dir, 'dist');
    const { status, output } = astroBuild(dir, out);
    expect(status).not.toBe(0);
    expect(output).toMatch(/unknown-lead-department\.md:24: agenda\.0\.leadDepartments\.0: 未知的机构 "市往建局"（议题一） — 是否应为 市住建局？/u);
    expect(output).toContain('内容中有 1 个问题');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
