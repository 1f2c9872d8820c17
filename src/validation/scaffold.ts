import { join } from 'node:path';
import type { ScaffoldMessages } from '../locales/editor/scaffold.zh-CN';
import { organisationSchema, type Organisation } from '../schemas/organisation';
import { topicSchema } from '../schemas/topic';
import { readYamlSource } from './source';

/** Entries of a list-shaped data file that pass their schema. */
export function validEntries<T>(contentDir: string, name: string, parse: (entry: unknown) => T | undefined): T[] {
  const source = readYamlSource(join(contentDir, name), contentDir);
  const raw: unknown = source?.document.toJS();
  return Array.isArray(raw) ? raw.flatMap((entry) => parse(entry) ?? []) : [];
}

/**
 * A draft minutes file with every field of the model, dated `date` (YYYY-MM-DD), in the language of
 * `messages`. References are filled with the content folder's own organisations and topics so the
 * file validates before it is edited.
 */
export function scaffoldMinutes(contentDir: string, date: string, messages: ScaffoldMessages): string {
  const organisations = validEntries(contentDir, 'organisations.yaml', (entry) => organisationSchema.safeParse(entry).data);
  const topics = validEntries(contentDir, 'topics.yaml', (entry) => topicSchema.safeParse(entry).data);
  const kind = (wanted: Organisation['kind']) => organisations.find((organisation) => organisation.kind === wanted);
  const issuer = kind('government') ?? organisations[0];
  const office = organisations.find((organisation) => organisation.name.endsWith('办公室')) ?? issuer;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return messages.draft({ date, year, month, day, issuer: issuer?.name, office: office?.name, topic: topics[0]?.id });
}
