import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import {
  fieldErrorsOf,
  useConsultationAudience,
  useCreateConsultation,
  useDescribeError,
  type ConsultationAudienceTable,
  type ConsultationQuestion,
  type CreateConsultationInput,
  type QuestionKind,
} from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import {
  Button,
  CheckboxGroup,
  ErrorMessage,
  Loading,
  PageHeader,
  Section,
  SelectField,
  TextAreaField,
  TextField,
  useFocusFirstInvalid,
} from '@concertation/web-ui';
import { audienceChoices } from './audience';
import {
  emptyBuilderValues,
  isChoiceKind,
  MAX_QUESTIONS,
  moveQuestion,
  newQuestion,
  QUESTION_KINDS,
  questionFieldsChanged,
  serverFieldErrors,
  validateBuilder,
  type BuilderErrors,
  type BuilderValues,
  type QuestionDraft,
} from './builder-model';
import { QuestionEditor, type MoveDirection } from './question-editor';
import { QuestionnaireFields } from './questionnaire-fields';
import { useTableZone } from './consultation-facts';

/** The questions being written, as the response form shows them: the builder's preview. */
function previewQuestions(questions: readonly QuestionDraft[], untitled: string): ConsultationQuestion[] {
  return questions.map((question, index) => ({
    __typename: 'Question',
    id: question.key,
    kind: question.kind,
    prompt: question.prompt.trim() || untitled,
    options: isChoiceKind(question.kind) ? question.options.map((option) => option.trim()).filter(Boolean) : [],
    position: index + 1,
    required: question.required,
  }));
}

type PendingFocus = { key: string; direction: MoveDirection } | { prompt: string } | 'undo' | null;

export interface ConsultationBuilderProps {
  table: ConsultationAudienceTable;
  /** The values to start from: empty for a new consultation, a DRAFT's own when it is edited. */
  initial: (zone: string) => BuilderValues;
  submitLabel: string;
  /** Creates or saves; resolves once done (the page moves on), throws what the API refused. */
  onSubmit: (input: CreateConsultationInput) => Promise<void>;
  onCancel: () => void;
}

