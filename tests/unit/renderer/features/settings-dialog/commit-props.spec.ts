import type { KeyboardEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { commitProps } from '../../../../../apps/renderer/src/features/settings-dialog/commit-props';

function keyEvent(key: string) {
  const event = { key, prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
}

describe('commitProps (settings text inputs)', () => {
  it('commits on blur', () => {
    let commits = 0;
    commitProps(() => commits++).onBlur();
    expect(commits).toBe(1);
  });

  it('commits on Enter and keeps Enter from submitting the sheet', () => {
    let commits = 0;
    const e = keyEvent('Enter');
    commitProps(() => commits++).onKeyDown(e as unknown as KeyboardEvent<HTMLInputElement>);
    expect(commits).toBe(1);
    expect(e.prevented).toBe(true);
  });

  it('leaves other keys to the input', () => {
    let commits = 0;
    const e = keyEvent('a');
    commitProps(() => commits++).onKeyDown(e as unknown as KeyboardEvent<HTMLInputElement>);
    expect(commits).toBe(0);
    expect(e.prevented).toBe(false);
  });
});
