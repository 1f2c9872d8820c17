import { z } from 'astro/zod';
import { schemaRules } from './messages';

/** A file published with the minutes. */
export const attachmentSchema = z.strictObject({
  /** Path of the file: relative to the markdown file, or from public/ when it starts with /. */
  file: z.string().trim().min(1),
  /** Title shown for the file, e.g. 附件1：行动方案. */
  title: z.string().trim().min(1),
  /** SHA-256 of the file in hex; the build refuses a file whose bytes differ. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, schemaRules.sha256Hex),
});

export type Attachment = z.infer<typeof attachmentSchema>;
