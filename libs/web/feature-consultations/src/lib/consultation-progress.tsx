import type { ConsultationDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge, DataTable } from '@concertation/web-ui';

type Organization = ConsultationDetail['invitedOrganizations'][number];

const nameOf = (organization: Organization) => (organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name);

/**
 * Who has answered, out of the organizations invited. The list comes with the consultation, and
 * each live event brings it again: this component only shows it. `announcement` is said politely
 * by screen readers when an event arrives.
 */
export function ConsultationProgressPanel({ consultation, announcement }: { consultation: ConsultationDetail; announcement: string }) {
  const { t, tp } = useI18n();
  const invited = consultation.invitedOrganizations;
  const responded = new Set(consultation.respondedOrganizations.map((organization) => organization.id));
  const draft = consultation.status === 'DRAFT';

  return (
    <div className="consultation-progress">
      {!draft && (
        <p className="consultation-progress__count">
          <strong>{tp('consultations.progress.count', responded.size, { total: invited.length })}</strong>
          {consultation.status === 'OPEN' && <span className="muted"> · {t('consultations.progress.live')}</span>}
        </p>
      )}
      {!draft && invited.length > 0 && <progress className="consultation-progress__bar" max={invited.length} value={responded.size} aria-hidden="true" />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {invited.length === 0 ? (
        <p className="muted">{t('consultations.progress.none')}</p>
      ) : (
        <>
          {draft && <p className="muted">{t('consultations.progress.draftInvited')}</p>}
          <DataTable
            caption={t('consultations.progress.caption')}
            hideCaption
            rows={invited}
            rowKey={(organization) => organization.id}
            columns={[
              { key: 'name', header: t('consultations.progress.organization'), rowHeader: true, render: nameOf },
              ...(draft
                ? []
                : [
                    {
                      key: 'state',
                      header: t('consultations.progress.state'),
                      render: (organization: Organization) =>
                        responded.has(organization.id) ? (
                          <Badge tone="success">{t('consultations.progress.answered')}</Badge>
                        ) : (
                          <Badge>{t('consultations.progress.waiting')}</Badge>
                        ),
                    },
                  ]),
            ]}
          />
        </>
      )}
    </div>
  );
}
