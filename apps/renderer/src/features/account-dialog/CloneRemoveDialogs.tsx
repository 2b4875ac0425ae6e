// Clone (same key and settings, a new name) and remove (with confirmation) of an account.
import { useState } from 'react';
import type { AccountDto } from '@contract';
import { useI18n } from '../../i18n/I18nContext';
import { useApi, useRunAction } from '../../shared/ApiContext';
import { Field } from '../../shared/ui/Field';
import { Modal } from '../../shared/ui/Modal';
import { ModalActions } from '../../shared/ui/ModalActions';
import { useAppDispatch } from '../store';
import { dialogClosed, selected } from '../ui/ui-slice';

/** Asks for the clone's name, then clones. */
export function CloneDialog({ account }: { account: AccountDto }) {
  const { t } = useI18n();
  const api = useApi();
  const run = useRunAction();
  const dispatch = useAppDispatch();
  const [label, setLabel] = useState(t('account.cloneLabel', { label: account.label }));
  const [busy, setBusy] = useState(false);
  const close = () => dispatch(dialogClosed());
  const submit = async () => {
    if (!label.trim()) return;
    setBusy(true);
    const clone = await run(() => api.cloneAccount({ id: account.id, label: label.trim() }));
    setBusy(false);
    if (clone) {
      dispatch(selected(clone.id));
      close();
    }
  };
  return (
    <Modal
      title={t('account.cloneTitle', { label: account.label })}
      width="sm"
      onClose={close}
      onSubmit={() => void submit()}
      footer={
        <ModalActions
          onCancel={close}
          submitLabel={t('account.clone')}
          submitDisabled={busy || !label.trim()}
        />
      }
    >
      <p className="muted">{t('account.cloneHint')}</p>
      <Field id="clone-label" label={t('account.label')}>
        <input id="clone-label" className="input" value={label} onChange={(e) => setLabel(e.target.value)} />
      </Field>
    </Modal>
  );
}

/** Confirms, then removes the account and its history. */
export function RemoveDialog({ account }: { account: AccountDto }) {
  const { t } = useI18n();
  const api = useApi();
  const run = useRunAction();
  const dispatch = useAppDispatch();
  const [busy, setBusy] = useState(false);
  const close = () => dispatch(dialogClosed());
  const submit = async () => {
    setBusy(true);
    const done = await run(() => api.removeAccount({ id: account.id }).then(() => true));
    setBusy(false);
    if (done) {
      dispatch(selected(null));
      close();
    }
  };
  return (
    <Modal
      title={t('account.removeTitle', { label: account.label })}
      width="sm"
      tone="danger"
      onClose={close}
      onSubmit={() => void submit()}
      footer={
        <ModalActions
          onCancel={close}
          tone="danger"
          submitLabel={t('account.remove')}
          submitDisabled={busy}
        />
      }
    >
      <p>{t('account.removeBody')}</p>
    </Modal>
  );
}
