import { useEffect, useId, useState } from 'react';
import { MAX_DOTS, MAX_PER_ITEM, MIN_DOTS, MIN_PER_ITEM, type VotingRules } from '../../../shared/domain/voting';
import { useI18n } from '../i18n';

/** A whole-number field that reports only values inside its range, and shows the last good one on blur. */
function CountField({ label, value, min, max, onChange }: { label: string; value: number; min: number; max: number; onChange: (n: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  return (
    <label className="field rules__count">
      <span className="field__label">{label}</span>
      <input
        className="input"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          const n = Number(event.target.value);
          if (event.target.value !== '' && Number.isInteger(n) && n >= min && n <= max && n !== value) onChange(n);
        }}
        onBlur={() => setDraft(String(value))}
      />
    </label>
  );
}

/** Dots per voter, the cap on one item, named or anonymous. */
export function RulesFields({ rules, onChange }: { rules: VotingRules; onChange: (rules: VotingRules) => void }) {
  const { t } = useI18n();
  const name = useId();
  return (
    <div className="rules">
      <div className="rules__counts">
        <CountField
          label={t('voting.rules.dots')}
          value={rules.dotsPerVoter}
          min={MIN_DOTS}
          max={MAX_DOTS}
          onChange={(dotsPerVoter) => onChange({ ...rules, dotsPerVoter })}
        />
        <CountField
          label={t('voting.rules.perItem')}
          value={rules.maxPerItem}
          min={MIN_PER_ITEM}
          max={MAX_PER_ITEM}
          onChange={(maxPerItem) => onChange({ ...rules, maxPerItem })}
        />
      </div>
      <div className="rules__mode" role="radiogroup" aria-label={t('voting.rules.mode')}>
        <label className="choice">
          <input type="radio" name={name} checked={!rules.anonymous} onChange={() => onChange({ ...rules, anonymous: false })} />
          <span>
            <strong>{t('voting.rules.named')}</strong>
            <span className="choice__hint">{t('voting.rules.named.hint')}</span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name={name} checked={rules.anonymous} onChange={() => onChange({ ...rules, anonymous: true })} />
          <span>
            <strong>{t('voting.rules.anonymous')}</strong>
            <span className="choice__hint">{t('voting.rules.anonymous.hint')}</span>
          </span>
        </label>
      </div>
    </div>
  );
}
