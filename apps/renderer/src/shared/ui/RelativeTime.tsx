// "12 seconds ago", kept current by the shared clock; the absolute time is on hover.
import { memo, useCallback } from 'react';
import { formatDateTime, formatRelative } from '../../i18n/format-time';
import { useI18n } from '../../i18n/I18nContext';
import { useTicking } from '../ticker';

/** A relative time, optionally wrapped in a message (`{time}` receives the relative text). */
export const RelativeTime = memo(function RelativeTime({
  at,
  wrap,
  className,
}: {
  at: number;
  wrap?: (time: string) => string;
  className?: string;
}) {
  const tr = useI18n();
  const compute = useCallback((now: number) => formatRelative(tr.lang, at, now), [tr, at]);
  const rel = useTicking(compute);
  return (
    <time className={className} dateTime={new Date(at).toISOString()} title={formatDateTime(tr.lang, at)}>
      {wrap ? wrap(rel) : rel}
    </time>
  );
});
