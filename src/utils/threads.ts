import type { AgendaItemLink } from '../schemas/agenda-item';

/** A document whose agenda items may follow items of earlier documents. */
interface ThreadDoc {
  id: string;
  data: { agenda: ReadonlyArray<{ ordinal: string; follows?: AgendaItemLink | undefined }> };
}

/** One agenda item in a thread: its document and the item's ordinal. */
export interface ThreadLink<D> {
  doc: D;
  ordinal: string;
}

const keyOf = (minutes: string, ordinal: string) => `${minutes}\u0000${ordinal}`;

/**
 * The thread an agenda item belongs to through `follows` links: the items it follows (oldest
 * first) and the items that follow it, directly or in turn (in the order reached, earliest
 * first). Links to documents not in `docs` (unpublished ones) are dropped.
 */
export function agendaThread<D extends ThreadDoc>(docs: readonly D[], doc: D, ordinal: string): { earlier: ThreadLink<D>[]; later: ThreadLink<D>[] } {
  const byId = new Map(docs.map((candidate) => [candidate.id, candidate]));
  const followers = new Map<string, ThreadLink<D>[]>();
  for (const candidate of docs) {
    for (const item of candidate.data.agenda) {
      if (!item.follows) continue;
      const key = keyOf(item.follows.minutes, item.follows.ordinal);
      followers.set(key, [...(followers.get(key) ?? []), { doc: candidate, ordinal: item.ordinal }]);
    }
  }
  const seen = new Set([keyOf(doc.id, ordinal)]);
  const earlier: ThreadLink<D>[] = [];
  let current = doc.data.agenda.find((item) => item.ordinal === ordinal)?.follows;
  while (current) {
    const target = byId.get(current.minutes);
    const key = keyOf(current.minutes, current.ordinal);
    if (!target || seen.has(key)) break;
    seen.add(key);
    earlier.unshift({ doc: target, ordinal: current.ordinal });
    const link: AgendaItemLink = current;
    current = target.data.agenda.find((item) => item.ordinal === link.ordinal)?.follows;
  }
  const later: ThreadLink<D>[] = [];
  const queue = [...(followers.get(keyOf(doc.id, ordinal)) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    const key = keyOf(next.doc.id, next.ordinal);
    if (seen.has(key)) continue;
    seen.add(key);
    later.push(next);
    queue.push(...(followers.get(key) ?? []));
  }
  return { earlier, later };
}
