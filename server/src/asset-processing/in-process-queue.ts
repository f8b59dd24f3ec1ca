import type { ProcessingJob, ProcessingQueue, ProcessJob } from './processing-queue';

/**
 * One job at a time, in this process: rendering already uses both cores. Jobs live in memory, so
 * whatever was waiting at shutdown is found again at boot from the assets' processingStatus.
 */
export function createInProcessQueue(run: ProcessJob, onError: (jobId: string, error: unknown) => void): ProcessingQueue {
  const waiting = new Map<string, ProcessingJob>();
  let running: { id: string; done: Promise<void> } | null = null;
  let closed = false;

  const pump = (): void => {
    if (running || closed) return;
    const next = waiting.entries().next();
    if (next.done) return;
    const [id, job] = next.value;
    waiting.delete(id);
    const done = run(id, job)
      .catch((error: unknown) => onError(id, error))
      .finally(() => {
        running = null;
        setImmediate(pump);
      });
    running = { id, done };
  };

  return {
    mode: 'in-process',
    async add(jobId, job) {
      if (closed || waiting.has(jobId) || running?.id === jobId) return;
      waiting.set(jobId, job);
      setImmediate(pump);
    },
    async close() {
      closed = true;
      waiting.clear();
      await running?.done;
    },
  };
}
