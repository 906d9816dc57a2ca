import { useI18n } from '@concertation/web-i18n';
import { SearchForm } from './search-form';
import { useScrollToHash } from './use-scroll-to-hash';

/**
 * The header's search box, for signed-in people. It also makes links to an anchor of another page
 * (where search results lead) land on that anchor: it is there on every signed-in page.
 */
export function HeaderSearch() {
  const { t } = useI18n();
  useScrollToHash();
  return (
    <SearchForm
      className="header-search"
      landmark={t('search.header.landmark')}
      label={t('search.header.label')}
      placeholder={t('search.header.placeholder')}
      submitLabel={t('search.header.submit')}
    />
  );
}