/** The questionnaire being written (a new one, or a DRAFT being edited), its preview, and its checks. */
export function ConsultationBuilder({ table, initial, submitLabel, onSubmit, onCancel }: ConsultationBuilderProps) {
  const { t, tp, timeZoneName } = useI18n();
  const describe = useDescribeError();
  const zone = useTableZone(table);

  const [values, setValues] = useState<BuilderValues>(() => initial(zone));
  const [errors, setErrors] = useState<BuilderErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [newKind, setNewKind] = useState<QuestionKind>('SINGLE_CHOICE');
  const [announcement, setAnnouncement] = useState('');
  const [removed, setRemoved] = useState<{ question: QuestionDraft; index: number } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [pendingFocus, setPendingFocus] = useState<PendingFocus>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const undoRef = useRef<HTMLButtonElement>(null);

  // After a move, an addition or a removal, focus goes where the keyboard user expects it.
  useEffect(() => {
    if (!pendingFocus) return;
    setPendingFocus(null);
    if (pendingFocus === 'undo') undoRef.current?.focus();
    else if ('prompt' in pendingFocus) document.getElementById(`${pendingFocus.prompt}-prompt`)?.focus();
    else {
      const same = moveButtons.current.get(`${pendingFocus.key}:${pendingFocus.direction}`);
      // At the top or the bottom that button is disabled: its sibling takes the focus.
      const other = moveButtons.current.get(`${pendingFocus.key}:${-pendingFocus.direction}`);
      (same && !same.disabled ? same : other)?.focus();
    }
  }, [pendingFocus]);

  // After a refused submit, the first field to fix takes the focus.
  useFocusFirstInvalid(formRef, attempt);

  const choices = audienceChoices(table);
  const questions = values.questions;
  // What was said about a field no longer holds once it is changed (as ui's useForm does).
  const forget = (fields: readonly string[]) =>
    setErrors((current) => {
      if (!fields.some((field) => current[field])) return current;
      const next = { ...current };
      for (const field of fields) delete next[field];
      return next;
    });
  const set = <K extends keyof BuilderValues>(key: K, value: BuilderValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    // The closing's date and time make one instant: a message about it is on the date.
    forget(key === 'closesTime' ? ['closesTime', 'closesDate'] : [key]);
  };
  const setQuestions = (update: (current: QuestionDraft[]) => QuestionDraft[]) =>
    setValues((current) => ({ ...current, questions: update(current.questions) }));
  const changeQuestion = (question: QuestionDraft, patch: Partial<QuestionDraft>) => {
    setQuestions((current) => current.map((item) => (item.key === question.key ? { ...item, ...patch } : item)));
    forget(questionFieldsChanged(question, patch));
  };

  const addQuestion = () => {
    const question = newQuestion(newKind);
    setQuestions((current) => [...current, question]);
    setErrors((current) => {
      const next = { ...current };
      delete next['questions'];
      return next;
    });
    setRemoved(null);
    setAnnouncement(t('consultations.builder.added', { position: questions.length + 1 }));
    setPendingFocus({ prompt: question.key });
  };

  const move = (index: number, step: MoveDirection) => {
    const question = questions[index];
    setQuestions((current) => moveQuestion(current, index, step));
    setAnnouncement(t('consultations.builder.moved', { position: index + step + 1, count: questions.length }));
    setPendingFocus({ key: question.key, direction: step });
  };

  const remove = (index: number) => {
    const question = questions[index];
    setQuestions((current) => current.filter((item) => item.key !== question.key));
    setRemoved({ question, index });
    const prompt = question.prompt.trim();
    setAnnouncement(prompt ? t('consultations.builder.removed', { prompt }) : t('consultations.builder.removedUntitled', { position: index + 1 }));
    setPendingFocus('undo');
  };

  const undo = () => {
    if (!removed) return;
    const at = Math.min(removed.index, questions.length);
    setQuestions((current) => [...current.slice(0, at), removed.question, ...current.slice(at)]);
    setRemoved(null);
    setAnnouncement(t('consultations.builder.restored', { position: at + 1 }));
    setPendingFocus({ prompt: removed.question.key });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const { errors: found, input } = validateBuilder(values, { tableId: table.id, timeZone: zone, t });
    setErrors(found);
    setAttempt((count) => count + 1);
    if (!input) return;
    setBusy(true);
    try {
      await onSubmit(input);
    } catch (caught) {
      const mapped = serverFieldErrors(fieldErrorsOf(caught), questions);
      setErrors(mapped);
      if (Object.keys(mapped).length > 0) setAttempt((count) => count + 1);
      else setFormError(describe(caught));
    } finally {
      setBusy(false);
    }
  };

  const zoneHint = t('consultations.builder.zoneHint', { name: timeZoneName(zone) });

  return (
    <>
      <form ref={formRef} className="form consultation-builder" noValidate onSubmit={submit}>
        {formError && <ErrorMessage>{formError}</ErrorMessage>}
        <Section title={t('consultations.builder.details')}>
          <div className="stack">
            <TextField
              label={t('consultations.builder.consultationTitle')}
              required
              value={values.title}
              error={errors['title']}
              onChange={(event) => set('title', event.target.value)}
            />
            <TextAreaField
              label={t('consultations.builder.description')}
              hint={t('consultations.builder.descriptionHint')}
              value={values.description}
              error={errors['description']}
              onChange={(event) => set('description', event.target.value)}
            />
            <div className="form-row">
              <TextField
                label={t('consultations.builder.closesDate')}
                hint={zoneHint}
                type="date"
                required
                value={values.closesDate}
                error={errors['closesDate']}
                onChange={(event) => set('closesDate', event.target.value)}
              />
              <TextField
                label={t('consultations.builder.closesTime')}
                hint={zoneHint}
                type="time"
                required
                value={values.closesTime}
                error={errors['closesTime']}
                onChange={(event) => set('closesTime', event.target.value)}
              />
            </div>
            <CheckboxGroup
              legend={t('consultations.builder.audience')}
              hint={t('consultations.builder.audienceHint')}
              options={choices.map((choice) => ({
                value: choice.id,
                label:
                  choice.depth === 0
                    ? t('consultations.builder.thisTable', { name: choice.name })
                    : `${choice.depth === 2 ? '— ' : ''}${t('consultations.builder.childTable', { name: choice.name, level: t(`levels.${choice.level}` as const) })}`,
              }))}
              values={values.audience}
              error={errors['audience']}
              onChange={(audience) => set('audience', audience)}
            />
          </div>
        </Section>

        <Section title={t('consultations.builder.questions')}>
          <p className="muted">{tp('consultations.builder.questionsCount', questions.length)}</p>
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
          {removed && (
            <div className="alert alert--info consultation-builder__undo">
              <p>
                {removed.question.prompt.trim()
                  ? t('consultations.builder.removed', { prompt: removed.question.prompt.trim() })
                  : t('consultations.builder.removedUntitled', { position: removed.index + 1 })}
              </p>
              <Button ref={undoRef} variant="secondary" size="small" onClick={undo}>
                {t('consultations.builder.undo')}
              </Button>
            </div>
          )}
          {questions.length === 0 ? (
            <p className="muted">{t('consultations.builder.noQuestions')}</p>
          ) : (
            <ol className="question-editor-list">
              {questions.map((question, index) => (
                <li key={question.key}>
                  <QuestionEditor
                    question={question}
                    index={index}
                    count={questions.length}
                    errors={errors}
                    onChange={(patch) => changeQuestion(question, patch)}
                    onMove={(step) => move(index, step)}
                    onRemove={() => remove(index)}
                    upRef={(button) => {
                      if (button) moveButtons.current.set(`${question.key}:-1`, button);
                      else moveButtons.current.delete(`${question.key}:-1`);
                    }}
                    downRef={(button) => {
                      if (button) moveButtons.current.set(`${question.key}:1`, button);
                      else moveButtons.current.delete(`${question.key}:1`);
                    }}
                  />
                </li>
              ))}
            </ol>
          )}
          <div className="consultation-builder__add">
            <SelectField
              label={t('consultations.builder.newKind')}
              options={QUESTION_KINDS.map((kind) => ({ value: kind, label: t(`consultations.kinds.${kind}` as const) }))}
              value={newKind}
              error={errors['questions']}
              onChange={(event) => setNewKind(event.target.value as QuestionKind)}
            />
            <Button variant="secondary" disabled={questions.length >= MAX_QUESTIONS} onClick={addQuestion}>
              {t('consultations.builder.addQuestion')}
            </Button>
          </div>
        </Section>

        <div className="form__actions">
          <Button type="submit" busy={busy}>
            {submitLabel}
          </Button>
          <Button variant="secondary" aria-expanded={previewing} aria-controls="consultation-preview" onClick={() => setPreviewing((shown) => !shown)}>
            {previewing ? t('consultations.builder.hidePreview') : t('consultations.builder.preview')}
          </Button>
          <Button variant="ghost" disabled={busy} onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
      <div id="consultation-preview">
        {previewing && (
          <Section title={t('consultations.builder.previewTitle')}>
            <div className="consultation-preview">
              <p className="form__note">{t('consultations.builder.previewNote')}</p>
              <h3>{values.title.trim() || t('consultations.builder.title')}</h3>
              {values.description.trim() && <p className="prose">{values.description.trim()}</p>}
              {questions.length === 0 ? (
                <p className="muted">{t('consultations.builder.noQuestions')}</p>
              ) : (
                <QuestionnaireFields questions={previewQuestions(questions, t('consultations.builder.untitledQuestion'))} values={{}} disabled />
              )}
            </div>
          </Section>
        )}
      </div>
    </>
  );
}

