import type { Lang, MeetingBlock } from '../templates/email-content';
import { meetingTimeText } from '../templates/meeting-time';
import { PAGE_TEXTS } from './page-texts';

/** The meeting an answer is about: its title, table, time in the reader's zone (named), and where. */
export function MeetingSummary({ meeting, locale, readerTimeZone }: { meeting: MeetingBlock; locale: Lang; readerTimeZone: string }) {
  const t = PAGE_TEXTS[locale].meeting;
  return (
    <section className="meeting" aria-labelledby="meeting-title">
      <h2 id="meeting-title">{meeting.title}</h2>
      {meeting.cancelled && <p className="alert">{t.cancelled}</p>}
      <dl>
        <dt>{t.table}</dt>
        <dd>{meeting.tableName}</dd>
        <dt>{t.when}</dt>
        <dd>{meetingTimeText(meeting.startsAt, meeting.endsAt, { locale, timeZone: readerTimeZone })}</dd>
        {meeting.location && (
          <>
            <dt>{t.where}</dt>
            <dd>{meeting.location}</dd>
          </>
        )}
        {meeting.onlineUrl && (
          <>
            <dt>{t.online}</dt>
            <dd>
              <a href={meeting.onlineUrl}>{t.joinOnline}</a>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
