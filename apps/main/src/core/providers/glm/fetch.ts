// Fetches a Zhipu pay-as-you-go account: the cash report decides the status; packages are best
// effort (some accounts answer 401 there with a key that works for the report).
import type { AccountSnapshot } from '@contract';
import { isAbortError } from '../../http/errors';
import type { ProviderSession } from '../shared/session';
import { GLM_ACCOUNT_PATH, GLM_PACKAGES_PATH } from './descriptor';
import { createZhipuJwt, splitZhipuKey } from './jwt';
import { parseAccountReport } from './parse-account';
import { parsePackages } from './parse-packages';
import { snapshotError } from '../shared/response';
import { failedSnapshot } from '../shared/snapshot';

type AuthKind = 'plain' | 'jwt';

async function authorization(kind: AuthKind, session: ProviderSession): Promise<string> {
  if (kind === 'plain') return `Bearer ${session.key}`;
  const token = await createZhipuJwt(session.key, session.deps.now());
  session.addSecret(token);
  return `Bearer ${token}`;
}

function attempts(session: ProviderSession): AuthKind[] {
  const mode = session.target.settings?.glmAuthMode ?? 'auto';
  if (mode === 'plain') return ['plain'];
  if (mode === 'jwt') return ['jwt'];
  // auto: the plain key is what Zhipu expects today; the JWT is tried once when it is refused,
  // and only for keys that can make one.
  return splitZhipuKey(session.key) ? ['plain', 'jwt'] : ['plain'];
}

async function addPackages(session: ProviderSession, auth: string, snapshot: AccountSnapshot): Promise<void> {
  try {
    const res = await session.get(GLM_PACKAGES_PATH, { authorization: auth });
    const parsed = parsePackages(res.body, session.context(res));
    if (parsed.status === 'ok') snapshot.packages = parsed.packages;
    else session.deps.logger?.debug('glm packages unavailable', { status: parsed.status });
  } catch (error) {
    if (isAbortError(error)) throw error;
    session.deps.logger?.debug('glm packages unavailable', { error });
  }
}

/** One snapshot of a GLM pay-as-you-go account. */
export async function fetchGlm(session: ProviderSession): Promise<AccountSnapshot> {
  const kinds = attempts(session);
  if (kinds[0] === 'jwt' && !splitZhipuKey(session.key)) {
    return failedSnapshot(
      'glm',
      session.deps.now(),
      snapshotError('auth_error', 'JWT authentication needs a key of the form id.secret'),
    );
  }
  let snapshot: AccountSnapshot | null = null;
  let auth = '';
  for (const kind of kinds) {
    auth = await authorization(kind, session);
    const res = await session.get(GLM_ACCOUNT_PATH, { authorization: auth });
    snapshot = parseAccountReport(res.body, session.context(res));
    if (snapshot.status !== 'auth_error') break;
  }
  if (!snapshot) throw new Error('no authentication attempt was made');
  if (snapshot.status === 'auth_error' && kinds.length > 1 && snapshot.error) {
    snapshot.error.message = `${snapshot.error.message} (plain key and JWT both refused)`;
  }
  if (snapshot.status === 'ok') await addPackages(session, auth, snapshot);
  return snapshot;
}
