import { z } from 'astro/zod';
import { documentKinds } from './document-kind';
import { isoDaySchema, schemaRefSchema, siteLinkSchema } from './data-common';

/** One public minutes document in the catalogue: what it is, when, and where its page and full data are. */
export const catalogueEntrySchema = z.strictObject({
  /** Permanent id: the file name, also the last segment of the page's address. */
  id: z.string().min(1),
  /** Title of the minutes page, e.g. 市政府第22次常务会议纪要. */
  title: z.string().min(1),
  /** 索引号, when assigned. */
  indexNumber: z.string().min(1).optional(),
  /** 纪要 or 会议报道 (a meeting report, which may have no 文种, 文号 or 成文日期). */
  documentKind: documentKinds,
  /** 发文机关. */
  issuer: z.string().min(1),
  /** 文种 (every 纪要 has one). */
  documentType: z.string().min(1).optional(),
  /** 文号 as printed (every 纪要 has one). */
  documentNumber: z.string().min(1).optional(),
  /** 成文日期 (every 纪要 has one). */
  dateIssued: isoDaySchema.optional(),
  /** 发布日期, when known. */
  datePublished: isoDaySchema.optional(),
  /** The meeting's name as printed. */
  meeting: z.string().min(1),
  /** Session number within its series. */
  session: z.number().int().positive().optional(),
  /** Day the meeting was held. */
  meetingDate: isoDaySchema,
  /** 主题分类: topic ids (see topics.json). */
  topics: z.array(z.string().min(1)),
  /** One-sentence summary, when the editors wrote one. */
  summary: z.string().min(1).optional(),
  /** Number of agenda items. */
  agendaItems: z.number().int().positive(),
  /** The minutes page (permanent). */
  url: siteLinkSchema,
  /** The document's full data file (/data/minutes/<id>.json). */
  data: siteLinkSchema,
});

/** /data/catalogue/<year>.json: the public minutes of meetings held in one year, newest first. */
export const catalogueYearSchema = z
  .strictObject({
    $schema: schemaRefSchema,
    /** The meeting year. */
    year: z.number().int(),
    /** Its documents, newest meeting first. */
    minutes: z.array(catalogueEntrySchema),
  })
  .meta({ title: 'Minutes of one year' });

/**
 * /data/minutes.json: the catalogue's index, one line per year. The catalogue is split by year so
 * that no file a browser loads grows with the whole archive.
 */
export const catalogueIndexSchema = z
  .strictObject({
    $schema: schemaRefSchema,
    /** Number of public minutes documents in all years. */
    total: z.number().int().nonnegative(),
    /** One entry per year that has minutes, newest first. */
    years: z.array(
      z.strictObject({
        /** The meeting year. */
        year: z.number().int(),
        /** Documents of that year. */
        count: z.number().int().positive(),
        /** Its catalogue file. */
        url: siteLinkSchema,
      }),
    ),
  })
  .meta({ title: 'Minutes catalogue' });

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
export type CatalogueYear = z.infer<typeof catalogueYearSchema>;
export type CatalogueIndex = z.infer<typeof catalogueIndexSchema>;
