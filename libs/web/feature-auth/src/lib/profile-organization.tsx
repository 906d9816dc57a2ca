import { useState } from 'react';
import { Link } from 'react-router';
import type { Viewer } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Badge, Button, ErrorMessage } from '@concertation/web-ui';
import { OrganizationPicker } from './organization-picker';
import { useOrganizationRequest } from './use-organization-request';

/** The confirmed organization, the one waiting for a coordinator, and a way to ask for another. */
export function ProfileOrganization({ me }: { me: Viewer }) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  const [sent, setSent] = useState(false);
  const request = useOrganizationRequest(() => {
    setSent(true);
    setPicking(false);
  });

  return (
    <div className="stack">
      {sent && <Alert tone="success">{t('profile.organizationRequested')}</Alert>}
      <dl className="facts">
        <dt>{t('profile.confirmedOrganization')}</dt>
        <dd>
          {me.organization ? (
            <>
              <Link to={paths.organization(me.organization.id)}>{me.organization.name}</Link> <Badge tone="success">{t('profile.confirmed')}</Badge>
            </>
          ) : (
            t('profile.noOrganization')
          )}
        </dd>
        {me.pendingOrganization && (
          <>
            <dt>{t('profile.pendingOrganization')}</dt>
            <dd>
              {me.pendingOrganization.name} <Badge tone="warning">{t('profile.pendingConfirmation')}</Badge>
              <p className="muted">{t('profile.pendingExplanation')}</p>
            </dd>
          </>
        )}
      </dl>
      {picking ? (
        <form className="form" noValidate onSubmit={request.onSubmit}>
          {request.error && <ErrorMessage>{request.error}</ErrorMessage>}
          <p className="form__note">{t('profile.organizationChangeNote')}</p>
          <OrganizationPicker value={request.organization} onChange={request.pick} error={request.missing ? t('auth.organization.pickOne') : null} />
          <div className="form__actions">
            <Button type="submit" busy={request.loading}>
              {t('auth.organization.submit')}
            </Button>
            <Button variant="secondary" onClick={() => setPicking(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setSent(false);
            setPicking(true);
          }}
        >
          {me.organization || me.pendingOrganization ? t('profile.changeOrganization') : t('profile.chooseOrganization')}
        </Button>
      )}
    </div>
  );
}
