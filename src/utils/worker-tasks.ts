/**
 * Work a build spreads over the machine's cores: each task runs a module in a worker thread of
 * its own, which answers once, with null or with its error's message. Workers load the project's
 * TypeScript through tsx, as the project's commands do.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';

/** Runs `workerFile` (a module that calls answerParent) in a worker thread with `data`; rejects with its error. */
export function runWorker(workerFile: string, data: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: data, execArgv: ['--import', 'tsx'] });
    let answered = false;
    worker.once('message', (failure: string | null) => {
      answered = true;
      if (failure === null) resolve();
      else reject(new Error(failure));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`a worker of ${workerFile} stopped (exit code ${code}) before it finished`));
    });
  });
}

/** Runs a task for each item in worker threads, at most `concurrency` at once; the first failure fails the whole once the running tasks end. */
export async function runWorkers(workerFile: string, items: readonly unknown[], concurrency: number): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const lane = async () => {
    while (next < items.length && failures.length === 0) {
      const item = items[next++];
      await runWorker(workerFile, item).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  if (failures.length > 0) throw failures[0];
}

/** Inside a worker: runs `task` on the worker's data and answers the thread that started it. */
export function answerParent<T>(task: (data: T) => Promise<void> | void): void {
  Promise.resolve()
    .then(() => task(workerData as T))
    .then(
      () => parentPort?.postMessage(null),
      (error: unknown) => parentPort?.postMessage(error instanceof Error ? error.message : String(error)),
    );
}
