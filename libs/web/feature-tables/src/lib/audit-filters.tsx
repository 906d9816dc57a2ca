import { Link, useNavigate } from 'react-router';
import { AUDIT_ACTIONS } from '@concertation/shared-domain';
import { useI18n } from '@concertation/web-i18n';
import { SelectField } from '@concertation/web-ui';
import { useAuditActionLabel } from './audit-labels';

/** The filters as the address carries them (`?action=…&actor=…`). */
export interface AuditFilterValues {
  action?: string;
  actor?: string;
}

export interface AuditFiltersProps {
  value: AuditFilterValues;
  /** The log's address with these filters (paths.tableJournal or paths.audit). */
  pathFor: (filters: AuditFilterValues) => string;
  /** The chosen person's name, when the log shows one of their events. */
  actorName: string | null;
}

/**
 * By action: a list of every action in words, applied as soon as it is chosen (the list below changes,
 * the page does not). By person: their name in the « By » column is a link that keeps only their events.
 */
export function AuditFilters({ value, pathFor, actorName }: AuditFiltersProps) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const actionLabel = useAuditActionLabel();
  const options = AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(action) })).sort((a, b) => a.label.localeCompare(b.label, language));

  return (
    <div className="audit-filters" role="group" aria-label={t('audit.filters.title')}>
      <SelectField
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.anyAction')}
        options={options}
        value={value.action ?? ''}
        onChange={(event) => navigate(pathFor({ ...value, action: event.target.value || undefined }), { replace: true, preventScrollReset: true })}
      />
      <div className="audit-filters__actor">
        <p className="audit-filters__label">{t('audit.filters.actor')}</p>
        {value.actor ? (
          <p>
            <strong>{actorName ?? t('audit.filters.someone')}</strong> ·{' '}
            <Link to={pathFor({ ...value, actor: undefined })}>{t('audit.filters.clearActor')}</Link>
          </p>
        ) : (
          <p className="muted">
            {t('audit.filters.anyActor')} · {t('audit.filters.actorHint')}
          </p>
        )}
      </div>
    </div>
  );
}
