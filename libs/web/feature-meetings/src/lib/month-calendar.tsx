import { Link } from 'react-router';
import { calendarDay, formatMonth, useI18n, weekdayNames } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button } from '@concertation/web-ui';
import { monthWeeks, shiftMonth, type YearMonth } from './month-grid';
import type { MeetingSummary } from './types';

export interface MonthCalendarProps {
  month: YearMonth;
  meetings: readonly MeetingSummary[];
  onMonthChange: (month: YearMonth) => void;
  showTable?: boolean;
}

/** A month grid from Sunday to Saturday; each meeting sits on its day in the viewer's zone. */
export function MonthCalendar({ month, meetings, onMonthChange, showTable = false }: MonthCalendarProps) {
  const { t, language, timeZone, formatTime } = useI18n();
  const prefix = `${month.year}-${String(month.month).padStart(2, '0')}`;
  const today = calendarDay(new Date(), timeZone);
  const byDay = new Map<string, MeetingSummary[]>();
  for (const meeting of meetings) {
    const day = calendarDay(meeting.startsAt, timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
  }
  const longNames = weekdayNames(language, 'long');
  const shortNames = weekdayNames(language, 'short');
  const caption = formatMonth(month.year, month.month, language);

  return (
    <div className="month-calendar">
      <div className="month-calendar__nav">
        <Button variant="secondary" size="small" onClick={() => onMonthChange(shiftMonth(month, -1))}>
          {t('calendar.previousMonth')}
        </Button>
        <h3 className="month-calendar__title" aria-live="polite">
          {caption}
        </h3>
        <Button variant="secondary" size="small" onClick={() => onMonthChange(shiftMonth(month, 1))}>
          {t('calendar.nextMonth')}
        </Button>
      </div>
      <div className="month-calendar__scroll" role="region" aria-label={t('calendar.monthRegion', { month: caption })} tabIndex={0}>
        <table className="month-calendar__grid">
          <caption className="visually-hidden">{t('calendar.monthCaption', { month: caption })}</caption>
          <thead>
            <tr>
              {shortNames.map((name, index) => (
                <th key={name} scope="col">
                  <abbr title={longNames[index]}>{name}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week) => (
              <tr key={week[0]}>
                {week.map((day) => {
                  const inMonth = day.startsWith(prefix);
                  const dayMeetings = inMonth ? (byDay.get(day) ?? []) : [];
                  return (
                    <td
                      key={day}
                      className={inMonth ? 'month-calendar__day' : 'month-calendar__day month-calendar__day--outside'}
                      aria-current={day === today ? 'date' : undefined}
                    >
                      <span className="month-calendar__date">{Number(day.slice(8))}</span>
                      {dayMeetings.length > 0 && (
                        <ul className="month-calendar__meetings">
                          {dayMeetings.map((meeting) => (
                            <li
                              key={meeting.id}
                              className={
                                meeting.status === 'CANCELLED' ? 'month-calendar__meeting month-calendar__meeting--cancelled' : 'month-calendar__meeting'
                              }
                            >
                              <Link to={paths.meeting(meeting.id)}>
                                <span className="month-calendar__time">{formatTime(meeting.startsAt)}</span> {meeting.title}
                                {meeting.status === 'CANCELLED' && <span> ({t('meetings.status.CANCELLED')})</span>}
                                {showTable && <span className="visually-hidden"> · {meeting.table.name}</span>}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
