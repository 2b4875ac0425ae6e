import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable } from '../../../../../apps/main/src/cli/format/table';

describe('renderTable', () => {
  it('aligns columns by display width, wide characters counting two', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('智谱')).toBe(4);
    const text = renderTable(
      ['LABEL', 'STATE'],
      [
        ['智谱 Pro', 'active'],
        ['DeepSeek', 'idle'],
      ],
    );
    const lines = text.split('\n');
    expect(lines).toEqual(['LABEL     STATE', '智谱 Pro  active', 'DeepSeek  idle']);
    const stateColumn = lines.map((l) => displayWidth(l.slice(0, l.lastIndexOf(' ') + 1)));
    expect(new Set(stateColumn).size).toBe(1);
  });

  it('leaves no trailing spaces and fills missing cells', () => {
    const text = renderTable(['A', 'B', 'C'], [['x', '', ''], ['longer']]);
    for (const line of text.split('\n')) expect(line).toBe(line.trimEnd());
    expect(text.split('\n')).toHaveLength(3);
  });
});
