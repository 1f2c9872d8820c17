/** Worker-thread entry of one index shard (index-shard.ts). */
import { answerParent } from '../utils/worker-tasks';
import { indexShard } from './index-shard';

answerParent(indexShard);
