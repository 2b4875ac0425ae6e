// Filter controls above the list: text search, a state filter and a provider filter.
import { PROVIDER_IDS } from '@contract';
import type { ProviderId } from '@contract';
import { useI18n } from '../../i18n/I18nContext';
import { Icon } from '../../shared/ui/Icon';
import { Segmented } from '../../shared/ui/Segmented';
import { providerName } from '../format/text';
import { useAppDispatch, useAppSelector } from '../store';
import type { ShowFilter } from '../ui/ui-slice';
import { filterChanged } from '../ui/ui-slice';
import { selectTotalCount, selectVisibleIds } from './selectors';

/** The filter bar of the account list. */
export function ListControls() {
  const tr = useI18n();
  const { t } = tr;
  const filter = useAppSelector((s) => s.ui.filter);
  const shown = useAppSelector((s) => selectVisibleIds(s).length);
  const total = useAppSelector(selectTotalCount);
  const dispatch = useAppDispatch();
  return (
    <div className="list-controls">
      <label className="search">
        <Icon name="search" />
        <input
          type="search"
          aria-label={t('list.filter')}
          placeholder={t('list.filterPlaceholder')}
          value={filter.text}
          onChange={(e) => dispatch(filterChanged({ text: e.target.value }))}
        />
      </label>
      <Segmented<ShowFilter>
        label={t('list.stateFilter')}
        size="sm"
        value={filter.show}
        options={[
          { value: 'all', label: t('list.show.all') },
          { value: 'active', label: t('list.show.active') },
          { value: 'issues', label: t('list.show.issues') },
        ]}
        onChange={(show) => dispatch(filterChanged({ show }))}
      />
      <select
        className="select select-sm"
        aria-label={t('list.providerFilter')}
        value={filter.provider}
        onChange={(e) => dispatch(filterChanged({ provider: e.target.value as ProviderId | 'all' }))}
      >
        <option value="all">{t('list.allProviders')}</option>
        {PROVIDER_IDS.map((id) => (
          <option key={id} value={id}>
            {providerName(tr, id)}
          </option>
        ))}
      </select>
      <span className="list-count" aria-live="polite">
        {t('list.count', { shown, total })}
      </span>
    </div>
  );
}
