import { useState, type FormEvent } from 'react';
import { useDescribeError, useUpdateProfile } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage, PageHeader } from '@concertation/web-ui';
import { OrganizationPicker, type PickedOrganization } from './organization-picker';

export function ChooseOrganizationStep({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [updateProfile, { loading }] = useUpdateProfile();
  const [organization, setOrganization] = useState<PickedOrganization | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!organization) {
      setMissing(true);
      return;
    }
    try {
      await updateProfile({ organizationId: organization.id });
      onDone();
    } catch (caught) {
      setError(describe(caught));
    }
  };

  return (
    <div className="narrow">
      <PageHeader title={t('auth.register.organizationTitle')} description={t('auth.register.organizationIntro')} />
      <Alert tone="success">{t('auth.register.created')}</Alert>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <form className="form" noValidate onSubmit={onSubmit}>
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
          <Button variant="secondary" onClick={onDone}>
            {t('auth.register.skipOrganization')}
          </Button>
        </div>
      </form>
    </div>
  );
}
