import { useState } from 'react';
import { useCloseConsultation, useDescribeError, useOpenConsultation, type ConsultationDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ConfirmDialog, ErrorMessage } from '@concertation/web-ui';

/** The running table's officers open a DRAFT (notifications go out) and close an OPEN consultation, each after a confirmation. */
export function ConsultationManagement({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [open, opening] = useOpenConsultation();
  const [close, closing] = useCloseConsultation();
  const [asking, setAsking] = useState<'open' | 'close' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setNotice(null);
    setError(null);
    try {
      await action();
      setNotice(done);
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setAsking(null);
    }
  };

  if (consultation.status === 'CLOSED' && !notice && !error) return null;
  return (
    <div className="consultation-management">
      {notice && <Alert tone="success">{notice}</Alert>}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {consultation.status === 'DRAFT' && (
        <>
          <p className="form__note">{t('consultations.manage.draftNote')}</p>
          <div className="button-row">
            <Button busy={opening.loading} onClick={() => setAsking('open')}>
              {t('consultations.manage.open')}
            </Button>
          </div>
        </>
      )}
      {consultation.status === 'OPEN' && (
        <div className="button-row">
          <Button variant="danger" busy={closing.loading} onClick={() => setAsking('close')}>
            {t('consultations.manage.close')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={asking === 'open'}
        title={t('consultations.manage.openTitle')}
        confirmLabel={t('consultations.manage.openConfirm')}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={opening.loading}
        onCancel={() => setAsking(null)}
        onConfirm={() => run(() => open(consultation.id), t('consultations.manage.opened'))}
      >
        <p>{t('consultations.manage.openBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'close'}
        title={t('consultations.manage.closeTitle')}
        confirmLabel={t('consultations.manage.closeConfirm')}
        cancelLabel={t('common.cancel')}
        busy={closing.loading}
        onCancel={() => setAsking(null)}
        onConfirm={() => run(() => close(consultation.id), t('consultations.manage.closed'))}
      >
        <p>{t('consultations.manage.closeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
