import { Link } from 'react-router';
import type { ProtocolAdoptionItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, DataTable, type BadgeTone } from '@concertation/web-ui';

const STATUS_TONES: Record<ProtocolAdoptionItem['status'], BadgeTone> = { ADOPTED: 'success', IN_PROGRESS: 'info', NOT_STARTED: 'neutral' };

/** An adoption of a version older than the current one: the table has a catch-up to do. */
export function isOutdated(adoption: Pick<ProtocolAdoptionItem, 'status' | 'version'>, currentVersion: number | null): boolean {
  return adoption.status === 'ADOPTED' && !!adoption.version && currentVersion !== null && adoption.version.number < currentVersion;
}

/** One row per table that recorded where it stands, with the decision when the viewer may read it. */
export function AdoptionTable({ adoptions, currentVersion }: { adoptions: readonly ProtocolAdoptionItem[]; currentVersion: number | null }) {
  const { t, formatDate } = useI18n();
  if (adoptions.length === 0) return <p className="muted">{t('protocols.adoptions.empty')}</p>;
  return (
    <DataTable
      caption={t('protocols.adoptions.caption')}
      hideCaption
      rows={adoptions}
      rowKey={(adoption) => adoption.id}
      columns={[
        {
          key: 'table',
          header: t('protocols.adoptions.table'),
          rowHeader: true,
          render: (adoption: ProtocolAdoptionItem) => <Link to={paths.table(adoption.table.id)}>{adoption.table.name}</Link>,
        },
        {
          key: 'status',
          header: t('protocols.adoptions.status'),
          render: (adoption: ProtocolAdoptionItem) => (
            <span className="badges badges--inline">
              <Badge tone={STATUS_TONES[adoption.status]}>{t(`protocols.statuses.${adoption.status}`)}</Badge>
              {adoption.status === 'ADOPTED' &&
                (isOutdated(adoption, currentVersion) ? (
                  <Badge tone="warning">{t('protocols.adoptions.outdated')}</Badge>
                ) : (
                  <Badge tone="success">{t('protocols.adoptions.upToDate')}</Badge>
                ))}
            </span>
          ),
        },
        {
          key: 'version',
          header: t('protocols.adoptions.version'),
          render: (adoption: ProtocolAdoptionItem) => (adoption.version ? t('protocols.adoptions.versionNumber', { number: adoption.version.number }) : '—'),
        },
        {
          key: 'decision',
          header: t('protocols.adoptions.decision'),
          render: (adoption: ProtocolAdoptionItem) =>
            adoption.decision ? (
              <Link to={paths.meeting(adoption.decision.meeting.id)}>
                {t('protocols.adoptions.decisionLink', { meeting: adoption.decision.meeting.title })}
              </Link>
            ) : (
              '—'
            ),
        },
        { key: 'note', header: t('protocols.adoptions.note'), render: (adoption: ProtocolAdoptionItem) => adoption.note || '—' },
        { key: 'updated', header: t('protocols.adoptions.updatedAt'), render: (adoption: ProtocolAdoptionItem) => formatDate(adoption.updatedAt) },
      ]}
    />
  );
}
