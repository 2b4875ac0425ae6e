// Pure parser for Zhipu's resource packages (/api/biz/tokenAccounts/list/my). Only packages in
// force (status EFFECTIVE) count; unused, expired and cancelled ones would overstate what is left.
import type { AccountSnapshot, QuotaUnit, ResourcePackage } from '@contract';
import type { JsonRecord } from '../shared/json';
import { firstNum, firstStr, isRecord, str } from '../shared/json';
import { parseResponse, shapeError } from '../shared/response';
import { emptySnapshot, failedSnapshot } from '../shared/snapshot';
import { parseProviderTime } from '../shared/time';
import type { ParseContext } from '../types';
import { glmEnvelopeFailure } from './envelope';

function findRows(json: JsonRecord): unknown[] | null {
  // Observed without a data wrapper ({ total, rows }); accept the wrapped forms too.
  const data = json.data;
  const candidates: unknown[] = [json.rows, data];
  if (isRecord(data)) candidates.push(data.rows, data.list, data.records);
  const found = candidates.find((c) => Array.isArray(c));
  return found === undefined ? null : (found as unknown[]);
}

function packageUnit(row: JsonRecord): QuotaUnit {
  if (str(row.consumeType)?.toUpperCase() === 'TIMES') return 'calls';
  if (str(row.tokenPurpose)?.toUpperCase() === 'PRIVATE_INSTANCE') return 'credits';
  return 'tokens';
}

function toPackage(row: JsonRecord): ResourcePackage {
  const expires = row.packageExpirationTime ?? row.expirationTime ?? row.validDate;
  return {
    name: firstStr(row, ['resourcePackageName', 'packageName', 'name', 'suitableModel']) ?? 'package',
    model: str(row.suitableModel),
    unit: packageUnit(row),
    total: firstNum(row, ['tokensMagnitude', 'totalAmount']),
    remaining: firstNum(row, ['availableBalance', 'tokenBalance']),
    expiresAt: parseProviderTime(expires),
  };
}

/** Parses the package list into a snapshot holding only `packages`. */
export function parsePackages(body: unknown, ctx: ParseContext): AccountSnapshot {
  return parseResponse(body, ctx, (json) => {
    if (!isRecord(json)) return shapeError(ctx, 'not a JSON object');
    const failure = glmEnvelopeFailure(json, ctx, { codingPlan: false });
    if (failure) return failedSnapshot(ctx.provider, ctx.now, failure);
    const rows = findRows(json);
    if (rows === null) return shapeError(ctx, 'no rows array');
    const packages = rows
      .filter(isRecord)
      .filter((row) => str(row.status)?.toUpperCase() === 'EFFECTIVE')
      .map(toPackage);
    return { ...emptySnapshot(ctx.provider, ctx.now), packages };
  });
}
