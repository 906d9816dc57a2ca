import { Button } from '@react-email/button';
import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { Lang, MeetingBlock, RsvpLinks } from './email-content';
import type { EmailTexts } from './email-texts';
import { meetingTimeText } from './meeting-time';
import { styles } from './styles';

interface MeetingProps {
  meeting: MeetingBlock;
  reader: { locale: Lang; timeZone: string };
  texts: EmailTexts;
}

/** When and where: times in the reader's zone, named; the place and the online link when there are. */
export function MeetingSection({ meeting, reader, texts }: MeetingProps) {
  const t = texts.meeting;
  return (
    <Section style={styles.meeting}>
      <Heading as="h2" style={styles.h2}>
        {meeting.title}
      </Heading>
      {meeting.cancelled && <Text style={styles.alert}>{t.cancelled}</Text>}
      <Text style={styles.text}>
        {t.table} {meeting.tableName}
        <br />
        {t.when} {meetingTimeText(meeting.startsAt, meeting.endsAt, reader)}
        {meeting.location && (
          <>
            <br />
            {t.where} {meeting.location}
          </>
        )}
        {meeting.onlineUrl && (
          <>
            <br />
            {t.online}{' '}
            <Link href={meeting.onlineUrl} style={styles.link}>
              {t.joinOnline}
            </Link>
          </>
        )}
      </Text>
    </Section>
  );
}

/** The three answers, each a link to the page where the reader confirms it. */
export function RsvpSection({ rsvp, texts }: { rsvp: RsvpLinks; texts: EmailTexts }) {
  const t = texts.rsvp;
  const answers: [string, string][] = [
    [t.attending, rsvp.attending],
    [t.tentative, rsvp.tentative],
    [t.declined, rsvp.declined],
  ];
  return (
    <Section>
      <Heading as="h2" style={styles.h2}>
        {t.question}
      </Heading>
      {/* One answer a line: easy to tap on a phone, and one answer with its address a line in the plain text. */}
      {answers.map(([words, href]) => (
        <Text key={href} style={styles.buttonLine}>
          <Button href={href} style={styles.button}>
            {words}
          </Button>
        </Text>
      ))}
      <Text style={styles.small}>{t.howItWorks}</Text>
    </Section>
  );
}
