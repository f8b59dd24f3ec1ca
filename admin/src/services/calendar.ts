import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CalendarEntry, CalendarResponse, RescheduleRequest } from '../../../server/src/contracts/calendar';

export type { CalendarEntry, CalendarResponse };

/** Scheduled publications: the calendar window, and moving or cancelling one. */
export function useCalendarApi() {
  const { get, post } = useFetchClient();
  return React.useMemo(
    () => ({
      window: async (from: Date, to: Date, channel?: string) =>
        (
          await get<{ data: CalendarResponse }>('/clearpost/calendar', {
            params: { from: from.toISOString(), to: to.toISOString(), ...(channel ? { channel } : {}) },
          })
        ).data.data,
      reschedule: async (documentId: string, scheduledAt: Date) =>
        (
          await post<{ data: CalendarEntry }>(`/clearpost/publications/${encodeURIComponent(documentId)}/reschedule`, {
            scheduledAt: scheduledAt.toISOString(),
          } satisfies RescheduleRequest)
        ).data.data,
      cancel: async (documentId: string) =>
        (await post<{ data: CalendarEntry }>(`/clearpost/publications/${encodeURIComponent(documentId)}/cancel`, {})).data.data,
    }),
    [get, post]
  );
}
