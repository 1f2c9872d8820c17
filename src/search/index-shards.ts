/**
 * Runs the shards of the search index in worker threads, a few at once: each worker starts its
 * own Pagefind process, so while one shard's records are being prepared in Node another's are
 * being indexed by its binary, and both cores work. Workers load the TypeScript sources through
 * tsx, as the project's commands do.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { ShardJob } from './index-shard';

const WORKER_FILE = fileURLToPath(new URL('./index-shard-worker.ts', import.meta.url));

/** Indexes one shard in a worker thread of its own; rejects with the shard's error. */
function indexInWorker(job: ShardJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: job, execArgv: ['--import', 'tsx'] });
    let answered = false;
    worker.once('message', (failure: string | null) => {
      answered = true;
      if (failure === null) resolve();
      else reject(new Error(failure));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the search index worker stopped (exit code ${code}) before writing ${job.outputPath}`));
    });
  });
}

/** Indexes every shard, at most `concurrency` at once; the first failure fails the whole index once the running shards end. */
export async function indexShards(jobs: readonly ShardJob[], concurrency: number): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const lane = async () => {
    while (next < jobs.length && failures.length === 0) {
      const job = jobs[next++] as ShardJob;
      await indexInWorker(job).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, lane));
  if (failures.length > 0) throw failures[0];
}
