// A small set of line icons drawn on a 16-unit grid, so the app ships no icon font or library.
import type { ReactNode } from 'react';

export type IconName =
  | 'plus'
  | 'close'
  | 'refresh'
  | 'pause'
  | 'play'
  | 'gear'
  | 'copy'
  | 'warning'
  | 'search'
  | 'trash'
  | 'edit'
  | 'clone'
  | 'chevron'
  | 'eye'
  | 'eyeOff'
  | 'check'
  | 'info'
  | 'offline'
  | 'external'
  | 'sortAsc'
  | 'sortDesc';

const PATHS: Record<IconName, ReactNode> = {
  plus: <path d="M8 3v10M3 8h10" />,
  close: <path d="M4 4l8 8M12 4l-8 8" />,
  refresh: <path d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5V5h-2.5" />,
  pause: <path d="M5.5 3.5v9M10.5 3.5v9" />,
  play: <path d="M5 3.2v9.6L12.6 8z" />,
  gear: (
    <>
      <circle cx="8" cy="8" r="2" />
      <path d="M8 1.8v1.8M8 12.4v1.8M1.8 8h1.8M12.4 8h1.8M3.6 3.6l1.3 1.3M11.1 11.1l1.3 1.3M3.6 12.4l1.3-1.3M11.1 4.9l1.3-1.3" />
      <circle cx="8" cy="8" r="4.4" />
    </>
  ),
  copy: (
    <>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 5.5V4A1.5 1.5 0 0 0 9 2.5H4A1.5 1.5 0 0 0 2.5 4v5A1.5 1.5 0 0 0 4 10.5h1.5" />
    </>
  ),
  warning: (
    <>
      <path d="M8 2.2l6.3 11.1H1.7z" />
      <path d="M8 6.4v3.2M8 11.3v.1" />
    </>
  ),
  search: (
    <>
      <circle cx="7" cy="7" r="4.3" />
      <path d="M10.2 10.2l3.6 3.6" />
    </>
  ),
  trash: <path d="M2.8 4.5h10.4M6.3 4.5V2.8h3.4v1.7M4.3 4.5l.6 8.7h6.2l.6-8.7" />,
  edit: <path d="M10.6 2.6l2.8 2.8-7.8 7.8H2.8v-2.8z" />,
  clone: (
    <>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M8 8.5v3M6.5 10h3" />
      <path d="M10.5 5.5V4A1.5 1.5 0 0 0 9 2.5H4A1.5 1.5 0 0 0 2.5 4v5A1.5 1.5 0 0 0 4 10.5h1.5" />
    </>
  ),
  chevron: <path d="M4 6l4 4 4-4" />,
  eye: (
    <>
      <path d="M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8z" />
      <circle cx="8" cy="8" r="2" />
    </>
  ),
  eyeOff: (
    <path d="M2 2l12 12M6.6 3.7A6.7 6.7 0 0 1 8 3.5c4 0 6.5 4.5 6.5 4.5a11 11 0 0 1-1.7 2.2M4.3 4.9A10.6 10.6 0 0 0 1.5 8S4 12.5 8 12.5a6.4 6.4 0 0 0 3.4-1" />
  ),
  check: <path d="M3.5 8.5l3 3 6-7" />,
  info: (
    <>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 7.2v4M8 4.8v.1" />
    </>
  ),
  offline: (
    <path d="M2 2l12 12M4.5 7.3a6 6 0 0 1 2-1.1M1.6 5A9.6 9.6 0 0 1 4 3.6M9.8 6.2a6 6 0 0 1 1.7 1.1M11.9 3.5A9.6 9.6 0 0 1 14.4 5M6.4 10a2.5 2.5 0 0 1 3.2 0M8 12.5v.1" />
  ),
  external: (
    <path d="M9 2.5h4.5V7M13.5 2.5L7.5 8.5M11.5 9.5v3a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3" />
  ),
  sortAsc: <path d="M4.5 9.5L8 6l3.5 3.5" />,
  sortDesc: <path d="M4.5 6.5L8 10l3.5-3.5" />,
};

/** A decorative icon; the control around it carries the accessible name. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
