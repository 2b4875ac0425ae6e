// A small structured logger. Lines are redacted before they are written; the sink is swappable so
// tests can capture every byte and check that no key ever appears.
import { redact } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogSink = (line: string) => void;

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(scope: string): Logger;
}

function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}

/** Creates a logger writing redacted JSON lines at or above `level` to `sink` (stderr by default). */
export function createLogger(options: { level?: LogLevel; sink?: LogSink; scope?: string } = {}): Logger {
  const level = options.level ?? (process.env.CPMS_LOG_LEVEL as LogLevel | undefined) ?? 'info';
  const sink = options.sink ?? ((line: string) => process.stderr.write(`${line}\n`));
  const scope = options.scope ?? 'cpms';
  const write = (lvl: LogLevel, message: string, fields?: Record<string, unknown>): void => {
    if (ORDER[lvl] < ORDER[level]) return;
    const entry: Record<string, unknown> = { t: new Date().toISOString(), level: lvl, scope, msg: message };
    if (fields) for (const [k, v] of Object.entries(fields)) entry[k] = describe(v);
    sink(redact(JSON.stringify(entry)));
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (child) => createLogger({ level, sink, scope: `${scope}.${child}` }),
  };
}

/** A logger that drops everything (CLI `--json` paths, benchmarks). */
export const silentLogger: Logger = createLogger({ level: 'error', sink: () => undefined });
