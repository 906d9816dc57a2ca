import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useDescribeError, useUpdateProfile, type Viewer } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Badge, Button, ErrorMessage } from '@concertation/web-ui';
import { OrganizationPicker, type PickedOrganization } from './organization-picker';

/** The confirmed organization, the one waiting for a coordinator, and a way to ask for another. */
export function ProfileOrganization({ me }: { me: Viewer }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [updateProfile, { loading }] = useUpdateProfile();
  const [picking, setPicking] = useState(false);
  const [organization, setOrganization] = useState<PickedOrganization | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!organization) {
      setMissing(true);
      return;
    }
    try {
      await updateProfile({ organizationId: organization.id });
      setSent(true);
      setPicking(false);
      setOrganization(null);
    } catch (caught) {
      setError(describe(caught));
    }
  };

  return (
    <div className="stack">
      {sent && <Alert tone="success">{t('profile.organizationRequested')}</Alert>}
      <dl className="facts">
        <dt>{t('profile.confirmedOrganization')}</dt>
        <dd>
          {me.organization ? (
            <>
              <Link to={`/organizations/${me.organization.id}`}>{me.organization.name}</Link> <Badge tone="success">{t('profile.confirmed')}</Badge>
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
        <form className="form" noValidate onSubmit={onSubmit}>
          {error && <ErrorMessage>{error}</ErrorMessage>}
          <p className="form__note">{t('profile.organizationChangeNote')}</p>
          <OrganizationPicker
            value={organization}
            onChange={(picked) => {
              setOrganization(picked);
              setMissing(false);
            }}
            error={missing ? t('auth.organization.pickOne') : null}
          />
          <div className="form__actions">
            <Button type="submit" busy={loading}>
              {t('auth.organization.submit')}
            </Button>
            <Button variant="secondary" onClick={() => setPicking(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => { setSent(false); setPicking(true); }}>
          {me.organization || me.pendingOrganization ? t('profile.changeOrganization') : t('profile.chooseOrganization')}
        </Button>
      )}
    </div>
  );
}
