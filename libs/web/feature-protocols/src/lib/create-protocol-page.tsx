import { Link, useNavigate } from 'react-router';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, SECTORS } from '@concertation/shared-domain';
import { useCreateProtocol, useDescribeError, useFormFailure, type Sector } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import {
  Button,
  CheckboxGroup,
  chosenError,
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  requiredTextError,
  titleError,
  tooLongError,
  useForm,
} from '@concertation/web-ui';
import { ProtocolBodyField } from './protocol-body-field';
import { useOfficerTables } from './officer-seats';

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
  const failure = useFormFailure();
  const navigate = useNavigate();
  const [create, { loading }] = useCreateProtocol();
  const form = useForm({ ownerTableId: tables.length === 1 ? tables[0].id : '', title: '', summary: '', sectors: [] as string[], body: '' }, (error) =>
    failure(error, { overrides: { FORBIDDEN: t('protocols.create.forbidden') } }),
  );
  const { values, errors, set } = form;

  const onSubmit = form.submit(
    (values) => ({
      ownerTableId: chosenError(values.ownerTableId, t),
      title: titleError(values.title, t),
      summary: tooLongError(values.summary, MAX_BODY_LENGTH, t),
      sectors: values.sectors.length === 0 ? t('protocols.create.sectorsRequired') : undefined,
      body: requiredTextError(values.body, MAX_BODY_LENGTH, t),
    }),
    async (values) => {
      const protocol = await create({
        ownerTableId: values.ownerTableId,
        title: values.title.trim(),
        summary: values.summary.trim() || undefined,
        sectors: values.sectors as Sector[],
        body: values.body,
      });
      if (protocol) navigate(paths.protocol(protocol.id), { state: { notice: t('protocols.create.created', { title: protocol.title }) } });
    },
  );

  return (
    <>
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
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
          values={values.sectors}
          onChange={(sectors) => form.setValue('sectors', sectors)}
          error={errors.sectors}
          columns
        />
        <ProtocolBodyField
          label={t('protocols.create.body')}
          hint={t('protocols.create.bodyHint')}
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
