// Renders the one dialog the store says is open.
import { AccountDialog } from '../features/account-dialog/AccountDialog';
import { CloneDialog, RemoveDialog } from '../features/account-dialog/CloneRemoveDialogs';
import { selectAccountById } from '../features/list/selectors';
import { SettingsDialog } from '../features/settings-dialog/SettingsDialog';
import { useAppSelector } from '../features/store';

/** The open dialog, if any. */
export function DialogHost() {
  const dialog = useAppSelector((s) => s.ui.dialog);
  const account = useAppSelector((s) =>
    dialog && 'id' in dialog ? selectAccountById(s, dialog.id) : undefined,
  );
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'add':
      return <AccountDialog account={null} />;
    case 'settings':
      return <SettingsDialog />;
    case 'edit':
      return account ? <AccountDialog key={account.id} account={account} /> : null;
    case 'clone':
      return account ? <CloneDialog account={account} /> : null;
    case 'remove':
      return account ? <RemoveDialog account={account} /> : null;
  }
}
