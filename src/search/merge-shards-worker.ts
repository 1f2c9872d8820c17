/** Worker-thread entry of the shard merge (pagefind-merge.ts), so it runs on a core of its own beside the pages. */
import { answerParent } from '../utils/worker-tasks';
import { mergeBundles, type MergeOptions } from './pagefind-merge';

/** One merge: the shards' folders in record order, the folder the index goes to, and the merge's options. */
export interface MergeTask {
  shardDirs: string[];
  outDir: string;
  options: MergeOptions;
}

answerParent((task: MergeTask) => mergeBundles(task.shardDirs, task.outDir, task.options));
