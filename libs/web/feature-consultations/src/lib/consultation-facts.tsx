import { Link } from 'react-router';
import type { ConsultationDetail } from '@concertation/web-data-access';
import { localeTag, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';

/** The zone the running table works in: where its first region is, else the viewer's own. */
export function useTableZone(table: { regions: ReadonlyArray<{ timeZone: string }> } | null | undefined): string {
  const { timeZone } = useI18n();
  return table?.regions[0]?.timeZone ?? timeZone;
}

/**
 * « 12 mars 2027, 17 h 00 (heure normale de l’Est) »: the closing as the table states it, its zone
 * named as people say it (never its IANA id), for the season of that date.
 */
export function useFormatInZone() {
  const { language, timeZoneName } = useI18n();
  return (value: string, zone: string) => {
    const text = new Intl.DateTimeFormat(localeTag(language), { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(new Date(value));
    return `${text} (${timeZoneName(zone, value)})`;
  };
}

export function ConsultationFacts({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useI18n();
  const zone = useTableZone(consultation.table);
  const inZone = useFormatInZone();
  return (
    <dl className="facts">
      <dt>{t('consultations.details.table')}</dt>
      <dd>
        <Link to={paths.table(consultation.table.id)}>{consultation.table.name}</Link>
      </dd>
      <dt>{t('consultations.details.opensAt')}</dt>
      <dd>{consultation.opensAt ? inZone(consultation.opensAt, zone) : t('consultations.details.notOpened')}</dd>
      <dt>{t('consultations.details.closesAt')}</dt>
      <dd>{inZone(consultation.closesAt, zone)}</dd>
      <dt>{t('consultations.details.audience')}</dt>
      <dd>
        <ul className="link-list">
          {consultation.audienceTables.map((table) => (
            <li key={table.id}>
              <Link to={paths.table(table.id)}>{table.name}</Link> <span className="muted">· {t(`levels.${table.level}` as const)}</span>
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}

/** The questions as a list, for those who read the consultation without answering it. */
export function QuestionList({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useI18n();
  return (
    <ol className="consultation-questions">
      {consultation.questions.map((question) => (
        <li key={question.id}>
          <p className="consultation-questions__prompt">
            {question.prompt}
            {question.required && <span className="muted"> ({t('consultations.required')})</span>}
          </p>
          <p className="muted">{t(`consultations.kinds.${question.kind}` as const)}</p>
          {question.options.length > 0 && (
            <ul className="consultation-questions__options">
              {question.options.map((option) => (
                <li key={option}>{option}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
