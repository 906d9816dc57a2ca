import { useState } from 'react';
import { useOrganizationsDirectory } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { SelectField, TextField, useDebouncedValue } from '@concertation/web-ui';

export interface PickedOrganization {
  id: string;
  name: string;
}

export interface OrganizationPickerProps {
  value: PickedOrganization | null;
  onChange: (organization: PickedOrganization | null) => void;
  error?: string | null;
}

/** Finds an organization of the directory by name or acronym, then picks it from the matches. */
export function OrganizationPicker({ value, onChange, error }: OrganizationPickerProps) {
  const { t, tp } = useI18n();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search);
  const list = useOrganizationsDirectory({ search: debounced }, 50);
  const options = list.items.map((organization) => ({
    value: organization.id,
    label: organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name,
  }));
  if (value && !options.some((option) => option.value === value.id)) options.unshift({ value: value.id, label: value.name });

  const hint = list.loading ? t('common.loading') : list.error ? t('auth.organization.loadFailed') : tp('auth.organization.matches', list.totalCount);

  return (
    <div className="picker">
      <TextField
        label={t('auth.organization.search')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        hint={t('auth.organization.searchHint')}
      />
      <SelectField
        label={t('auth.organization.choose')}
        placeholder={t('auth.organization.none')}
        options={options}
        value={value?.id ?? ''}
        hint={hint}
        error={error}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          onChange(chosen ? { id: chosen.value, name: chosen.label } : null);
        }}
      />
    </div>
  );
}
