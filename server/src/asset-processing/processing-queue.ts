export interface ProcessingJob {
  assetDocumentId: string;
}

export type ProcessJob = (jobId: string, job: ProcessingJob) => Promise<void>;

/** Where rendition jobs wait. Adding a job id that is already waiting or running does nothing. */
export interface ProcessingQueue {
  readonly mode: 'bullmq' | 'in-process';
  add(jobId: string, job: ProcessingJob): Promise<void>;
  /** Stops taking jobs and waits for the running one. */
  close(): Promise<void>;
}
