import { z } from 'astro/zod';
import { slugSchema } from './slug';

/** What kind of body an organisation is. */
export const organisationKindSchema = z.enum([
  'government',
  'government-department',
  'vertical-agency',
  'party-organ',
  'peoples-congress',
  'cppcc',
  'judicial',
  'public-institution',
  'mass-organisation',
  'development-zone',
  'town',
  'subdistrict',
  'state-owned-group',
  'company',
  'school',
  'other',
]);

/** An organisation that minutes name: issuers, lead departments, attendees' units. */
export const organisationSchema = z.strictObject({
  /** Stable URL slug, e.g. housing-construction. */
  id: slugSchema,
  /** Canonical full name, e.g. 某市住房和城乡建设局; the name as printed when the full name is not known. */
  name: z.string().trim().min(1),
  /** Other forms minutes print, e.g. 市住建局. */
  shortNames: z.array(z.string().trim().min(1)).default([]),
  /** Kind of body. */
  kind: organisationKindSchema,
});

export type Organisation = z.infer<typeof organisationSchema>;
