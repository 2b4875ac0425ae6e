// Recent activity: when the account was in use and how much each stretch used.
import { useEffect, useState } from 'react';
import type { ActivityPeriod } from '@contract';
import { formatMoney } from '../../i18n/format-number';
import { formatDuration, formatWhen } from '../../i18n/format-time';
import { useI18n } from '../../i18n/I18nContext';
import type { Translator } from '../../i18n/translate';
import { useApi } from '../../shared/ApiContext';
import { Section } from '../../shared/ui/Section';
import { amountText } from '../format/text';

const SHOWN = 6;

function usedText(tr: Translator, p: ActivityPeriod): string | null {
  if (p.used === null) return null;
  if (p.unit === 'money') return formatMoney(tr.lang, p.used, p.currency ?? '', true);
  return amountText(tr, p.used, p.unit);
}

/** The latest activity periods of an account; refetched when it was last active changes. */
export function ActivitySection({
  accountId,
  lastActiveAt,
}: {
  accountId: string;
  lastActiveAt: number | null;
}) {
  const tr = useI18n();
  const { t } = tr;
  const api = useApi();
  const [periods, setPeriods] = useState<ActivityPeriod[] | null>(null);
  useEffect(() => {
    let live = true;
    api.getActivity({ accountId }).then(
      (list) => {
        if (live) setPeriods([...list].sort((a, b) => b.start - a.start).slice(0, SHOWN));
      },
      () => {
        if (live) setPeriods([]);
      },
    );
    return () => {
      live = false;
    };
  }, [api, accountId, lastActiveAt]);
  const now = Date.now();
  return (
    <Section id="detail-activity" title={t('activity.title')} look="detail">
      {periods?.length === 0 ? <p className="muted small">{t('activity.empty')}</p> : null}
      {periods?.length ? (
        <ul className="activity-list">
          {periods.map((p) => {
            const used = usedText(tr, p);
            return (
              <li key={p.start} className="activity">
                <span className="activity-when">
                  {t('activity.period', {
                    start: formatWhen(tr.lang, p.start, now),
                    end: formatWhen(tr.lang, p.end, p.start),
                  })}
                </span>
                <span className="activity-dur">{formatDuration(tr, p.end - p.start)}</span>
                <span className="activity-used">{used ?? '—'}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </Section>
  );
}
