// Provider, region and model pickers of the account form. Models come from the provider's list
// (`listModels`), falling back to the static list the provider descriptor carries.
import { useEffect, useState } from 'react';
import { PROVIDER_IDS } from '@contract';
import type { ModelOption, ProviderId, ProviderInfo, Region } from '@contract';
import { useI18n } from '../../i18n/I18nContext';
import { useApi } from '../../shared/ApiContext';
import { Field } from '../../shared/ui/Field';
import { providerName, regionName } from '../format/text';
import type { AccountForm } from './account-form';

interface ProviderFieldsProps {
  form: AccountForm;
  info: ProviderInfo | undefined;
  accountId: string | null;
  onProvider: (p: ProviderId) => void;
  onChange: (patch: Partial<AccountForm>) => void;
}

const NO_MODELS: ModelOption[] = [];

function useModels(
  provider: ProviderId,
  region: Region | null,
  accountId: string | null,
  fallback: ModelOption[],
) {
  const api = useApi();
  const [models, setModels] = useState<{ key: string; list: ModelOption[] } | null>(null);
  const key = `${provider}|${region ?? ''}`;
  useEffect(() => {
    let live = true;
    api.listModels(accountId ? { provider, region, accountId } : { provider, region }).then(
      (list) => {
        if (live) setModels({ key, list });
      },
      () => {
        if (live) setModels({ key, list: fallback });
      },
    );
    return () => {
      live = false;
    };
  }, [api, provider, region, accountId, key, fallback]);
  return models?.key === key ? models.list : null;
}

/** The provider, region and model selects. */
export function ProviderFields({ form, info, accountId, onProvider, onChange }: ProviderFieldsProps) {
  const tr = useI18n();
  const { t } = tr;
  const models = useModels(form.provider, form.region, accountId, info?.models ?? NO_MODELS);
  const regions = info?.regions ?? [];
  const modelList = models ?? [];
  const known = form.model === null || modelList.some((m) => m.id === form.model);
  return (
    <div className="field-row">
      <Field id="account-provider" label={t('account.provider')}>
        <select
          id="account-provider"
          className="select"
          value={form.provider}
          disabled={accountId !== null}
          onChange={(e) => onProvider(e.target.value as ProviderId)}
        >
          {PROVIDER_IDS.map((id) => (
            <option key={id} value={id}>
              {providerName(tr, id)}
            </option>
          ))}
        </select>
      </Field>
      {regions.length ? (
        <Field id="account-region" label={t('account.region')} className="field-narrow">
          <select
            id="account-region"
            className="select"
            value={form.region ?? ''}
            onChange={(e) => onChange({ region: e.target.value as Region, model: null })}
          >
            {regions.map((r) => (
              <option key={r} value={r}>
                {regionName(tr, r)}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field id="account-model" label={t('account.model')}>
        <select
          id="account-model"
          className="select"
          value={form.model ?? ''}
          disabled={models === null}
          onChange={(e) => onChange({ model: e.target.value || null })}
        >
          <option value="">{models === null ? t('account.modelsLoading') : t('account.modelNone')}</option>
          {!known && form.model ? <option value={form.model}>{form.model}</option> : null}
          {modelList.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
