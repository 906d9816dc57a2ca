import { useEffect, useRef } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { NotificationsDocument, useSession } from '@concertation/web-data-access';

/**
 * The API writes each notification's title and body in the reader's profile language and time zone
 * when it is read: once the profile says another (the language switch or the profile form saved it),
 * the notifications in the cache are in the old one, so they are fetched again.
 */
export function useRefetchOnLocale(): void {
  const client = useApolloClient();
  const { me } = useSession();
  const preferences = me ? `${me.locale}|${me.timeZone}` : null;
  const previous = useRef(preferences);
  useEffect(() => {
    const before = previous.current;
    previous.current = preferences;
    if (before === null || preferences === null || before === preferences) return;
    void client.refetchQueries({ include: [NotificationsDocument] }).catch(() => undefined);
  }, [client, preferences]);
}
