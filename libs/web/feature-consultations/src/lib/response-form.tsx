import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useDescribeError, useSubmitConsultationResponse, type ConsultationDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage } from '@concertation/web-ui';
import { clearDraft, loadDraft, saveDraft, toAnswerInputs, validateAnswers, valuesFromResponse, type AnswerValues } from './answers';
import { QuestionnaireFields } from './questionnaire-fields';

export interface ResponseFormProps {
  consultation: ConsultationDetail;
  organization: { id: string; name: string };
}

/**
 * An organization's answer while the consultation is OPEN. The form starts from this browser's
 * draft if one is kept, else from the answer last submitted; « Enregistrer le brouillon » keeps it
 * here only, « Soumettre » sends it (replacing the earlier answer) and forgets the draft.
 */
export function ResponseForm({ consultation, organization }: ResponseFormProps) {
  const { t, tp, formatTime, formatDateTime } = useI18n();
  const describe = useDescribeError();
  const [submit, { loading: submitting }] = useSubmitConsultationResponse();
  const formRef = useRef<HTMLFormElement>(null);
  const [initialDraft] = useState(() => loadDraft(consultation.id, organization.id));
  const [values, setValues] = useState<AnswerValues>(() => initialDraft?.values ?? valuesFromResponse(consultation.viewerResponse));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string>(() =>
    initialDraft ? t('consultations.response.draftRestored', { date: formatDateTime(initialDraft.savedAt) }) : '',
  );
  const [hasDraft, setHasDraft] = useState(!!initialDraft);
  const [refused, setRefused] = useState(0);

  // After a refused submit, keyboard and screen-reader users land on the first question to fix.
  useEffect(() => {
    if (refused > 0) formRef.current?.querySelector<HTMLElement>('[data-invalid="true"] input, [data-invalid="true"] textarea')?.focus();
  }, [refused]);

  const onChange = (questionId: string, value: AnswerValues[string]) => {
    setValues((current) => ({ ...current, [questionId]: value }));
    if (errors[questionId]) {
      setErrors((current) => {
        const next = { ...current };
        delete next[questionId];
        return next;
      });
    }
  };

  const onSaveDraft = () => {
    const draft = saveDraft(consultation.id, organization.id, values);
    if (!draft) {
      setFormError(t('errors.unknown'));
      return;
    }
    setHasDraft(true);
    setStatus(t('consultations.response.draftSaved', { time: formatTime(draft.savedAt) }));
  };

  const onDiscardDraft = () => {
    clearDraft(consultation.id, organization.id);
    setHasDraft(false);
    setValues(valuesFromResponse(consultation.viewerResponse));
    setErrors({});
    setStatus(t('consultations.response.draftDiscarded'));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validateAnswers(consultation.questions, values, t);
    setErrors(found);
    const count = Object.keys(found).length;
    if (count > 0) {
      setStatus(tp('consultations.response.fixErrors', count));
      setRefused((attempts) => attempts + 1);
      return;
    }
    try {
      const response = await submit(consultation.id, organization.id, toAnswerInputs(consultation.questions, values));
      if (!response) return;
      clearDraft(consultation.id, organization.id);
      setHasDraft(false);
      setValues(valuesFromResponse(response));
      setStatus(t('consultations.response.submitted', { organization: organization.name, time: formatTime(response.submittedAt) }));
    } catch (caught) {
      setFormError(describe(caught, { FORBIDDEN: t('errors.forbidden') }));
    }
  };

  const current = consultation.viewerResponse;
  return (
    <form ref={formRef} className="form consultation-response" noValidate onSubmit={onSubmit}>
      <p className="form__note">{t('consultations.response.intro')}</p>
      <p className="muted">
        {current
          ? t('consultations.response.current', { date: formatDateTime(current.submittedAt), name: current.submittedBy.displayName })
          : t('consultations.response.none')}
      </p>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <QuestionnaireFields questions={consultation.questions} values={values} errors={errors} onChange={onChange} />
      <p className="consultation-response__status" role="status" aria-live="polite">
        {status}
      </p>
      <div className="form__actions">
        <Button type="submit" busy={submitting}>
          {t('consultations.response.submit', { organization: organization.name })}
        </Button>
        <Button variant="secondary" onClick={onSaveDraft} disabled={submitting}>
          {t('consultations.response.saveDraft')}
        </Button>
        {hasDraft && (
          <Button variant="ghost" onClick={onDiscardDraft} disabled={submitting}>
            {t('consultations.response.discardDraft')}
          </Button>
        )}
      </div>
    </form>
  );
}
