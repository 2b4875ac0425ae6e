// The add/edit form as plain data: defaults, validation, and what it sends (an AccountInput for a
// new account, a minimal AccountPatch for an edit: the key only when the user typed one).
import type { AccountDto, AccountInput, AccountPatch, ProviderId, ProviderInfo, Region } from '@contract';
import type { MessageKey } from '../../i18n/en';

export interface AccountForm {
  provider: ProviderId;
  region: Region | null;
  model: string | null;
  label: string;
  key: string;
  baseUrl: string;
}

/** A blank form for a provider, with its default region. */
export function blankForm(provider: ProviderId, info: ProviderInfo | undefined): AccountForm {
  return { provider, region: info?.defaultRegion ?? null, model: null, label: '', key: '', baseUrl: '' };
}

/** The form filled from an existing account; the key stays empty (write-only). */
export function formFromAccount(a: AccountDto): AccountForm {
  return {
    provider: a.provider,
    region: a.region,
    model: a.model,
    label: a.label,
    key: '',
    baseUrl: a.baseUrl ?? '',
  };
}

/** Field errors of a form; in edit mode an empty key means "keep the saved key". */
export function validateForm(
  form: AccountForm,
  mode: 'add' | 'edit',
): Partial<Record<'label' | 'key', MessageKey>> {
  const errors: Partial<Record<'label' | 'key', MessageKey>> = {};
  if (!form.label.trim()) errors.label = 'account.labelRequired';
  if (mode === 'add' && !form.key.trim()) errors.key = 'account.keyRequired';
  return errors;
}

/** What `addAccount` and a new-account `testConnection` receive. */
export function toInput(form: AccountForm): AccountInput {
  return {
    provider: form.provider,
    region: form.region,
    model: form.model,
    label: form.label.trim(),
    baseUrl: form.baseUrl.trim() || null,
    key: form.key.trim(),
  };
}

/** Only the fields that changed; `key` only when a new one was typed. */
export function toPatch(form: AccountForm, account: AccountDto): AccountPatch {
  const patch: AccountPatch = {};
  const label = form.label.trim();
  const baseUrl = form.baseUrl.trim() || null;
  if (form.region !== account.region) patch.region = form.region;
  if (form.model !== account.model) patch.model = form.model;
  if (label !== account.label) patch.label = label;
  if (baseUrl !== account.baseUrl) patch.baseUrl = baseUrl;
  if (form.key.trim()) patch.key = form.key.trim();
  return patch;
}
