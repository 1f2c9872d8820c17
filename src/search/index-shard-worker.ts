/**
 * Worker-thread entry of one index shard (index-shard.ts): indexes the job it is given and
 * answers with null, or with the error's message, which the build reports as its own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexShard, type ShardJob } from './index-shard';

indexShard(workerData as ShardJob).then(
  () => parentPort?.postMessage(null),
  (error: unknown) => parentPort?.postMessage(error instanceof Error ? error.message : String(error)),
);
