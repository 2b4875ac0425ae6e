import { describe, expect, it } from 'vitest';
import { defaultMachineId } from '../../../../../apps/main/src/core/vault/machine-id';

describe('defaultMachineId', () => {
  it('returns the same non-empty id on every call', async () => {
    const id = await defaultMachineId();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(await defaultMachineId()).toBe(id);
  });
});
