import { z } from 'astro/zod';

/** 公开属性: whether the document is published on the office's own initiative. */
export const accessSchema = z.enum(['主动公开', '依申请公开', '不予公开']);

/** English names an English site's editors may write for the access; stored as the Chinese name, shown through the locale. */
export const accessAliases: Record<string, z.infer<typeof accessSchema>> = { public: '主动公开', 'on-request': '依申请公开', withheld: '不予公开' };

/** Whether an editor has released the file. */
export const publicationStatusSchema = z.enum(['draft', 'published']);

/** How the document may be disclosed. */
export const disclosureSchema = z.strictObject({
  /** 公开属性: 主动公开, 依申请公开 or 不予公开; in English public, on-request or withheld. */
  access: z.preprocess((value) => (typeof value === 'string' ? (accessAliases[value] ?? value) : value), accessSchema),
  /** The 发布层次 line as printed, without brackets, e.g. 此件公开发布. */
  release: z.string().trim().min(1).optional(),
  /** draft files are never published, whatever their access. */
  status: publicationStatusSchema,
});

export type Disclosure = z.infer<typeof disclosureSchema>;
