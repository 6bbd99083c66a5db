import type { ReactNode } from 'react';

export interface FieldProps {
  label: ReactNode;
  /**
   * The id of the control the label names. Without it the label wraps the control, for the
   * fields whose control needs no id.
   */
  htmlFor?: string;
  /** A sentence under the control; `hintId` lets the control point at it (aria-describedby). */
  hint?: ReactNode;
  hintId?: string;
  /** Classes added to `field`. */
  className?: string;
  children: ReactNode;
}

/** A form field: its label above the control, and the hint that explains it below. */
export function Field({ label, htmlFor, hint, hintId, className, children }: FieldProps) {
  // A label that wraps its control may hold only phrasing content: its hint is a span, not a paragraph.
  const wraps = htmlFor === undefined;
  const Outer = wraps ? 'label' : 'div';
  const Hint = wraps ? 'span' : 'p';
  return (
    <Outer className={className ? `field ${className}` : 'field'}>
      {wraps ? (
        <span className="field__label">{label}</span>
      ) : (
        <label className="field__label" htmlFor={htmlFor}>
          {label}
        </label>
      )}
      {children}
      {hint !== undefined && (
        <Hint id={hintId} className="field__hint">
          {hint}
        </Hint>
      )}
    </Outer>
  );
}

/** The options of a select: one a value, named by `label`. */
export function Options<T extends string>({ values, label }: { values: readonly T[]; label: (value: T) => string }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}

/** The options of a select of things with an id and a title (maps, stages, votes…). */
export function TitledOptions({ items }: { items: readonly { id: string; title: string }[] | undefined }) {
  return (
    <>
      {items?.map((item) => (
        <option key={item.id} value={item.id}>
          {item.title}
        </option>
      ))}
    </>
  );
}
