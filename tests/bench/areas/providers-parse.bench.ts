// providers.parse_<provider>_per_s: how many snapshots per second each pure parser produces from a
// realistic recorded payload (the body string as the HTTP client hands it over, JSON.parse
// included). Target >= 10000 each: parsing must never be what limits a refresh.
import { readFileSync } from 'node:fs';
import type { AccountSnapshot, ProviderId } from '@contract';
import { parseDeepSeekBalance } from '../../../apps/main/src/core/providers/deepseek/parse-balance';
import { parseAccountReport } from '../../../apps/main/src/core/providers/glm/parse-account';
import { parsePackages } from '../../../apps/main/src/core/providers/glm/parse-packages';
import { parseQuotaLimit } from '../../../apps/main/src/core/providers/glm-coding-plan/parse-quota';
import { parseRemains } from '../../../apps/main/src/core/providers/minimax/parse-remains';
import type { ParseContext } from '../../../apps/main/src/core/providers/types';
import type { BenchArea, BenchResult } from '../harness';
import { atLeast, median, nowMs, repeat } from '../harness';

const fixture = (dir: string, file: string): string =>
  readFileSync(new URL(`../../providers/${dir}/${file}`, import.meta.url), 'utf8');

const ctx = (provider: ProviderId, region: ParseContext['region']): ParseContext => ({
  provider,
  now: 1789650000000,
  region,
  httpStatus: 200,
  headers: {},
});

interface Subject {
  provider: ProviderId;
  /** One full snapshot's worth of parsing. */
  parse: () => AccountSnapshot;
}

function subjects(): Subject[] {
  const account = fixture('glm', 'account-report.bigmodel.json');
  const packages = fixture('glm', 'packages.json');
  const quota = fixture('glm-coding-plan', 'quota.zai-pro-2026-06-29.json');
  const cn = fixture('minimax', 'token-plan.data-wrapped.json');
  const global = fixture('minimax', 'token-plan.global-live.json');
  const deepseek = fixture('deepseek', 'balance.two-currencies.json');
  const glmCtx = ctx('glm', 'cn');
  return [
    {
      provider: 'glm',
      // A GLM snapshot is the account report plus the package list.
      parse: () => {
        const s = parseAccountReport(account, glmCtx);
        s.packages = parsePackages(packages, glmCtx).packages;
        return s;
      },
    },
    { provider: 'glm-coding-plan', parse: () => parseQuotaLimit(quota, ctx('glm-coding-plan', 'global')) },
    {
      provider: 'minimax-cn',
      parse: () => parseRemains(cn, { ...ctx('minimax-cn', null), endpoint: 'token_plan' }),
    },
    {
      provider: 'minimax-global',
      parse: () => parseRemains(global, { ...ctx('minimax-global', null), endpoint: 'token_plan' }),
    },
    { provider: 'deepseek', parse: () => parseDeepSeekBalance(deepseek, ctx('deepseek', null)) },
  ];
}

/** Snapshots per second over about `budgetMs` of continuous parsing. */
function throughput(parse: () => AccountSnapshot, budgetMs: number): number {
  let count = 0;
  const start = nowMs();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    for (let i = 0; i < 500; i++) {
      if (parse().status !== 'ok') throw new Error('benchmark fixture did not parse');
    }
    count += 500;
    elapsed = nowMs() - start;
  }
  return (count / elapsed) * 1000;
}

const area: BenchArea = {
  area: 'providers',
  async run(log) {
    const results: BenchResult[] = [];
    const runs = 5;
    for (const subject of subjects()) {
      const values = await repeat(runs, () => throughput(subject.parse, 200), 1);
      const value = Math.round(median(values));
      const name = `providers.parse_${subject.provider.replace(/-/g, '_')}_per_s`;
      log(`${name}: ${values.map((v) => Math.round(v)).join(', ')}`);
      results.push(atLeast(name, value, 'snapshots/s', 10_000, runs));
    }
    return results;
  },
};

export default area;
