import { describe, expect, it } from 'vitest';
import { pageCacheKeys, type KeyedDocument } from '../../src/utils/page-cache-keys';

const doc = (id: string, title: string, html: string): KeyedDocument => ({ id, data: { title, meeting: { date: new Date('2023-04-10T00:00:00Z') } }, rendered: { html } });
const docs = [doc('a', '第1次', '<p>一</p>'), doc('b', '第2次', '<p>二</p>')];
const input = { config: { lang: 'zh-CN' }, references: { topics: [['gas', { name: '城镇燃气' }]] } };

describe('the keys of the incremental build', () => {
  const keys = pageCacheKeys(docs, input);

  it('give listing pages one site key that a body edit leaves alone', () => {
    const edited = pageCacheKeys([docs[0] as KeyedDocument, doc('b', '第2次', '<p>二（更正）</p>')], input);
    expect(edited.site).toBe(keys.site);
    expect(pageCacheKeys(docs, input).site).toBe(keys.site);
  });

  it('change the site key with any document\'s frontmatter, the order, the references or the configuration', () => {
    const others = [
      pageCacheKeys([docs[0] as KeyedDocument, doc('b', '第3次', '<p>二</p>')], input),
      pageCacheKeys([...docs].reverse(), input),
      pageCacheKeys(docs.slice(1), input),
      pageCacheKeys(docs, { ...input, references: { topics: [['gas', { name: '燃气安全' }]] } }),
      pageCacheKeys(docs, { ...input, config: { lang: 'zh-TW' } }),
    ];
    for (const other of others) expect(other.site).not.toBe(keys.site);
  });

  it('give a document\'s own pages a key that its body, its attachments\' sizes and the site key reach', () => {
    const key = keys.document(docs[1] as KeyedDocument);
    expect(keys.document(docs[0] as KeyedDocument)).not.toBe(key);
    expect(pageCacheKeys(docs, input).document(docs[1] as KeyedDocument)).toBe(key);
    expect(pageCacheKeys(docs, input).document(doc('b', '第2次', '<p>二（更正）</p>'))).not.toBe(key);
    expect(pageCacheKeys(docs, { ...input, documentExtra: () => [['/minutes/b/附件.pdf', 1024]] }).document(docs[1] as KeyedDocument)).not.toBe(key);
    expect(pageCacheKeys([docs[0] as KeyedDocument, doc('b', '第3次', '<p>二</p>')], input).document(docs[0] as KeyedDocument)).not.toBe(keys.document(docs[0] as KeyedDocument));
  });
});
