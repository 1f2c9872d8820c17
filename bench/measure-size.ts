/**
 * Everything the benchmark measures at one corpus size: the corpus, cold builds of ours and of the
 * peer alternating run by run (so a slow spell of the machine hits both), the search evaluation
 * of our last cold build, then a warm rebuild after editing one minutes file.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { forgetBuild, runOurBuild, type OurBuild } from './build-runner';
import { editOneMinutes, prepareCorpus, type CorpusStats } from './corpus';
import { runPeerBuild, writePeerProject, type PeerBuild } from './peer';
import { evaluateSearch, type SearchEvaluation } from './search';

export interface SizeOptions {
  documents: number;
  seed: number;
  runs: number;
  peer: boolean;
  warm: boolean;
  search: false | { randomQueries: number; latencyPasses: number; maxQueries?: number };
  /** This size's working folder (corpus, sites), emptied as needed. */
  workDir: string;
  log: (line: string) => void;
}

export interface ColdRun {
  run: number;
  /** Which side built first in this run. */
  order: Array<'ours' | 'peer'>;
  /** The machine's 1-, 5- and 15-minute load averages when the run started. */
  loadAverage: number[];
  ours: OurBuild;
  peer: PeerBuild | null;
}

export interface WarmRun {
  editedFile: string;
  ours: OurBuild;
}

export interface SizeMeasurement {
  documents: number;
  corpus: CorpusStats;
  cold: ColdRun[];
  warm: WarmRun | null;
  search: SearchEvaluation | null;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gigabytes = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;

export async function measureSize(options: SizeOptions): Promise<SizeMeasurement> {
  const { documents, log } = options;
  const contentDir = join(options.workDir, 'content');
  const siteDir = join(options.workDir, 'site');
  const peerProject = join(options.workDir, 'hugo');
  const peerSite = join(options.workDir, 'hugo-public');
  const corpus = prepareCorpus(contentDir, documents, options.seed);
  log(`${documents} documents: ${JSON.stringify(corpus.stats)}`);
  if (options.peer) writePeerProject(peerProject, corpus.minutesDir);

  const cold: ColdRun[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    const order: ColdRun['order'] = options.peer ? (run % 2 === 1 ? ['ours', 'peer'] : ['peer', 'ours']) : ['ours'];
    const loadAverage = loadavg().map((load) => Math.round(load * 100) / 100);
    let ours: OurBuild | null = null;
    let peer: PeerBuild | null = null;
    for (const side of order) {
      if (side === 'ours') {
        forgetBuild(contentDir, siteDir);
        ours = await runOurBuild(contentDir, siteDir);
        log(`  run ${run} ours: ${seconds(ours.wallMs)} (build ${seconds(ours.buildMs)}, index ${seconds(ours.indexMs)}), peak ${gigabytes(ours.peakTreeBytes)}`);
      } else {
        peer = await runPeerBuild(peerProject, peerSite);
        log(`  run ${run} peer: hugo ${seconds(peer.hugo.wallMs)} + pagefind ${seconds(peer.pagefind.wallMs)}, peak ${gigabytes(peer.peakTreeBytes)}`);
      }
    }
    cold.push({ run, order, loadAverage, ours: ours as OurBuild, peer });
  }

  // Searched before the warm edit, on the last cold build's site.
  const search = options.search ? await evaluateSearch(siteDir, { names: corpus.names, seed: options.seed, ...options.search, log: (line) => log(`  search: ${line}`) }) : null;

  let warm: WarmRun | null = null;
  if (options.warm) {
    const editedFile = editOneMinutes(corpus);
    const ours = await runOurBuild(contentDir, siteDir);
    log(`  warm rebuild after editing ${editedFile}: ${seconds(ours.wallMs)}`);
    warm = { editedFile: editedFile.slice(options.workDir.length + 1), ours };
  }
  return { documents, corpus: corpus.stats, cold, warm, search };
}
