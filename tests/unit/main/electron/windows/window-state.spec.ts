import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createWindowStateStore,
  sanitizeWindowState,
} from '../../../../../apps/main/src/electron/windows/window-state';

const tempFile = (): string =>
  join(mkdtempSync(join(tmpdir(), 'cpms-window-state-')), 'nested', 'window-state.json');

describe('window state store', () => {
  it('remembers geometry across store instances (a restart)', () => {
    const file = tempFile();
    const first = createWindowStateStore(file);
    expect(first.get()).toEqual({});
    first.update({ dashboard: { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true } });
    first.update({ widget: { x: 5, y: 6 } });
    const second = createWindowStateStore(file);
    expect(second.get()).toEqual({
      dashboard: { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true },
      widget: { x: 5, y: 6 },
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(second.get());
  });

  it('starts from defaults when the file is damaged', () => {
    const file = tempFile();
    createWindowStateStore(file).update({ widget: { x: 1, y: 2 } });
    writeFileSync(file, '{"widget": {"x": 1, "y"');
    expect(createWindowStateStore(file).get()).toEqual({});
  });

  it('keeps only well-formed parts', () => {
    expect(
      sanitizeWindowState({
        dashboard: { bounds: { x: 0, y: 0, width: 0, height: 10 }, maximized: true },
        widget: { x: 'a', y: 2 },
      }),
    ).toEqual({});
    expect(sanitizeWindowState({ widget: { x: 1, y: 2, extra: true } })).toEqual({ widget: { x: 1, y: 2 } });
    expect(sanitizeWindowState(null)).toEqual({});
  });
});
