import { useEffect, useId, useState } from 'react';
import { formatDay, formatDayInput, parseDayInput } from '../../../shared/domain/clock-format';
import { useI18n } from '../i18n';
import './date-field.css';

export interface DateFieldProps {
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  /** A valid YYYY-MM-DD, or '' when the field is emptied (and not required). */
  onChange: (value: string) => void;
  id?: string;
  className?: string;
  'aria-label'?: string;
  required?: boolean;
  disabled?: boolean;
  /** Tell the parent only when the field loses focus (fields that save on blur). */
  commitOnBlur?: boolean;
  /** Show the date written out ("1er décembre 2026") under the field. */
  showLong?: boolean;
}

/**
 * A date typed day first ("01/12/2026") with its placeholder in the interface's language. The
 * browser's own date input follows the browser's locale ("mm/dd/yyyy" in a French interface on
 * an American browser); this one follows the interface, whatever the machine.
 */
export function DateField({ value, onChange, id, className, required, disabled, commitOnBlur, showLong, ...rest }: DateFieldProps) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(formatDayInput(value));
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  const longId = useId();
  useEffect(() => setText(formatDayInput(value)), [value]);

  const read = (typed: string): string | null => (typed.trim() === '' ? (required ? null : '') : parseDayInput(typed));

  return (
    <span className="date-field">
      <input
        id={id}
        className={className ?? 'input'}
        value={text}
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        required={required}
        disabled={disabled}
        aria-label={rest['aria-label']}
        aria-invalid={invalid || undefined}
        aria-describedby={[invalid ? errorId : '', showLong && value ? longId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = read(event.target.value);
          if (parsed !== null) setInvalid(false);
          if (parsed !== null && !commitOnBlur && parsed !== value) onChange(parsed);
        }}
        onBlur={() => {
          const parsed = read(text);
          if (parsed === null) {
            setInvalid(true);
            return;
          }
          setInvalid(false);
          setText(formatDayInput(parsed));
          if (parsed !== value) onChange(parsed);
        }}
      />
      {invalid && (
        <span id={errorId} className="field__error" role="alert">
          {t('date.invalid')}
        </span>
      )}
      {showLong && value && !invalid && (
        <span id={longId} className="field__hint">
          {formatDay(value, lang)}
        </span>
      )}
    </span>
  );
}
