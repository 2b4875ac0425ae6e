// A section named by its own heading (aria-labelledby), so screen readers list it as a region with
// that name. Two looks: a section of the detail panel and a group of the settings sheet.
import type { ReactNode } from 'react';

const LOOKS = {
  detail: { section: 'detail-section', title: 'section-title' },
  settings: { section: 'group', title: 'group-title' },
} as const;

interface SectionProps {
  /** The heading's id. */
  id: string;
  title: string;
  look: keyof typeof LOOKS;
  children: ReactNode;
}

/** A headed section labelled by its heading. */
export function Section({ id, title, look, children }: SectionProps) {
  const classes = LOOKS[look];
  return (
    <section className={classes.section} aria-labelledby={id}>
      <h3 id={id} className={classes.title}>
        {title}
      </h3>
      {children}
    </section>
  );
}
