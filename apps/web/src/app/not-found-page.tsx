import { Link } from 'react-router';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { PageHeader } from '@concertation/web-ui';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('app.notFoundTitle')} description={t('app.notFound')} />
      <p>
        <Link to={paths.home()}>{t('app.backHome')}</Link>
      </p>
    </>
  );
}
