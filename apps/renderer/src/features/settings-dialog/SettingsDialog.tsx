// The settings sheet: grouped rows, each change applied at once (no Save button, as in native
// preference windows).
import { useState } from 'react';
import type { Language, Theme } from '@contract';
import { useI18n } from '../../i18n/I18nContext';
import { Modal } from '../../shared/ui/Modal';
import { Section } from '../../shared/ui/Section';
import { Segmented } from '../../shared/ui/Segmented';
import { useAppDispatch, useAppSelector } from '../store';
import { dialogClosed } from '../ui/ui-slice';
import { DeleteAllDialog } from './DeleteAllDialog';
import { NumberSetting } from './NumberSetting';
import { SettingsMore } from './SettingsMore';
import { useSaveSettings } from './use-settings';
import './settings.css';

/** The settings dialog. */
export function SettingsDialog() {
  const { t } = useI18n();
  const dispatch = useAppDispatch();
  const settings = useAppSelector((s) => s.settings.value);
  const save = useSaveSettings();
  const [confirming, setConfirming] = useState(false);
  const close = () => dispatch(dialogClosed());
  if (!settings) return null;
  return (
    <Modal title={t('settings.title')} width="lg" onClose={close}>
      <Section id="set-general" title={t('settings.general')} look="settings">
        <div className="setting">
          <span className="setting-label">{t('settings.language')}</span>
          <Segmented<Language>
            label={t('settings.language')}
            value={settings.language}
            onChange={(language) => save({ language })}
            options={[
              { value: 'system', label: t('settings.lang.system') },
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </div>
        <div className="setting">
          <span className="setting-label">{t('settings.theme')}</span>
          <Segmented<Theme>
            label={t('settings.theme')}
            value={settings.theme}
            onChange={(theme) => save({ theme })}
            options={[
              { value: 'system', label: t('settings.theme.system') },
              { value: 'light', label: t('settings.theme.light') },
              { value: 'dark', label: t('settings.theme.dark') },
            ]}
          />
        </div>
      </Section>
      <Section id="set-monitoring" title={t('settings.monitoring')} look="settings">
        <NumberSetting
          label={t('settings.snapshotInterval')}
          unit={t('settings.seconds')}
          value={settings.snapshotIntervalSec}
          min={5}
          max={3600}
          onCommit={(snapshotIntervalSec) => save({ snapshotIntervalSec })}
        />
        <NumberSetting
          label={t('settings.trackingInterval')}
          unit={t('settings.seconds')}
          value={settings.trackingIntervalSec}
          min={10}
          max={3600}
          onCommit={(trackingIntervalSec) => save({ trackingIntervalSec })}
        />
      </Section>
      <Section id="set-alerts" title={t('settings.alerts')} look="settings">
        <NumberSetting
          label={t('settings.warnPercent')}
          unit={t('settings.percentUsed')}
          value={settings.warnPercent}
          min={1}
          max={Math.max(1, settings.critPercent)}
          onCommit={(warnPercent) => save({ warnPercent })}
        />
        <NumberSetting
          label={t('settings.critPercent')}
          unit={t('settings.percentUsed')}
          value={settings.critPercent}
          min={Math.min(100, settings.warnPercent)}
          max={100}
          onCommit={(critPercent) => save({ critPercent })}
        />
        <label className="setting setting-check">
          <span className="setting-label">{t('settings.notifications')}</span>
          <input
            type="checkbox"
            className="switch"
            checked={settings.notifications}
            onChange={(e) => save({ notifications: e.target.checked })}
          />
        </label>
      </Section>
      <SettingsMore settings={settings} save={save} onDeleteAll={() => setConfirming(true)} />
      {confirming ? <DeleteAllDialog onClose={() => setConfirming(false)} onDone={close} /> : null}
    </Modal>
  );
}
