import { Link, useNavigate } from 'react-router';
import { completeWebUrl, isWebUrl, MAX_ACRONYM_LENGTH, SECTORS } from '@concertation/shared-domain';
import { useCreateOrganization, useFormFailure, useRegions, type Sector } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, chosenError, ErrorMessage, PageHeader, SelectField, TextField, titleError, tooLongError, useForm } from '@concertation/web-ui';
import { regionOptions } from './region-options';

export function CreateOrganizationPage() {
  const { t, language } = useI18n();
  const failure = useFormFailure();
  const navigate = useNavigate();
  const regions = useRegions();
  const [create, { loading }] = useCreateOrganization();
  const form = useForm({ name: '', acronym: '', sector: '', regionId: '', website: '' }, (error) =>
    failure(error, { overrides: { CONFLICT: t('directory.createOrganization.conflict') } }),
  );
  const { values, errors, set } = form;

  const onSubmit = form.submit(
    (values) => ({
      name: titleError(values.name, t),
      acronym: tooLongError(values.acronym.trim(), MAX_ACRONYM_LENGTH, t),
      sector: chosenError(values.sector, t),
      regionId: chosenError(values.regionId, t),
      website: completeWebUrl(values.website) && !isWebUrl(completeWebUrl(values.website)) ? t('validation.url') : undefined,
    }),
    async (values) => {
      const organization = await create({
        name: values.name.trim(),
        acronym: values.acronym.trim() || undefined,
        sector: values.sector as Sector,
        regionId: values.regionId,
        website: completeWebUrl(values.website) || undefined,
      });
      if (organization)
        navigate(paths.organization(organization.id), { state: { notice: t('directory.createOrganization.created', { name: organization.name }) } });
    },
  );

  return (
    <div className="narrow">
      <PageHeader title={t('directory.createOrganization.title')} description={t('directory.createOrganization.intro')} />
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField label={t('directory.organizations.name')} name="name" required value={values.name} onChange={set('name')} error={errors.name} />
        <TextField label={t('directory.createOrganization.acronym')} name="acronym" value={values.acronym} onChange={set('acronym')} error={errors.acronym} />
        <SelectField
          label={t('directory.organizations.sector')}
          placeholder={t('common.choose')}
          required
          options={SECTORS.map((value) => ({ value, label: t(`sectors.${value}` as const) }))}
          value={values.sector}
          onChange={set('sector')}
          error={errors.sector}
        />
        <SelectField
          label={t('directory.region')}
          placeholder={t('common.choose')}
          required
          options={regionOptions(regions.data?.regions ?? [], language, t)}
          value={values.regionId}
          onChange={set('regionId')}
          error={errors.regionId}
        />
        <TextField
          label={t('directory.createOrganization.website')}
          type="url"
          name="website"
          inputMode="url"
          hint={t('directory.createOrganization.websiteHint')}
          value={values.website}
          onChange={set('website')}
          onBlur={() => {
            const completed = completeWebUrl(values.website);
            if (completed !== values.website) form.setValue('website', completed);
          }}
          error={errors.website}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('directory.createOrganization.submit')}
          </Button>
          <Link to={paths.organizationsDirectory()}>{t('common.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
