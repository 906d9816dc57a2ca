import { useI18n } from '@concertation/web-i18n';
import { PageHeader, Section } from '@concertation/web-ui';
import { CalendarFeed } from './calendar-feed';
import { MeetingCalendar } from './meeting-calendar';

/** `/meetings`: every meeting of every table the viewer sits at, and their personal calendar feed. */
export function MyMeetingsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('calendar.mineTitle')} description={t('calendar.mineIntro')} />
      <Section title={t('calendar.title')}>
        <MeetingCalendar source={{ kind: 'mine' }} showTable />
      </Section>
      <Section title={t('calendar.feed.title')}>
        <CalendarFeed />
      </Section>
    </>
  );
}
