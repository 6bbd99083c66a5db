import { useEffect, useState, type InputHTMLAttributes } from 'react';

export interface CommitFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement & HTMLTextAreaElement>, 'value' | 'onChange' | 'onBlur'> {
  value: string;
  /** Called on blur (and Enter in a single-line field) when the text changed. */
  onCommit: (value: string) => void;
  /** Refuse an empty value: the field goes back to the stored text. */
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  /** A multiline field that still saves on Enter: a title that may wrap. */
  enterCommits?: boolean;
}

/**
 * A text field that saves when it loses focus. It follows changes made elsewhere (undo, another
 * window) while the user is not editing it.
 */
export function CommitField({ value, onCommit, required, multiline, rows, enterCommits, ...rest }: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);

  const commit = (): void => {
    const next = draft.trim();
    if (required && !next) {
      setDraft(value);
      return;
    }
    if (next !== value) onCommit(next);
  };

  if (multiline) {
    return (
      <textarea
        {...rest}
        rows={rows}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (enterCommits && event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            event.currentTarget.blur();
          }
        }}
      />
    );
  }
  return (
    <input
      {...rest}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          const field = event.currentTarget;
          setDraft(value);
          requestAnimationFrame(() => field.blur());
        }
      }}
    />
  );
}
