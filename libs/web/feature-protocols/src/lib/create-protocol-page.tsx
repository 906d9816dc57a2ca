import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, SECTORS } from '@concertation/shared-domain';
import { fieldErrorsOf, useCreateProtocol, useDescribeError, type Sector } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import {
  Button,
  CheckboxGroup,
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  useFocusFirstInvalid,
} from '@concertation/web-ui';
import { useOfficerTables } from './officer-seats';

type Field = 'ownerTableId' | 'title' | 'summary' | 'sectors' | 'body';
type Errors = Partial<Record<Field, string>>;

/** A new protocol, published at once as version 1 on behalf of a table the viewer is an officer of. */
export function CreateProtocolPage() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const officerTables = useOfficerTables();

  if (officerTables.loading) return <Loading label={t('protocols.create.loading')} />;
  // Without the viewer's seats there is no telling which tables to offer: say why, rather than « not an officer ».
  if (officerTables.error) {
    return (
      <div className="narrow">
        <PageHeader title={t('protocols.create.title')} />
        <ErrorMessage>{describe(officerTables.error)}</ErrorMessage>
        <p>
          <Link to={paths.protocols()}>{t('protocols.create.back')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow protocol-create">
      <PageHeader title={t('protocols.create.title')} description={t('protocols.create.intro')} />
      {officerTables.tables.length === 0 ? (
        <>
          <EmptyState title={t('protocols.create.noSeatTitle')}>{t('protocols.create.noSeat')}</EmptyState>
          <p>
            <Link to={paths.protocols()}>{t('protocols.create.back')}</Link>
          </p>
        </>
      ) : (
        <CreateProtocolForm tables={officerTables.tables} />
      )}
    </div>
  );
}

function CreateProtocolForm({ tables }: { tables: ReadonlyArray<{ id: string; name: string }> }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const [create, { loading }] = useCreateProtocol();
  const [values, setValues] = useState({ ownerTableId: tables.length === 1 ? tables[0].id : '', title: '', summary: '', body: '' });
  const [sectors, setSectors] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const validate = (): Errors => {
    const found: Errors = {};
    const title = values.title.trim();
    if (!values.ownerTableId) found.ownerTableId = t('validation.choose');
    if (!title) found.title = t('validation.required');
    else if (title.length > MAX_TITLE_LENGTH) found.title = t('validation.tooLong', { max: MAX_TITLE_LENGTH });
    if (values.summary.length > MAX_BODY_LENGTH) found.summary = t('validation.tooLong', { max: MAX_BODY_LENGTH });
    if (sectors.length === 0) found.sectors = t('protocols.create.sectorsRequired');
    if (!values.body.trim()) found.body = t('validation.required');
    else if (values.body.length > MAX_BODY_LENGTH) found.body = t('validation.tooLong', { max: MAX_BODY_LENGTH });
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((count) => count + 1);
      // The checkboxes have no aria-invalid of their own: bring the group into view.
      if (found.sectors && Object.keys(found).length === 1) formRef.current?.querySelector<HTMLInputElement>('fieldset input')?.focus();
      return;
    }
    try {
      const protocol = await create({
        ownerTableId: values.ownerTableId,
        title: values.title.trim(),
        summary: values.summary.trim() || undefined,
        sectors: sectors as Sector[],
        body: values.body,
      });
      if (protocol) navigate(paths.protocol(protocol.id), { state: { notice: t('protocols.create.created', { title: protocol.title }) } });
    } catch (error) {
      setErrors(fieldErrorsOf(error) as Errors);
      setFormError(describe(error, { FORBIDDEN: t('protocols.create.forbidden') }));
      setAttempt((count) => count + 1);
    }
  };

  return (
    <>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <SelectField
          label={t('protocols.create.owner')}
          hint={t('protocols.create.ownerHint')}
          placeholder={t('common.choose')}
          required
          options={tables.map((table) => ({ value: table.id, label: table.name }))}
          value={values.ownerTableId}
          onChange={set('ownerTableId')}
          error={errors.ownerTableId}
        />
        <TextField
          label={t('protocols.create.titleField')}
          name="title"
          required
          maxLength={MAX_TITLE_LENGTH}
          value={values.title}
          onChange={set('title')}
          error={errors.title}
        />
        <TextAreaField
          label={t('protocols.create.summary')}
          hint={t('protocols.create.summaryHint')}
          name="summary"
          rows={3}
          value={values.summary}
          onChange={set('summary')}
          error={errors.summary}
        />
        <CheckboxGroup
          legend={t('protocols.create.sectors')}
          options={SECTORS.map((value) => ({ value, label: t(`sectors.${value}` as const) }))}
          values={sectors}
          onChange={setSectors}
          error={errors.sectors}
          columns
        />
        <TextAreaField
          label={t('protocols.create.body')}
          hint={t('protocols.create.bodyHint')}
          name="body"
          rows={14}
          required
          className="protocol-form__body"
          value={values.body}
          onChange={set('body')}
          error={errors.body}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('protocols.create.submit')}
          </Button>
          <Link to={paths.protocols()}>{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
