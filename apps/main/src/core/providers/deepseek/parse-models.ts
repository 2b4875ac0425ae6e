// Pure parser for DeepSeek's /models (OpenAI-style list).
import type { ModelOption } from '@contract';
import { isRecord, str } from '../shared/json';
import { DEEPSEEK_MODEL_LABELS } from './descriptor';

/** The model options in a /models body, or null when the body is not such a list. */
export function parseDeepSeekModels(body: unknown): ModelOption[] | null {
  let json = body;
  if (typeof body === 'string') {
    try {
      json = JSON.parse(body) as unknown;
    } catch {
      return null;
    }
  }
  if (!isRecord(json) || !Array.isArray(json.data)) return null;
  const ids = json.data
    .filter(isRecord)
    .map((m) => str(m.id))
    .filter((id): id is string => id !== null);
  if (ids.length === 0) return null;
  return ids.map((id) => ({ id, label: DEEPSEEK_MODEL_LABELS[id] ?? id }));
}
