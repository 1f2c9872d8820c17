/**
 * Runs the shards of the search index in worker threads, a few at once: each worker starts its
 * own Pagefind process, so while one shard's records are being prepared in Node another's are
 * being indexed by its binary, and both cores work. The merge of the shards runs in a worker too,
 * beside the pages that are still being written.
 */
import { fileURLToPath } from 'node:url';
import { runWorkers } from '../utils/worker-tasks';
import type { ShardJob } from './index-shard';
import type { MergeTask } from './merge-shards-worker';

const WORKER_FILE = fileURLToPath(new URL('./index-shard-worker.ts', import.meta.url));
const MERGE_WORKER_FILE = fileURLToPath(new URL('./merge-shards-worker.ts', import.meta.url));

/** Indexes every shard, at most `concurrency` at once; the first failure fails the whole index once the running shards end. */
export function indexShards(jobs: readonly ShardJob[], concurrency: number): Promise<void> {
  return runWorkers(WORKER_FILE, jobs, concurrency);
}

/** Merges the shards into one index in a worker thread. */
export function mergeShardsInWorker(task: MergeTask): Promise<void> {
  return runWorkers(MERGE_WORKER_FILE, [task], 1);
}
