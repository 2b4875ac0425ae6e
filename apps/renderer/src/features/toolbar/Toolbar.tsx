// The window's toolbar: title, the used/left toggle, refresh all, pause/resume, add, settings.
import { useApi, useRunAction } from '../../shared/ApiContext';
import { useI18n } from '../../i18n/I18nContext';
import { Icon } from '../../shared/ui/Icon';
import { Segmented } from '../../shared/ui/Segmented';
import { settingsPatched } from '../settings/settings-slice';
import { useAppDispatch, useAppSelector } from '../store';
import { dialogOpened } from '../ui/ui-slice';

/** The dashboard's top bar. */
export function Toolbar() {
  const { t } = useI18n();
  const api = useApi();
  const run = useRunAction();
  const dispatch = useAppDispatch();
  const display = useAppSelector((s) => s.settings.value?.percentDisplay ?? 'used');
  const paused = useAppSelector((s) => s.session.monitor?.paused ?? false);
  const ready = useAppSelector((s) => s.session.phase === 'ready');

  const setDisplay = (percentDisplay: 'used' | 'left') => {
    dispatch(settingsPatched({ percentDisplay }));
    void run(() => api.updateSettings({ percentDisplay }));
  };

  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <h1 className="brand-name">
          {t('app.name')}
          <span className="brand-sub">{t('app.title')}</span>
        </h1>
      </div>
      <div className="toolbar-actions">
        <Segmented
          label={t('toolbar.percentDisplay')}
          size="sm"
          value={display}
          options={[
            { value: 'used', label: t('toolbar.used') },
            { value: 'left', label: t('toolbar.left') },
          ]}
          onChange={setDisplay}
        />
        <span className="toolbar-sep" />
        <button
          type="button"
          className="icon-btn"
          aria-label={t('monitor.refreshAll')}
          title={t('monitor.refreshAll')}
          disabled={!ready}
          onClick={() => void run(() => api.refresh({}))}
        >
          <Icon name="refresh" />
        </button>
        <button
          type="button"
          className={`icon-btn${paused ? ' is-on' : ''}`}
          aria-label={paused ? t('monitor.resumeMonitoring') : t('monitor.pause')}
          title={paused ? t('monitor.resumeMonitoring') : t('monitor.pause')}
          aria-pressed={paused}
          disabled={!ready}
          onClick={() => void run(() => api.setPaused({ paused: !paused }))}
        >
          <Icon name={paused ? 'play' : 'pause'} />
        </button>
        <button
          type="button"
          className="icon-btn"
          aria-label={t('toolbar.settings')}
          title={t('toolbar.settings')}
          disabled={!ready}
          onClick={() => dispatch(dialogOpened({ kind: 'settings' }))}
        >
          <Icon name="gear" />
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!ready}
          onClick={() => dispatch(dialogOpened({ kind: 'add' }))}
        >
          <Icon name="plus" />
          {t('toolbar.addAccount')}
        </button>
      </div>
    </header>
  );
}
