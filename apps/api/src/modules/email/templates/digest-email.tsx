import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import { instantText } from '../../notifications/notification-texts';
import type { DigestEmail, EmailContent } from './email-content';
import { EMAIL_TEXTS } from './email-texts';
import { Layout } from './layout';
import { Paragraphs, PreferencesFooter } from './parts';
import { renderEmail } from './render-email';
import { styles } from './styles';
import { subjectOf } from './typography';

function DigestMessage({ input, subject }: { input: DigestEmail; subject: string }) {
  const texts = EMAIL_TEXTS[input.locale];
  const reader = { locale: input.locale, timeZone: input.timeZone };
  const entries = [...input.entries].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return (
    <Layout
      lang={input.locale}
      title={subject}
      preview={entries.length > 0 ? texts.digest.intro : texts.digest.empty}
      footer={<PreferencesFooter why={texts.footer.digestWhy} texts={texts} preferencesUrl={input.preferencesUrl} unsubscribeUrl={input.unsubscribeUrl} />}
    >
      <Text style={styles.text}>{texts.greeting(input.recipientName)}</Text>
      <Heading as="h1" style={styles.h1}>
        {texts.digest.heading(entries.length)}
      </Heading>
      <Text style={styles.text}>{entries.length > 0 ? texts.digest.intro : texts.digest.empty}</Text>
      {entries.map((entry, i) => (
        <Section key={i}>
          <Heading as="h2" style={styles.h2}>
            <Link href={entry.url} style={styles.link}>
              {entry.title}
            </Link>
          </Heading>
          <Paragraphs text={entry.body} />
          <Text style={styles.small}>{texts.digest.received(instantText(entry.createdAt, reader, 'long'))}</Text>
        </Section>
      ))}
    </Layout>
  );
}

/** The daily digest: one entry per notification, oldest first, each titled with a link to what it is about. */
export function renderDigestEmail(input: DigestEmail): Promise<EmailContent> {
  const subject = subjectOf(input.locale, EMAIL_TEXTS[input.locale].digest.title(input.entries.length));
  return renderEmail(subject, <DigestMessage input={input} subject={subject} />);
}
