import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../apps/main/src/core/log/logger';
import { createHostApi } from '../../../../apps/main/src/electron/host-api';
import { createStatusBoard } from '../../../../apps/main/src/electron/status-board';
import { createFakeCore, statusOf } from './fake-core';

describe('createStatusBoard', () => {
  it('starts from status:list and follows updates and removals', async () => {
    const fake = createFakeCore({ statuses: [statusOf('a', 'idle', 'Work')] });
    const board = await createStatusBoard(createHostApi(fake.core.dispatcher, fake.events), silentLogger);
    let changes = 0;
    board.onChange(() => (changes += 1));
    expect(board.get('a')?.account.label).toBe('Work');
    fake.setStatus(statusOf('b', 'active'));
    fake.setStatus(statusOf('a', 'error', 'Work'));
    fake.removeStatus('b');
    fake.removeStatus('nope');
    expect(board.all().map((s) => [s.account.id, s.state])).toEqual([['a', 'error']]);
    expect(changes).toBe(3);
  });
});
