// A form field of the dialogs: a visible label tied to its control by id, the control, and the line
// under it (a hint or an error), in the stacked `.field` layout.
import type { ReactNode } from 'react';

interface FieldProps {
  /** The control's id; the label points at it. */
  id: string;
  label: string;
  /** Extra classes beside `field`, e.g. `field-narrow`. */
  className?: string;
  /** The line under the control (a `.field-msg` paragraph), or nothing. */
  message?: ReactNode;
  children: ReactNode;
}

/** A labelled form field wrapping one control. */
export function Field({ id, label, className, message, children }: FieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
      {message}
    </div>
  );
}
