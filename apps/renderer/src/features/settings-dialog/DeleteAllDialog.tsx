// "Delete all data" with a typed confirmation: the button stays disabled until the word is typed.
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useApi, useRunAction } from '../../shared/ApiContext';
import { Modal } from '../../shared/ui/Modal';
import { ModalActions } from '../../shared/ui/ModalActions';

const WORD = 'DELETE';

/** The confirmation sheet; `onDone` runs after the core erased everything. */
export function DeleteAllDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const run = useRunAction();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const ready = typed.trim() === WORD;
  const submit = async () => {
    if (!ready) return;
    setBusy(true);
    const ok = await run(() => api.deleteAllData({ confirm: WORD }).then(() => true));
    setBusy(false);
    if (ok) onDone();
  };
  return (
    <Modal
      title={t('settings.deleteTitle')}
      width="sm"
      tone="danger"
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <ModalActions
          onCancel={onClose}
          tone="danger"
          submitLabel={t('settings.deleteConfirm')}
          submitDisabled={!ready || busy}
        />
      }
    >
      <p>{t('settings.deleteBody', { word: WORD })}</p>
      <input
        className="input mono"
        aria-label={t('settings.deleteInput')}
        autoComplete="off"
        spellCheck={false}
        value={typed}
        placeholder={WORD}
        onChange={(e) => setTyped(e.target.value)}
      />
    </Modal>
  );
}
