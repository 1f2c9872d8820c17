/**
 * Work a build spreads over the machine's cores: a few worker threads, each started once, take
 * tasks one at a time until none are left. A worker runs a module that calls answerParent; it
 * answers each task with null or with its error's message. Workers load the project's TypeScript
 * through tsx, as the project's commands do; starting one is the costly part, so each serves many
 * tasks.
 */
import { parentPort, Worker } from 'node:worker_threads';

/**
 * Runs a task for each item on at most `concurrency` worker threads of `workerFile`. The first
 * failure stops handing out tasks and fails the whole once the running tasks end.
 */
export async function runWorkers(workerFile: string, items: readonly unknown[], concurrency: number): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const lane = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(workerFile, { execArgv: ['--import', 'tsx'] });
      let done = false;
      const finish = (failure?: unknown) => {
        if (done) return;
        done = true;
        if (failure !== undefined) failures.push(failure);
        void worker.terminate().then(() => resolve());
      };
      const give = () => {
        if (next < items.length && failures.length === 0) worker.postMessage(items[next++]);
        else finish();
      };
      worker.on('message', (failure: string | null) => {
        if (failure !== null) finish(new Error(failure));
        else give();
      });
      worker.once('error', (error) => finish(error));
      worker.once('exit', (code) => finish(done ? undefined : new Error(`a worker of ${workerFile} stopped (exit code ${code}) before it finished`)));
      give();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  if (failures.length > 0) throw failures[0];
}

/** Inside a worker: runs `task` on each item the thread that started it sends, answering each. */
export function answerParent<T>(task: (data: T) => Promise<void> | void): void {
  parentPort?.on('message', (data: T) => {
    Promise.resolve()
      .then(() => task(data))
      .then(
        () => parentPort?.postMessage(null),
        (error: unknown) => parentPort?.postMessage(error instanceof Error ? error.message : String(error)),
      );
  });
}
