// A live countdown to a moment ("2 h 14 m"), ticking from the shared clock; the absolute time is on
// hover. Only this element re-renders, and only when its text changes.
import { memo, useCallback } from 'react';
import { formatDateTime, formatDuration } from '../../i18n/format-time';
import { useI18n } from '../../i18n/I18nContext';
import { useTicking } from '../ticker';

/** Time left until `at`, in days, hours and minutes. */
export const Countdown = memo(function Countdown({ at, className }: { at: number; className?: string }) {
  const tr = useI18n();
  const compute = useCallback((now: number) => formatDuration(tr, at - now), [tr, at]);
  const text = useTicking(compute);
  return (
    <time className={className} dateTime={new Date(at).toISOString()} title={formatDateTime(tr.lang, at)}>
      {text}
    </time>
  );
});
