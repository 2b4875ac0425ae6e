import { describe, expect, it } from 'vitest';
import {
  blankForm,
  formFromAccount,
  toInput,
  toPatch,
  validateForm,
} from '../../../../../apps/renderer/src/features/account-dialog/account-form';
import { acct } from '../../fixtures';

describe('account form', () => {
  it('starts with the provider default region', () => {
    expect(blankForm('glm', { defaultRegion: 'cn' } as never).region).toBe('cn');
    expect(blankForm('deepseek', undefined).region).toBeNull();
  });

  it('requires a name, and a key only when adding', () => {
    const f = { ...blankForm('deepseek', undefined) };
    expect(validateForm(f, 'add')).toEqual({ label: 'account.labelRequired', key: 'account.keyRequired' });
    expect(validateForm({ ...f, label: 'x' }, 'edit')).toEqual({});
  });

  it('trims what it sends and turns an empty base URL into null', () => {
    const input = toInput({
      provider: 'deepseek',
      region: null,
      model: null,
      label: '  DS ',
      key: ' sk-1 ',
      baseUrl: ' ',
    });
    expect(input).toEqual({
      provider: 'deepseek',
      region: null,
      model: null,
      label: 'DS',
      key: 'sk-1',
      baseUrl: null,
    });
  });

  it('an edit sends only changed fields, and the key only when one was typed', () => {
    const a = acct('a', { label: 'Work', model: 'glm-5' });
    const form = formFromAccount(a);
    expect(form.key).toBe('');
    expect(toPatch(form, a)).toEqual({});
    expect(toPatch({ ...form, label: 'Home ' }, a)).toEqual({ label: 'Home' });
    expect(toPatch({ ...form, key: ' new.key ' }, a)).toEqual({ key: 'new.key' });
  });
});
