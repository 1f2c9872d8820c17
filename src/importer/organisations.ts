import type { OrganisationIndex } from '../utils/organisations';

/**
 * The name to write for an organisation printed as `printed` (simplified: `simple`): the printed
 * form when the collection knows it, else the simplified form when that is known (a traditional
 * print of a simplified name), else the printed form (and the check will name it).
 */
export function organisationName(index: OrganisationIndex, printed: string, simple: string): { name: string; known: boolean } {
  if (index.resolve(printed)) return { name: printed, known: true };
  if (index.resolve(simple)) return { name: simple, known: true };
  return { name: printed, known: false };
}

/** The longest organisation name (full or short) that `text` starts with. */
export function organisationPrefix(index: OrganisationIndex, text: string): string | undefined {
  let best: string | undefined;
  for (const name of index.byName.keys()) {
    if (text.startsWith(name) && name.length > (best?.length ?? 0)) best = name;
  }
  return best;
}

/**
 * Last characters of an organisation's name (局, 委, 办, 镇, 街道, 公司…). The fallback rule for
 * 列席 uses them to find where an unknown organisation ends and a person's name begins.
 */
const ORGANISATION_ENDINGS = /(?:局|委|办|部|会|院|队|所|站|处|室|厅|司|团|区|镇|街道|中心|城|组|馆|校|社|行|府|指挥部|集团|公司)$/u;

/**
 * Splits 市住建局陆江 into organisation and person. The organisations collection is tried first
 * (longest known name the text starts with); otherwise a Chinese personal name is taken to be the
 * last 2 or 3 characters, choosing the split where what remains ends like an organisation's name
 * (3 characters first, since 2-character names then would leave one character behind).
 */
export function splitOrganisationAndPerson(index: OrganisationIndex, printed: string, simple: string): { organisation: string; person: string; known: boolean } | undefined {
  const text = simple;
  const known = organisationPrefix(index, printed) ?? organisationPrefix(index, simple);
  if (known && text.length - known.length >= 2 && text.length - known.length <= 4) {
    return { organisation: known, person: text.slice(known.length), known: true };
  }
  for (const nameLength of [3, 2]) {
    const organisation = text.slice(0, -nameLength);
    if (organisation.length >= 2 && ORGANISATION_ENDINGS.test(organisation)) {
      return { organisation, person: text.slice(-nameLength), known: false };
    }
  }
  return undefined;
}
