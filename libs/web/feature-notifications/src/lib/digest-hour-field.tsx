import { formatTime, useI18n } from '@concertation/web-i18n';
import { SelectField } from '@concertation/web-ui';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export interface DigestHourFieldProps {
  hour: number;
  /** The viewer's IANA zone: named in words beside the hour, never shown as its id. */
  timeZone: string;
  onChange: (hour: number) => void;
  disabled?: boolean;
}

/** The digest's local hour, written as the language writes a time of day (« 7 h 00 », "7:00 a.m."). */
export function DigestHourField({ hour, timeZone, onChange, disabled }: DigestHourFieldProps) {
  const { t, language, timeZoneName } = useI18n();
  // An hour on the clock, not an instant: formatted in UTC, where the date's hour is the hour itself.
  const options = HOURS.map((value) => ({ value: String(value), label: formatTime(new Date(Date.UTC(2027, 0, 4, value)), language, 'UTC') }));
  return (
    <SelectField
      label={t('notifications.settings.digestHour')}
      hint={t('notifications.settings.digestZone', { zone: timeZoneName(timeZone) })}
      options={options}
      value={String(hour)}
      disabled={disabled}
      onChange={(event) => onChange(Number(event.target.value))}
    />
  );
}
