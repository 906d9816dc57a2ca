import { Link } from '@react-email/link';
import { Text } from '@react-email/text';
import { Fragment } from 'react';
import type { EmailTexts } from './email-texts';
import { styles } from './styles';

/** A notification body as written: paragraphs between blank lines, line breaks kept within them. */
export function Paragraphs({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== '')
        .map((paragraph, i) => (
          <Text key={i} style={styles.text}>
            {paragraph.split('\n').map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                {line}
              </Fragment>
            ))}
          </Text>
        ))}
    </>
  );
}

/** Why the reader receives a notification or the digest, and how to receive less of it. */
export function PreferencesFooter({
  why,
  texts,
  preferencesUrl,
  unsubscribeUrl,
}: {
  why: string;
  texts: EmailTexts;
  preferencesUrl: string;
  unsubscribeUrl: string;
}) {
  return (
    <>
      <Text style={styles.small}>{why}</Text>
      <Text style={styles.small}>
        <Link href={preferencesUrl} style={styles.link}>
          {texts.footer.preferences}
        </Link>
      </Text>
      <Text style={styles.small}>
        <Link href={unsubscribeUrl} style={styles.link}>
          {texts.footer.unsubscribe}
        </Link>
      </Text>
    </>
  );
}
