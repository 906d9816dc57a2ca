import type { PagedList } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button } from '@concertation/web-ui';

export function LoadMore({ list }: { list: PagedList<unknown> }) {
  const { t } = useI18n();
  if (!list.hasNextPage) return null;
  return (
    <div className="load-more">
      <Button variant="secondary" busy={list.loadingMore} onClick={() => void list.loadMore()}>
        {t('common.loadMore')}
      </Button>
    </div>
  );
}
