// Remembered window geometry in a small JSON file in userData. A missing or damaged file only means
// default placement, never a failed start.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Rect } from './placement';

export interface WindowState {
  dashboard?: { bounds: Rect; maximized: boolean };
  widget?: { x: number; y: number };
}

export interface WindowStateStore {
  get(): WindowState;
  /** Merges `patch` into the state and writes the file. */
  update(patch: WindowState): void;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isRect(v: unknown): v is Rect {
  const r = v as Partial<Rect> | null;
  return typeof r === 'object' && r !== null && isNum(r.x) && isNum(r.y) && isNum(r.width) && isNum(r.height);
}

/** Keeps only the well-formed parts of what was read from disk. */
export function sanitizeWindowState(raw: unknown): WindowState {
  const out: WindowState = {};
  if (typeof raw !== 'object' || raw === null) return out;
  const { dashboard, widget } = raw as Record<string, unknown>;
  const d = dashboard as { bounds?: unknown; maximized?: unknown } | undefined;
  if (d && isRect(d.bounds) && d.bounds.width > 0 && d.bounds.height > 0) {
    out.dashboard = { bounds: d.bounds, maximized: d.maximized === true };
  }
  const w = widget as { x?: unknown; y?: unknown } | undefined;
  if (w && isNum(w.x) && isNum(w.y)) out.widget = { x: w.x, y: w.y };
  return out;
}

function read(file: string): WindowState {
  try {
    return sanitizeWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return {};
  }
}

/** Opens the state file (created on first write); writes go through a temp file and a rename. */
export function createWindowStateStore(file: string): WindowStateStore {
  let state = read(file);
  return {
    get: () => state,
    update(patch) {
      state = { ...state, ...patch };
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(`${file}.tmp`, JSON.stringify(state));
        renameSync(`${file}.tmp`, file);
      } catch {
        // Losing a window position is not worth failing a close over.
      }
    },
  };
}
