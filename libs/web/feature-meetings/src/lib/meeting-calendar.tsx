import { useSearchParams } from 'react-router';
import { useDescribeError } from '@concertation/web-data-access';
import { calendarDay, useI18n } from '@concertation/web-i18n';
import { ErrorMessage, Loading } from '@concertation/web-ui';
import { MeetingList } from './meeting-list';
import { MonthCalendar } from './month-calendar';
import { formatYearMonth, monthQueryRange, parseYearMonth, type YearMonth } from './month-grid';
import { pastOnly, pastRange, upcomingOnly, upcomingRange, useMeetingsIn, useNow, type MeetingSource } from './use-meetings-in';

const VIEWS = ['upcoming', 'past', 'month'] as const;
type View = (typeof VIEWS)[number];

export interface MeetingCalendarProps {
  source: MeetingSource;
  showTable?: boolean;
}

/**
 * Upcoming and past meetings as lists, or a month grid. The view and the month live in the
 * address (`?view=month&month=2027-01`), so that they can be bookmarked and shared.
 */
export function MeetingCalendar({ source, showTable = false }: MeetingCalendarProps) {
  const { t, timeZone } = useI18n();
  const describe = useDescribeError();
  const [params, setParams] = useSearchParams();
  const now = useNow();
  const view: View = (VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : 'upcoming';
  const todayMonth = parseYearMonth(calendarDay(new Date(now), timeZone).slice(0, 7)) as YearMonth;
  const month = parseYearMonth(params.get('month')) ?? todayMonth;
  const range = view === 'month' ? monthQueryRange(month) : view === 'past' ? pastRange(now) : upcomingRange(now);
  const { meetings, loading, error } = useMeetingsIn(source, range);

  const show = (next: View, nextMonth?: YearMonth) => {
    const updated = new URLSearchParams(params);
    updated.set('view', next);
    if (next === 'month') updated.set('month', formatYearMonth(nextMonth ?? month));
    else updated.delete('month');
    setParams(updated, { replace: true });
  };

  const viewLabels: Record<View, string> = { upcoming: t('calendar.upcoming'), past: t('calendar.past'), month: t('calendar.month') };
  const prefix = formatYearMonth(month);

  return (
    <div className="meeting-calendar">
      <div className="segmented" role="group" aria-label={t('calendar.viewLabel')}>
        {VIEWS.map((item) => (
          <button key={item} type="button" className="segmented__button" aria-pressed={view === item} onClick={() => show(item)}>
            {viewLabels[item]}
          </button>
        ))}
      </div>
      {view === 'month' ? (
        // The grid stays while another month loads, so that its buttons keep the keyboard focus.
        <>
          {loading && <Loading inline label={t('calendar.loading')} />}
          {error && meetings.length === 0 && <ErrorMessage>{describe(error)}</ErrorMessage>}
          <MonthCalendar
            month={month}
            meetings={meetings.filter((meeting) => calendarDay(meeting.startsAt, timeZone).startsWith(prefix))}
            onMonthChange={(next) => show('month', next)}
            showTable={showTable}
          />
        </>
      ) : loading ? (
        <Loading label={t('calendar.loading')} />
      ) : error && meetings.length === 0 ? (
        <ErrorMessage>{describe(error)}</ErrorMessage>
      ) : view === 'past' ? (
        <MeetingList meetings={pastOnly(meetings, now)} showTable={showTable} emptyTitle={t('calendar.noPast')} />
      ) : (
        <MeetingList
          meetings={upcomingOnly(meetings, now)}
          showTable={showTable}
          emptyTitle={t('calendar.noUpcoming')}
          emptyBody={t('calendar.noUpcomingHint')}
        />
      )}
    </div>
  );
}
