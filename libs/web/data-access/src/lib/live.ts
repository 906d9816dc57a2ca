import { useSubscription } from '@apollo/client/react';
import { MeetingEventsDocument, type MeetingEventsSubscription } from '../generated/graphql';

export type MeetingEvent = MeetingEventsSubscription['meetingEvents'];

/**
 * Everything that happens to a meeting, as it happens. Each event carries the whole meeting as
 * this viewer may see it; Apollo writes it into the cache (normalized by id), so every screen
 * showing that meeting updates by itself.
 */
export function useMeetingEvents(meetingId: string, { skip = false, onEvent }: { skip?: boolean; onEvent?: (event: MeetingEvent) => void } = {}) {
  return useSubscription(MeetingEventsDocument, {
    variables: { meetingId },
    skip,
    onData: ({ data }) => {
      const event = data.data?.meetingEvents;
      if (event) onEvent?.(event);
    },
  });
}
