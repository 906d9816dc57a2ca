import { Link } from 'react-router';
import { paths } from '@concertation/shared-paths';
import { useCloseConsultation, useDescribeError, useOpenConsultation, type ConsultationDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, buttonClassName, ConfirmDialog, ErrorMessage, useConfirmedAction } from '@concertation/web-ui';

/** The running table's officers edit or open a DRAFT (notifications go out) and close an OPEN consultation, each after a confirmation. */
export function ConsultationManagement({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [open, opening] = useOpenConsultation();
  const [close, closing] = useCloseConsultation();
  const { ask, dialog, notice, error, run } = useConfirmedAction<'open' | 'close'>(describe);

  if (consultation.status === 'CLOSED' && !notice && !error) return null;
  return (
    <div className="consultation-management">
      {notice && <Alert tone="success">{notice}</Alert>}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {consultation.status === 'DRAFT' && (
        <>
          <p className="form__note">{t('consultations.manage.draftNote')}</p>
          <div className="button-row">
            <Button busy={opening.loading} onClick={() => ask('open')}>
              {t('consultations.manage.open')}
            </Button>
            <Link className={buttonClassName('secondary')} to={paths.editConsultation(consultation.id)}>
              {t('consultations.manage.edit')}
            </Link>
          </div>
        </>
      )}
      {consultation.status === 'OPEN' && (
        <div className="button-row">
          <Button variant="danger" busy={closing.loading} onClick={() => ask('close')}>
            {t('consultations.manage.close')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        {...dialog('open')}
        title={t('consultations.manage.openTitle')}
        confirmLabel={t('consultations.manage.openConfirm')}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={opening.loading}
        onConfirm={() => run(() => open(consultation.id), t('consultations.manage.opened'))}
      >
        <p>{t('consultations.manage.openBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        {...dialog('close')}
        title={t('consultations.manage.closeTitle')}
        confirmLabel={t('consultations.manage.closeConfirm')}
        cancelLabel={t('common.cancel')}
        busy={closing.loading}
        onConfirm={() => run(() => close(consultation.id), t('consultations.manage.closed'))}
      >
        <p>{t('consultations.manage.closeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
