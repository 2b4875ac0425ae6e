// The lower half of the settings sheet: network, data retention, security, updates, about.
import { useState } from 'react';
import type { Settings } from '@contract';
import { useI18n } from '../../i18n/I18nContext';
import { Icon } from '../../shared/ui/Icon';
import { Section } from '../../shared/ui/Section';
import { Segmented } from '../../shared/ui/Segmented';
import { useAppSelector } from '../store';
import { commitProps } from './commit-props';
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
        {...commitProps(commit)}
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
      <Section id="set-network" title={t('settings.network')} look="settings">
        <ProxySetting value={settings.proxyUrl} save={save} />
      </Section>
      <Section id="set-data" title={t('settings.data')} look="settings">
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
      </Section>
      {info ? (
        <Section id="set-security" title={t('settings.security')} look="settings">
          <div className="setting">
            <span className="setting-label">{t('settings.keyProtection')}</span>
            <span className={`setting-note key-${info.keyProtection}`}>
              <Icon name={info.keyProtection === 'os-keystore' ? 'check' : 'info'} />
              {t(`settings.keyProtection.${info.keyProtection}`)}
            </span>
          </div>
        </Section>
      ) : null}
      <Section id="set-updates" title={t('settings.updates')} look="settings">
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
      </Section>
      {info ? (
        <p className="about">
          {t('settings.about', { version: info.version, host: t(`settings.host.${info.host}`) })}
        </p>
      ) : null}
    </>
  );
}
