import { useNavigate } from 'react-router';
import { firstAppError, useDeleteMyAccount, useFormFailure, useMyParticipations } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, CheckboxGroup, ErrorMessage, requiredError, TextField, useForm } from '@concertation/web-ui';

const EMPTY = { password: '', confirmed: [] as string[] };
const CONFIRMED = 'confirmed';

/**
 * « Supprimer mon compte »: what goes and what stays, said before anything is asked; then the
 * password and an explicit confirmation. The server refuses a table's only CHAIR: the form names
 * the tables the person chairs beforehand, and says in words what to do if refused. Once erased,
 * the person is signed out and reads the confirmation on the privacy page.
 */
export function DeleteAccountSection() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const failure = useFormFailure();
  const [deleteMyAccount] = useDeleteMyAccount();
  const { data } = useMyParticipations();
  const chaired = (data?.me?.participations ?? []).filter((seat) => seat.role === 'CHAIR' && !seat.table.archivedAt).map((seat) => seat.table.name);
  const form = useForm(EMPTY, (error) => {
    const code = firstAppError(error)?.code;
    if (code === 'UNAUTHENTICATED') return { fields: { password: t('deleteAccount.wrongPassword') } };
    if (code === 'FORBIDDEN') return { message: t('deleteAccount.onlyChair') };
    return failure(error);
  });
  const { values, errors, set, setValue } = form;

  const onSubmit = form.submit(
    (values) => ({
      password: requiredError(values.password, t),
      confirmed: values.confirmed.includes(CONFIRMED) ? undefined : t('deleteAccount.confirmRequired'),
    }),
    async (values) => {
      await deleteMyAccount(values.password);
      // After the session is gone, so that this navigation comes after the sign-in page's and stays.
      navigate(paths.privacy(), { replace: true, state: { notice: t('deleteAccount.done') } });
    },
  );

  return (
    <>
      <p>
        <strong>{t('deleteAccount.intro')}</strong>
      </p>
      <h3>{t('deleteAccount.goesTitle')}</h3>
      <p>{t('deleteAccount.goes')}</p>
      <h3>{t('deleteAccount.staysTitle')}</h3>
      <p>{t('deleteAccount.stays')}</p>
      <p>{t('deleteAccount.again')}</p>
      {chaired.length > 0 && <p>{t('deleteAccount.chairs', { tables: chaired.join(', ') })}</p>}
      <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
        {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
        <TextField
          label={t('deleteAccount.password')}
          type="password"
          name="deleteAccountPassword"
          autoComplete="current-password"
          required
          value={values.password}
          onChange={set('password')}
          error={errors.password}
        />
        <CheckboxGroup
          legend={t('deleteAccount.confirmLegend')}
          options={[{ value: CONFIRMED, label: t('deleteAccount.confirm') }]}
          values={values.confirmed}
          onChange={(confirmed) => setValue('confirmed', confirmed)}
          error={errors.confirmed}
        />
        <div className="form__actions">
          <Button type="submit" variant="danger" busy={form.busy}>
            {t('deleteAccount.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
