// Text settings commit when the user leaves the field or presses Enter, not on every keystroke: a
// half-typed value (a port, a number) must not reach the core.
import type { KeyboardEvent } from 'react';

/** Input props that run `commit` on blur and on Enter (Enter does not submit anything else). */
export function commitProps(commit: () => void) {
  return {
    onBlur: commit,
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        commit();
      }
    },
  };
}
