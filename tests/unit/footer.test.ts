import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/locales/zh-CN';
import { siteConfigSchema } from '../../src/schemas/site';
import { footerIdentifiers } from '../../src/utils/footer';

const base = { lang: 'zh-CN', title: 't', publisher: 'p', description: 'd' };

describe('footer identifiers', () => {
  it('are all optional: a site.json without them has an empty footer block and the default 索引号 form', () => {
    const site = siteConfigSchema.parse(base);
    expect(footerIdentifiers(site.footer, zhCN)).toEqual([]);
    expect(site.footer.governmentSiteMark).toBeUndefined();
    expect(site.indexNumber).toEqual({ pattern: '{code}/YYYY-NNNNN' });
  });

  it('print the given ones in order, the filing numbers linked to their filing sites', () => {
    const site = siteConfigSchema.parse({ ...base, footer: { operator: '太仓市大数据管理局', icp: '苏ICP备05001234号-1', publicSecurity: { label: '苏公网安备 32058502000123号', code: '32058502000123' } } });
    expect(footerIdentifiers(site.footer, zhCN)).toEqual([
      { label: '承办单位', text: '太仓市大数据管理局' },
      { label: 'ICP备案号', text: '苏ICP备05001234号-1', href: 'https://beian.miit.gov.cn/' },
      { label: '公安机关备案号', text: '苏公网安备 32058502000123号', href: 'https://beian.mps.gov.cn/#/query/webSearch?code=32058502000123' },
    ]);
  });

  it('refuse a malformed 网站标识码 or 公安机关备案号 code', () => {
    expect(siteConfigSchema.safeParse({ ...base, footer: { siteCode: '32058' } }).success).toBe(false);
    expect(siteConfigSchema.safeParse({ ...base, footer: { publicSecurity: { label: 'x', code: '3205' } } }).success).toBe(false);
  });
});
