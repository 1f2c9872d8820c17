/**
 * The shards of the search index kept between builds, one folder per shard key (shard-plan.ts):
 * a build indexes the shards whose records changed and takes the others as the previous build
 * wrote them. A shard is written to `<key>.partial` and renamed when whole, so a build that was
 * stopped leaves no half shard that a later one could take.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ShardJob } from './index-shard';
import type { PlannedShard } from './shard-plan';

const PARTIAL = '.partial';

/** Where each planned shard's bundle is, and the jobs that must write the missing ones. */
export interface ShardWork {
  /** The bundle folder of every shard, in index order. */
  dirs: string[];
  /** What must still be indexed, each into its partial folder. */
  jobs: ShardJob[];
  /** Shards taken from the previous build. */
  reused: number;
}

/** Plans the work for `plan` against the cache in `root`, clearing partial shards a stopped build left. */
export function shardWork(plan: readonly PlannedShard[], root: string): ShardWork {
  mkdirSync(root, { recursive: true });
  for (const name of readdirSync(root)) if (name.endsWith(PARTIAL)) rmSync(join(root, name), { recursive: true, force: true });
  const dirs = plan.map((shard) => join(root, shard.key));
  const jobs = plan.flatMap((shard, index) => (existsSync(join(dirs[index] as string, 'pagefind-entry.json')) ? [] : [{ records: shard.records, outputPath: `${dirs[index]}${PARTIAL}` }]));
  return { dirs, jobs, reused: plan.length - jobs.length };
}

/** Makes the written shards whole (partial → final) and removes every shard no longer planned. */
export function settleShards(work: ShardWork, root: string): void {
  for (const job of work.jobs) {
    const final = job.outputPath.slice(0, -PARTIAL.length);
    rmSync(final, { recursive: true, force: true });
    renameSync(job.outputPath, final);
  }
  const kept = new Set(work.dirs);
  for (const name of readdirSync(root)) if (!kept.has(join(root, name))) rmSync(join(root, name), { recursive: true, force: true });
}
