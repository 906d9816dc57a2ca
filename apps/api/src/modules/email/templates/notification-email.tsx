import { Button } from '@react-email/button';
import { Heading } from '@react-email/heading';
import { Text } from '@react-email/text';
import type { EmailContent, NotificationEmail } from './email-content';
import { EMAIL_TEXTS } from './email-texts';
import { Layout } from './layout';
import { MeetingSection, RsvpSection } from './meeting-section';
import { meetingTimeText } from './meeting-time';
import { Paragraphs, PreferencesFooter } from './parts';
import { renderEmail } from './render-email';
import { styles } from './styles';
import { subjectOf } from './typography';

function NotificationMessage({ input, subject }: { input: NotificationEmail; subject: string }) {
  const texts = EMAIL_TEXTS[input.locale];
  const reader = { locale: input.locale, timeZone: input.timeZone };
  const { meeting } = input;
  // The inbox line says what the subject does not: when the meeting is, or how the body begins.
  const preview = meeting ? meetingTimeText(meeting.startsAt, meeting.endsAt, reader) : (input.body?.split('\n')[0] ?? input.title);
  return (
    <Layout
      lang={input.locale}
      title={subject}
      preview={preview}
      footer={
        <PreferencesFooter
          why={texts.footer.notificationWhy}
          texts={texts}
          preferencesUrl={input.links.preferencesUrl}
          unsubscribeUrl={input.links.unsubscribeUrl}
        />
      }
    >
      <Text style={styles.text}>{texts.greeting(input.recipientName)}</Text>
      <Heading as="h1" style={styles.h1}>
        {input.title}
      </Heading>
      {meeting && <MeetingSection meeting={meeting} reader={reader} texts={texts} />}
      <Paragraphs text={input.body} />
      {/* A cancelled meeting takes no more answers. */}
      {meeting && input.rsvp && !meeting.cancelled && <RsvpSection rsvp={input.rsvp} texts={texts} />}
      <Text style={styles.text}>
        <Button href={input.links.objectUrl} style={styles.button}>
          {meeting ? texts.openMeeting : texts.openObject}
        </Button>
      </Text>
    </Layout>
  );
}

/** A notification as an e-mail, in the reader's language: subject « Concertation : <title> », HTML and plain text. */
export function renderNotificationEmail(input: NotificationEmail): Promise<EmailContent> {
  const subject = subjectOf(input.locale, input.title);
  return renderEmail(subject, <NotificationMessage input={input} subject={subject} />);
}
