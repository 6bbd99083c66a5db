import { useId } from 'react';
import { MAX_VOTER_NAME } from '../../../shared/domain/voting';

/** A voter's name, typed or picked from the names offered (those who have not voted yet). */
export function VoterNameField({
  label,
  value,
  names,
  className,
  required,
  onChange,
}: {
  label: string;
  value: string;
  names: readonly string[];
  className?: string;
  required?: boolean;
  onChange: (name: string) => void;
}) {
  const listId = useId();
  return (
    <label className={className ? `field ${className}` : 'field'}>
      <span className="field__label">{label}</span>
      <input
        className="input"
        value={value}
        maxLength={MAX_VOTER_NAME}
        list={listId}
        autoComplete="off"
        required={required}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
    </label>
  );
}
