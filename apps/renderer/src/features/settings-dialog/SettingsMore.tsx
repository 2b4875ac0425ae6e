// The lower half of the settings sheet: network, data retention, security, updates, about.
import { useState } from 'react';
import type { Settings } from '@contract';
import { useI18n } from '../../i18n/I18nContext';
import { Icon } from '../../shared/ui/Icon';
import { Segmented } from '../../shared/ui/Segmented';
import { useAppSelector } from '../store';
import { NumberSetting } from './NumberSetting';

interface SettingsMoreProps {
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
  onDeleteAll: () => void;
}

function ProxySetting({ value, save }: { value: string | null; save: SettingsMoreProps['save'] }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const next = draft.trim() || null;
    if (next !== value) save({ proxyUrl: next });
    setDraft(null);
  };
  return (
    <div className="setting">
      <label htmlFor="set-proxy" className="setting-label">
        {t('settings.proxy')}
      </label>
      <input
        id="set-proxy"
        className="input mono setting-wide"
        value={draft ?? value ?? ''}
        placeholder={t('settings.proxyPlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
    </div>
  );
}

/** Network, data, security, updates and about groups. */
export function SettingsMore({ settings, save, onDeleteAll }: SettingsMoreProps) {
  const { t } = useI18n();
  const info = useAppSelector((s) => s.session.appInfo);
  return (
    <>
      <section className="group" aria-labelledby="set-network">
        <h3 id="set-network" className="group-title">
          {t('settings.network')}
        </h3>
        <ProxySetting value={settings.proxyUrl} save={save} />
      </section>
      <section className="group" aria-labelledby="set-data">
        <h3 id="set-data" className="group-title">
          {t('settings.data')}
        </h3>
        <NumberSetting
          label={t('settings.rawDays')}
          unit={t('settings.days')}
          value={settings.retention.rawDays}
          min={1}
          max={365}
          onCommit={(rawDays) => save({ retention: { ...settings.retention, rawDays } })}
        />
        <NumberSetting
          label={t('settings.minuteDays')}
          unit={t('settings.days')}
          value={settings.retention.minuteDays}
          min={1}
          max={3650}
          onCommit={(minuteDays) => save({ retention: { ...settings.retention, minuteDays } })}
        />
        <div className="setting">
          <span className="setting-label" />
          <button type="button" className="btn btn-danger-quiet" onClick={onDeleteAll}>
            <Icon name="trash" />
            {t('settings.deleteAll')}
          </button>
        </div>
      </section>
      {info ? (
        <section className="group" aria-labelledby="set-security">
          <h3 id="set-security" className="group-title">
            {t('settings.security')}
          </h3>
          <div className="setting">
            <span className="setting-label">{t('settings.keyProtection')}</span>
            <span className={`setting-note key-${info.keyProtection}`}>
              <Icon name={info.keyProtection === 'os-keystore' ? 'check' : 'info'} />
              {t(`settings.keyProtection.${info.keyProtection}`)}
            </span>
          </div>
        </section>
      ) : null}
      <section className="group" aria-labelledby="set-updates">
        <h3 id="set-updates" className="group-title">
          {t('settings.updates')}
        </h3>
        <label className="setting setting-check">
          <span className="setting-label">
            {t('settings.updatesAuto')}
            <span className="setting-hint">{t('settings.updatesHint')}</span>
          </span>
          <input
            type="checkbox"
            className="switch"
            checked={settings.updates.auto}
            onChange={(e) => save({ updates: { ...settings.updates, auto: e.target.checked } })}
          />
        </label>
        <div className="setting">
          <span className="setting-label">{t('settings.updatesChannel')}</span>
          <Segmented<'stable' | 'beta'>
            label={t('settings.updatesChannel')}
            size="sm"
            value={settings.updates.channel}
            onChange={(channel) => save({ updates: { ...settings.updates, channel } })}
            options={[
              { value: 'stable', label: t('settings.channel.stable') },
              { value: 'beta', label: t('settings.channel.beta') },
            ]}
          />
        </div>
      </section>
      {info ? (
        <p className="about">
          {t('settings.about', { version: info.version, host: t(`settings.host.${info.host}`) })}
        </p>
      ) : null}
    </>
  );
}
