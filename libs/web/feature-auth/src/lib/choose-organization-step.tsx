import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage, PageHeader } from '@concertation/web-ui';
import { OrganizationPicker } from './organization-picker';
import { useOrganizationRequest } from './use-organization-request';

export function ChooseOrganizationStep({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const request = useOrganizationRequest(onDone);

  return (
    <div className="narrow">
      <PageHeader title={t('auth.register.organizationTitle')} description={t('auth.register.organizationIntro')} />
      <Alert tone="success">{t('auth.register.created')}</Alert>
      {request.error && <ErrorMessage>{request.error}</ErrorMessage>}
      <form className="form" noValidate onSubmit={request.onSubmit}>
        <OrganizationPicker value={request.organization} onChange={request.pick} error={request.missing ? t('auth.organization.pickOne') : null} />
        <div className="form__actions">
          <Button type="submit" busy={request.loading}>
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
