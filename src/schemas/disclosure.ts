import { z } from 'astro/zod';

/** 公开属性: whether the document is published on the office's own initiative. */
export const accessSchema = z.enum(['主动公开', '依申请公开', '不予公开']);

/** Whether an editor has released the file. */
export const publicationStatusSchema = z.enum(['draft', 'published']);

/** How the document may be disclosed. */
export const disclosureSchema = z.strictObject({
  /** 公开属性: 主动公开, 依申请公开 or 不予公开. */
  access: accessSchema,
  /** The 发布层次 line as printed, without brackets, e.g. 此件公开发布. */
  release: z.string().trim().min(1).optional(),
  /** draft files are never published, whatever their access. */
  status: publicationStatusSchema,
});

export type Disclosure = z.infer<typeof disclosureSchema>;
