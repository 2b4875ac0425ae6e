// The account list: a real table with sortable column headers and one row header per account.
// It selects only the visible ids (shallow-compared), so a push that changes numbers but not the
// order re-renders the changed row alone.
import { useEffect } from 'react';
import { shallowEqual } from 'react-redux';
import type { KeyboardEvent } from 'react';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nContext';
import { Icon } from '../../shared/ui/Icon';
import { useAppDispatch, useAppSelector } from '../store';
import type { SortKey } from '../ui/ui-slice';
import { selected, sortToggled } from '../ui/ui-slice';
import { AccountRow } from './AccountRow';
import { selectVisibleIds } from './selectors';
import './list.css';

const COLUMNS: readonly { key: SortKey; label: MessageKey; className: string }[] = [
  { key: 'state', label: 'col.state', className: 'c-state' },
  { key: 'account', label: 'col.account', className: 'c-account' },
  { key: 'usage', label: 'col.usage', className: 'c-usage' },
  { key: 'balance', label: 'col.balance', className: 'c-balance num' },
  { key: 'rate', label: 'col.rate', className: 'c-rate num' },
  { key: 'reset', label: 'col.reset', className: 'c-reset num' },
];

function SortHeader({ column }: { column: (typeof COLUMNS)[number] }) {
  const { t } = useI18n();
  const sort = useAppSelector((s) => s.ui.sort);
  const dispatch = useAppDispatch();
  const active = sort.key === column.key;
  const label = t(column.label);
  return (
    <th
      scope="col"
      className={column.className}
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button
        type="button"
        className={`sort-btn${active ? ' is-active' : ''}`}
        title={t('list.sortBy', { column: label })}
        onClick={() => dispatch(sortToggled(column.key))}
      >
        {column.key === 'state' ? <span className="dot-head" aria-hidden="true" /> : null}
        <span className={column.key === 'state' ? 'sr-only' : undefined}>{label}</span>
        {active ? <Icon name={sort.dir === 'asc' ? 'sortAsc' : 'sortDesc'} className="sort-icon" /> : null}
      </button>
    </th>
  );
}

/** Up/down arrows move between the rows' name buttons and select the row. */
function useRowKeys() {
  const dispatch = useAppDispatch();
  return (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.row-link')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const next = buttons[i + (e.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    e.preventDefault();
    next.focus();
    const id = next.closest('tr')?.dataset.accountId;
    if (id) dispatch(selected(id));
  };
}

let firstRowsMarked = false;

/** The sortable table of accounts. */
export function AccountTable() {
  const { t } = useI18n();
  const ids = useAppSelector(selectVisibleIds, shallowEqual);
  const onKeyDown = useRowKeys();
  const hasRows = ids.length > 0;
  useEffect(() => {
    // Once per page: the first commit that shows rows ends the benchmark's first-render span.
    if (!hasRows || firstRowsMarked) return;
    firstRowsMarked = true;
    performance.mark('cpms:first-render');
  }, [hasRows]);
  return (
    <table className="accounts" aria-label={t('list.label')}>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <SortHeader key={c.key} column={c} />
          ))}
        </tr>
      </thead>
      <tbody onKeyDown={onKeyDown}>
        {ids.map((id) => (
          <AccountRow key={id} id={id} />
        ))}
      </tbody>
    </table>
  );
}
