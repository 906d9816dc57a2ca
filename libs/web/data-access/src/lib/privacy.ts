import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { endpoints } from '@concertation/shared-paths';
import { DeleteMyAccountDocument, MeDocument } from '../generated/graphql';
import { downloadWithProgress, type ProgressDownloadOptions } from './files';
import { setAccessToken } from './token-store';

/** The name the file is saved under when the server gives none. */
const MY_DATA_FILE = 'mes-donnees-concertation.json';

/**
 * The server writes the closing brace of the export last, once every section is out: a file that
 * does not end with it was cut short, however it ended.
 */
export async function isWholeJsonObject(blob: Blob): Promise<boolean> {
  const tail = await textOf(blob.slice(Math.max(0, blob.size - 64)));
  return tail.trimEnd().endsWith('}');
}

/** Blob.text(), through FileReader where a Blob lacks it (jsdom's, under the unit tests). */
function textOf(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** Downloads `GET /me/data.json` with the viewer's token, reporting the bytes received, and saves it once whole. */
export function downloadMyData(options: Omit<ProgressDownloadOptions, 'isWhole'> = {}): Promise<void> {
  return downloadWithProgress(endpoints.myData, MY_DATA_FILE, { ...options, isWhole: isWholeJsonObject });
}

/**
 * Erases the viewer's account. The server revokes every session: the token is dropped and the
 * cache emptied here at once, so that nothing of the person stays on the screen. The screen
 * navigates once this resolves: a page that needs a session sends the person to sign in as soon as
 * the token is gone, and the last navigation is the one that stays.
 */
export function useDeleteMyAccount() {
  const [mutate, state] = useMutation(DeleteMyAccountDocument);
  const client = useApolloClient();
  const deleteMyAccount = useCallback(
    async (password: string) => {
      const { data } = await mutate({ variables: { password } });
      if (!data?.deleteMyAccount) throw new Error('No answer to account deletion');
      setAccessToken(null);
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: null } });
    },
    [mutate, client],
  );
  return [deleteMyAccount, state] as const;
}
