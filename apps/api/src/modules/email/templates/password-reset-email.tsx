import { Button } from '@react-email/button';
import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Text } from '@react-email/text';
import type { EmailContent, PasswordResetEmail } from './email-content';
import { EMAIL_TEXTS } from './email-texts';
import { Layout } from './layout';
import { renderEmail } from './render-email';
import { styles } from './styles';
import { subjectOf } from './typography';

function PasswordResetMessage({ input, subject }: { input: PasswordResetEmail; subject: string }) {
  const texts = EMAIL_TEXTS[input.locale];
  const t = texts.reset;
  return (
    <Layout lang={input.locale} title={subject} preview={t.preview} footer={<Text style={styles.small}>{texts.footer.resetWhy}</Text>}>
      <Text style={styles.text}>{texts.greeting(input.recipientName)}</Text>
      <Heading as="h1" style={styles.h1}>
        {t.heading}
      </Heading>
      <Text style={styles.text}>{t.asked}</Text>
      <Text style={styles.text}>{t.openWithin}</Text>
      <Text style={styles.text}>
        <Button href={input.link} style={styles.button}>
          {t.button}
        </Button>
      </Text>
      {/* The plain-text part already holds the link after the button's words. */}
      <Text style={styles.small} data-skip-in-text="true">
        {t.copy}{' '}
        <Link href={input.link} style={{ ...styles.link, wordBreak: 'break-all' }}>
          {input.link}
        </Link>
      </Text>
      <Text style={styles.text}>{t.once}</Text>
    </Layout>
  );
}

/** The password-reset e-mail: the single-use link, and nothing about notification preferences. */
export function renderPasswordResetEmail(input: PasswordResetEmail): Promise<EmailContent> {
  const subject = subjectOf(input.locale, EMAIL_TEXTS[input.locale].reset.subjectTitle);
  return renderEmail(subject, <PasswordResetMessage input={input} subject={subject} />);
}
