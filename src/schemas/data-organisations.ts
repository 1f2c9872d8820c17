import { z } from 'astro/zod';
import { feedLinksSchema, schemaRefSchema, siteLinkSchema } from './data-common';
import { organisationKindSchema } from './organisation';

/** /data/organisations.json: every organisation the minutes name, with its public assignments and its feeds. */
export const organisationsDataSchema = z
  .strictObject({
    $schema: schemaRefSchema,
    /** Organisations in the site's collation order. */
    organisations: z.array(
      z.strictObject({
        /** Stable id. */
        id: z.string().min(1),
        /** Full name. */
        name: z.string().min(1),
        /** Short forms the minutes print. */
        shortNames: z.array(z.string().min(1)),
        /** Kind of body. */
        kind: organisationKindSchema,
        /** Public agenda items it leads as 责任单位. */
        assignments: z.number().int().nonnegative(),
        /** The organisation's page. */
        url: siteLinkSchema,
        /** Feeds of the minutes it leads items in, when the site's address is configured. */
        feeds: feedLinksSchema.optional(),
      }),
    ),
  })
  .meta({ title: 'Organisations' });

export type OrganisationsData = z.infer<typeof organisationsDataSchema>;
