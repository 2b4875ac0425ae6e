// Add or edit an account: provider, region, model, name, key (checked as typed), an optional base
// URL, "Test connection" before saving. After saving, the key is only ever shown masked.
import { useState } from 'react';
import type { AccountDto, AccountSnapshot, ProviderId } from '@contract';
import { useI18n } from '../../i18n/I18nContext';
import { useApi } from '../../shared/ApiContext';
import { Field } from '../../shared/ui/Field';
import { Modal } from '../../shared/ui/Modal';
import { ModalActions } from '../../shared/ui/ModalActions';
import { noticeShown } from '../alerts/alerts-slice';
import { useAppDispatch, useAppSelector } from '../store';
import { dialogClosed, selected } from '../ui/ui-slice';
import type { AccountForm } from './account-form';
import { blankForm, formFromAccount, toInput, toPatch, validateForm } from './account-form';
import { KeyField } from './KeyField';
import { ProviderFields } from './ProviderFields';
import { TestResult } from './TestResult';

type Busy = 'idle' | 'testing' | 'saving';

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The add dialog (no `account`) or the edit dialog of `account`. */
export function AccountDialog({ account }: { account: AccountDto | null }) {
  const { t } = useI18n();
  const api = useApi();
  const dispatch = useAppDispatch();
  const providers = useAppSelector((s) => s.session.providers);
  const mode = account ? 'edit' : 'add';
  const [form, setForm] = useState<AccountForm>(() =>
    account
      ? formFromAccount(account)
      : blankForm(
          'glm-coding-plan',
          providers.find((p) => p.id === 'glm-coding-plan'),
        ),
  );
  const [busy, setBusy] = useState<Busy>('idle');
  const [tested, setTested] = useState<AccountSnapshot | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const info = providers.find((p) => p.id === form.provider);
  const errors = validateForm(form, mode);
  const close = () => dispatch(dialogClosed());

  const change = (patch: Partial<AccountForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setTested(null);
    setFailure(null);
  };
  const changeProvider = (provider: ProviderId) =>
    change({
      ...blankForm(
        provider,
        providers.find((p) => p.id === provider),
      ),
      label: form.label,
      key: form.key,
    });

  const test = async () => {
    if (mode === 'add' && errors.key) {
      setShowErrors(true);
      return;
    }
    setBusy('testing');
    setFailure(null);
    try {
      setTested(
        await api.testConnection(
          account ? { id: account.id, patch: toPatch(form, account) } : { input: toInput(form) },
        ),
      );
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setBusy('idle');
    }
  };

  const save = async () => {
    setShowErrors(true);
    if (errors.label || errors.key) return;
    setBusy('saving');
    setFailure(null);
    try {
      const saved = account
        ? await api.updateAccount({ id: account.id, patch: toPatch(form, account) })
        : await api.addAccount(toInput(form));
      dispatch(noticeShown({ text: t('account.saved', { mask: saved.keyMask }), tone: 'info' }));
      dispatch(selected(saved.id));
      close();
    } catch (e) {
      setFailure(errorText(e));
      setBusy('idle');
    }
  };

  const title = account ? t('account.editTitle', { label: account.label }) : t('account.addTitle');
  return (
    <Modal
      title={title}
      onClose={close}
      onSubmit={() => void save()}
      footer={
        <ModalActions
          leading={
            <button type="button" className="btn" disabled={busy !== 'idle'} onClick={() => void test()}>
              {busy === 'testing' ? t('account.testing') : t('account.test')}
            </button>
          }
          onCancel={close}
          submitLabel={busy === 'saving' ? t('account.saving') : t('account.save')}
          submitDisabled={busy !== 'idle'}
        />
      }
    >
      <ProviderFields
        form={form}
        info={info}
        accountId={account?.id ?? null}
        onProvider={changeProvider}
        onChange={change}
      />
      <Field
        id="account-label"
        label={t('account.label')}
        message={showErrors && errors.label ? <p className="field-msg msg-error">{t(errors.label)}</p> : null}
      >
        <input
          id="account-label"
          className="input"
          value={form.label}
          placeholder={t('account.labelPlaceholder')}
          aria-invalid={showErrors && !!errors.label}
          onChange={(e) => change({ label: e.target.value })}
        />
      </Field>
      <KeyField
        provider={form.provider}
        value={form.key}
        onChange={(key) => change({ key })}
        hint={info?.keyFormatHint ?? '…'}
        savedMask={account?.keyMask ?? null}
        error={showErrors && errors.key ? t(errors.key) : null}
      />
      <details className="advanced">
        <summary>{t('account.advanced')}</summary>
        <Field
          id="account-baseurl"
          label={t('account.baseUrl')}
          message={<p className="field-msg muted">{t('account.baseUrlHint')}</p>}
        >
          <input
            id="account-baseurl"
            className="input mono"
            value={form.baseUrl}
            placeholder={
              form.region
                ? (info?.defaultBaseUrl[form.region] ?? '')
                : (Object.values(info?.defaultBaseUrl ?? {})[0] ?? '')
            }
            onChange={(e) => change({ baseUrl: e.target.value })}
          />
        </Field>
      </details>
      {tested ? <TestResult snapshot={tested} /> : null}
      {failure ? (
        <p className="form-error" role="alert">
          {t('common.error', { message: failure })}
        </p>
      ) : null}
    </Modal>
  );
}