/** `/tables/:id/consultations/new`: officers write the whole questionnaire, preview it, and create the consultation (as a DRAFT). */
export function ConsultationBuilderPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const { data, loading, error } = useConsultationAudience(id);
  const [create] = useCreateConsultation();
  const table = data?.table ?? null;

  if (loading && !table) return <Loading label={t('common.loading')} />;
  if (!table) {
    return (
      <>
        <PageHeader title={t('tables.notFoundTitle')} />
        <ErrorMessage>{error ? describe(error) : t('errors.notFound')}</ErrorMessage>
      </>
    );
  }
  const back = paths.tableConsultations(table.id);
  if (!isOfficerRole(table.viewerRole) || table.archivedAt) {
    return (
      <>
        <PageHeader eyebrow={<Link to={paths.table(table.id)}>{table.name}</Link>} title={t('consultations.builder.title')} />
        <ErrorMessage>{t(table.archivedAt ? 'consultations.builder.archived' : 'consultations.builder.officersOnly')}</ErrorMessage>
        <p>
          <Link to={back}>{t('consultations.table.title')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        eyebrow={<Link to={paths.table(table.id)}>{table.name}</Link>}
        title={t('consultations.builder.title')}
        description={<p>{t('consultations.builder.intro')}</p>}
      />
      <ConsultationBuilder
        table={table}
        initial={(zone) => emptyBuilderValues(zone)}
        submitLabel={t('consultations.builder.submit')}
        onSubmit={async (input) => {
          const created = await create(input);
          if (created) navigate(paths.consultation(created.id), { state: { notice: t('consultations.builder.created') } });
        }}
        onCancel={() => navigate(back)}
      />
    </>
  );
}
