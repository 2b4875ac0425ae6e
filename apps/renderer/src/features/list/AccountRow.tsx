// One account in the list. Memoized by id: it re-renders only when its own account, status,
// the thresholds, the used/left toggle, the language or its selection change.
import { memo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { StatusDot } from '../../shared/ui/StatusDot';
import { Icon } from '../../shared/ui/Icon';
import { RelativeTime } from '../../shared/ui/RelativeTime';
import { providerName, reasonText, regionName } from '../format/text';
import { useAppDispatch, useAppSelector } from '../store';
import { selected } from '../ui/ui-slice';
import { BalanceCell, RateCell, ResetCell, UsageCell } from './cells';
import type { RowModel } from './row-model';
import { usePercentDisplay, useRowModel } from './use-row';

function MetaLine({ row }: { row: RowModel }) {
  const tr = useI18n();
  const parts = [providerName(tr, row.provider)];
  if (row.region) parts.push(regionName(tr, row.region));
  if (row.model) parts.push(row.model);
  if (row.plan) parts.push(row.plan);
  return <div className="meta">{parts.join(' · ')}</div>;
}

function ProblemLine({ row }: { row: RowModel }) {
  const tr = useI18n();
  if (!row.reason && !row.stale) return null;
  const tone = row.state === 'error' ? 'is-error' : 'is-stale';
  return (
    <div className={`problem ${tone}`} title={row.reason?.message}>
      <Icon name="warning" />
      {row.stale ? <span className="chip">{tr.t('row.stale')}</span> : null}
      {row.reason ? <span className="problem-text">{reasonText(tr, row.reason.kind)}</span> : null}
      {row.stale && row.lastSuccessAt !== null ? (
        <RelativeTime at={row.lastSuccessAt} className="problem-when" />
      ) : null}
    </div>
  );
}

/** A table row for one account id. */
export const AccountRow = memo(function AccountRow({ id }: { id: string }) {
  const row = useRowModel(id);
  const display = usePercentDisplay();
  const isSelected = useAppSelector((s) => s.ui.selectedId === id);
  const dispatch = useAppDispatch();
  const tr = useI18n();
  if (!row) return null;
  const title = row.reason ? `${reasonText(tr, row.reason.kind)} — ${row.reason.message}` : undefined;
  const select = () => dispatch(selected(isSelected ? null : id));
  return (
    <tr
      className={`row${isSelected ? ' is-selected' : ''}${row.stale ? ' is-stale' : ''}`}
      data-account-id={id}
      onClick={select}
    >
      <td className="c-state">
        <StatusDot state={row.state} title={title} />
      </td>
      <th scope="row" className="c-account">
        <button
          type="button"
          className="row-link"
          aria-expanded={isSelected}
          aria-controls="detail-panel"
          onClick={(e) => {
            e.stopPropagation();
            select();
          }}
        >
          {row.label}
        </button>
        <MetaLine row={row} />
        <ProblemLine row={row} />
      </th>
      <td className="c-usage">
        <UsageCell row={row} display={display} />
      </td>
      <td className="c-balance num">
        <BalanceCell row={row} />
      </td>
      <td className="c-rate num">
        <RateCell row={row} />
      </td>
      <td className="c-reset num">
        <ResetCell row={row} />
      </td>
    </tr>
  );
});
