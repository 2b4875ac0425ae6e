// Every recorded payload parses to its expected result (set UPDATE_FIXTURES=1 to write missing
// expected files; review every one by hand before keeping it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASES, fixturePath, runCase, stem } from './cases';

const update = process.env.UPDATE_FIXTURES === '1';

describe('provider fixtures', () => {
  for (const c of CASES) {
    it(`${c.dir}/${c.file} (${c.source})`, () => {
      const expectedPath = fixturePath(c.dir, `${stem(c.file)}.expected.json`);
      const actual = JSON.parse(JSON.stringify(runCase(c))) as unknown;
      if (update && !existsSync(expectedPath))
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as unknown;
      expect(actual).toEqual(expected);
    });
  }

  it('covers every fixture file on disk', () => {
    const listed = new Set(
      CASES.flatMap((c) => [`${c.dir}/${c.file}`, `${c.dir}/${stem(c.file)}.expected.json`]),
    );
    for (const dir of ['glm', 'glm-coding-plan', 'minimax', 'deepseek']) {
      for (const file of readdirSync(fixturePath(dir, ''))) {
        expect(listed.has(`${dir}/${file}`), `${dir}/${file} is not in cases.ts`).toBe(true);
      }
    }
  });
});
