import { describe, expect, it } from 'vitest';
import { devStrings } from '../../src/dev/strings';
import { devStatusSchema, devStringsSchema } from '../../src/schemas/dev-status';
import { devPolicy, serializePolicy, sitePolicy } from '../../src/utils/content-security-policy';
import { fillTemplate } from '../../src/utils/text';

describe('the dev server notices', () => {
  it('have every string for every site language, with the placeholders the notices fill', () => {
    for (const [lang, strings] of Object.entries(devStrings)) {
      expect(() => devStringsSchema.parse(strings), lang).not.toThrow();
      expect(fillTemplate(strings.problemsHeading, { count: 3 }), lang).toContain('3');
      expect(fillTemplate(strings.searchIndexFromBuild, { date: '2023年4月10日' }), lang).toContain('2023年4月10日');
      // Both search notes tell the editor how to get a current index.
      for (const note of [strings.searchIndexFromBuild, strings.searchIndexMissing]) expect(note, lang).toContain('npm run build');
    }
  });

  it('accept a status only in the form the server sends', () => {
    const status = { problems: ['content/minutes/a.md:3: issuer: is required but missing; add it'], searchIndexBuiltAt: '2026-12-01T12:04:57.545Z', strings: devStrings['zh-CN'] };
    expect(devStatusSchema.parse(status)).toEqual(status);
    expect(devStatusSchema.safeParse({ ...status, searchIndexBuiltAt: 'yesterday' }).success).toBe(false);
    expect(devStatusSchema.safeParse({ ...status, problems: 'one' }).success).toBe(false);
  });
});

describe('the dev security policy', () => {
  it("adds inline styles (Vite's dev stylesheets) and nothing else", () => {
    const dev = devPolicy(sitePolicy);
    expect(dev['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect({ ...dev, 'style-src': sitePolicy['style-src'] }).toEqual(sitePolicy);
    expect(serializePolicy(sitePolicy, 'meta')).not.toContain('unsafe-inline');
  });
});
