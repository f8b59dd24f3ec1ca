import type { PlatformName } from '../platforms';

/** Everything an engine needs to (un)schedule one publication; the same shape as the queue producer's input. */
export interface ScheduleEntry {
  platform: PlatformName;
  jobId: string;
  publicationDocumentId: string;
  contentHash: string;
  dueAt: Date;
}
