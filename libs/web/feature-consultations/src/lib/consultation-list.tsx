import { Link } from 'react-router';
import type { ConsultationSummary } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, DataTable } from '@concertation/web-ui';
import { ConsultationStatusBadge } from './status-badge';

/** Whether the viewer's organization has answered: only meaningful when it is invited. */
function AnsweredBadge({ consultation, organizationId }: { consultation: ConsultationSummary; organizationId: string | null }) {
  const { t } = useI18n();
  if (consultation.viewerResponse) return <Badge tone="success">{t('consultations.mine.answered')}</Badge>;
  const invited = !!organizationId && consultation.invitedOrganizations.some((organization) => organization.id === organizationId);
  if (consultation.status === 'DRAFT' || !invited) return <span className="muted">{t('consultations.mine.notInvited')}</span>;
  return <Badge tone={consultation.status === 'OPEN' ? 'warning' : 'neutral'}>{t('consultations.mine.notAnswered')}</Badge>;
}

export interface ConsultationListProps {
  consultations: readonly ConsultationSummary[];
  caption: string;
  organizationId: string | null;
  /** The table's own pages already say which table runs them. */
  showTable?: boolean;
}

export function ConsultationList({ consultations, caption, organizationId, showTable = true }: ConsultationListProps) {
  const { t, tp, formatDateTime, formatNumber } = useI18n();
  return (
    <DataTable
      caption={caption}
      hideCaption
      rows={consultations}
      rowKey={(consultation) => consultation.id}
      columns={[
        {
          key: 'title',
          header: t('consultations.mine.columns.title'),
          rowHeader: true,
          render: (consultation) => <Link to={paths.consultation(consultation.id)}>{consultation.title}</Link>,
        },
        ...(showTable
          ? [{ key: 'table', header: t('consultations.mine.columns.table'), render: (consultation: ConsultationSummary) => consultation.table.name }]
          : []),
        { key: 'status', header: t('consultations.mine.columns.status'), render: (consultation) => <ConsultationStatusBadge status={consultation.status} /> },
        {
          key: 'closesAt',
          header: t('consultations.mine.columns.closesAt'),
          render: (consultation) => <time dateTime={consultation.closesAt}>{formatDateTime(consultation.closesAt)}</time>,
        },
        {
          key: 'answered',
          header: t('consultations.mine.columns.answered'),
          render: (consultation) => (
            <>
              <AnsweredBadge consultation={consultation} organizationId={organizationId} />
              {consultation.status !== 'DRAFT' && (
                <span className="muted consultation-list__progress">
                  {' '}
                  ·{' '}
                  {tp('consultations.progress.count', consultation.respondedOrganizations.length, {
                    total: formatNumber(consultation.invitedOrganizations.length),
                  })}
                </span>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
