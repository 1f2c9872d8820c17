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

/** The items an agenda item continues (oldest first) and those that continue it. */
export interface AgendaThread<D> {
  earlier: ThreadLink<D>[];
  later: ThreadLink<D>[];
}

const keyOf = (minutes: string, ordinal: string) => `${minutes}\u0000${ordinal}`;

/**
 * The `follows` links of a set of documents, indexed once so that the thread of any item costs
 * only the length of that thread: a site asks for one thread per agenda item it renders.
 */
export class AgendaThreads<D extends ThreadDoc> {
  readonly #byId: ReadonlyMap<string, D>;
  readonly #followers = new Map<string, ThreadLink<D>[]>();

  constructor(docs: readonly D[]) {
    this.#byId = new Map(docs.map((candidate) => [candidate.id, candidate]));
    for (const candidate of docs) {
      for (const item of candidate.data.agenda) {
        if (!item.follows) continue;
        const key = keyOf(item.follows.minutes, item.follows.ordinal);
        const list = this.#followers.get(key);
        if (list) list.push({ doc: candidate, ordinal: item.ordinal });
        else this.#followers.set(key, [{ doc: candidate, ordinal: item.ordinal }]);
      }
    }
  }

  /**
   * The thread an agenda item belongs to through `follows` links: the items it follows (oldest
   * first) and the items that follow it, directly or in turn (in the order reached, earliest
   * first). Links to documents not indexed (unpublished ones) are dropped.
   */
  of(doc: D, ordinal: string): AgendaThread<D> {
    const seen = new Set([keyOf(doc.id, ordinal)]);
    const earlier: ThreadLink<D>[] = [];
    let current = doc.data.agenda.find((item) => item.ordinal === ordinal)?.follows;
    while (current) {
      const target = this.#byId.get(current.minutes);
      const key = keyOf(current.minutes, current.ordinal);
      if (!target || seen.has(key)) break;
      seen.add(key);
      earlier.unshift({ doc: target, ordinal: current.ordinal });
      const link: AgendaItemLink = current;
      current = target.data.agenda.find((item) => item.ordinal === link.ordinal)?.follows;
    }
    const later: ThreadLink<D>[] = [];
    const queue = [...(this.#followers.get(keyOf(doc.id, ordinal)) ?? [])];
    for (let at = 0; at < queue.length; at += 1) {
      const next = queue[at]!;
      const key = keyOf(next.doc.id, next.ordinal);
      if (seen.has(key)) continue;
      seen.add(key);
      later.push(next);
      queue.push(...(this.#followers.get(key) ?? []));
    }
    return { earlier, later };
  }
}

/** The thread of one item among `docs` (see AgendaThreads.of); index once with AgendaThreads for many items. */
export function agendaThread<D extends ThreadDoc>(docs: readonly D[], doc: D, ordinal: string): AgendaThread<D> {
  return new AgendaThreads(docs).of(doc, ordinal);
}
