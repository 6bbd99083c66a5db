import { useId } from 'react';
import { canAddDot, dotsUsed, type Ballot, type DotCounts, type VotingItem, type VotingRules } from '../../../shared/domain/voting';
import { useI18n } from '../i18n';
import { itemOrigin } from './labels';
import { GroupMembers } from './GroupMembers';

/** The ballot main expects: items with at least one dot, in the session's item order. */
export function toBallot(items: readonly VotingItem[], dots: DotCounts): Ballot {
  return items.filter((item) => (dots[item.id] ?? 0) > 0).map((item) => ({ itemId: item.id, count: dots[item.id] ?? 0 }));
}

export interface DotPickerProps {
  items: readonly VotingItem[];
  rules: VotingRules;
  dots: DotCounts;
  onChange: (dots: DotCounts) => void;
  /** large: the pass-the-laptop screen; compact: the facilitator's proxy form. */
  size: 'large' | 'compact';
  label: string;
}

/**
 * Tap an item to put a dot on it, the minus to take one back. Caps are enforced here (the add
 * button says why it does nothing) and again by main. Add buttons stay focusable when capped so a
 * keyboard user keeps their place.
 */
export function DotPicker({ items, rules, dots, onChange, size, label }: DotPickerProps) {
  const { t, tc } = useI18n();
  const baseId = useId();
  const used = dotsUsed(dots);
  const change = (itemId: string, delta: 1 | -1): void => {
    const count = (dots[itemId] ?? 0) + delta;
    if (delta === 1 && !canAddDot(rules, dots, itemId)) return;
    if (count < 0) return;
    const next = { ...dots, [itemId]: count };
    if (count === 0) delete next[itemId];
    onChange(next);
  };

  return (
    <ul className={`dot-picker dot-picker--${size}`} aria-label={label}>
      {items.map((item) => {
        const count = dots[item.id] ?? 0;
        const itemFull = count >= rules.maxPerItem;
        const allUsed = used >= rules.dotsPerVoter;
        const blocked = itemFull || allUsed;
        const origin = itemOrigin(item, t);
        return (
          <li key={item.id} className={count > 0 ? 'dot-item is-chosen' : 'dot-item'}>
            <button
              type="button"
              className="dot-item__add"
              aria-disabled={blocked}
              aria-label={t('voting.dots.add', { text: item.text })}
              aria-describedby={`${baseId}-${item.id}`}
              onClick={() => change(item.id, 1)}
            >
              <span className="dot-item__text">{item.text}</span>
              <span className="dot-item__hint">
                {itemFull ? tc('voting.dots.itemFull', rules.maxPerItem) : allUsed && count === 0 ? t('voting.dots.noneLeft') : origin}
              </span>
            </button>
            <div className="dot-item__tally">
              <span className="dot-item__dots" aria-hidden="true">
                {Array.from({ length: rules.maxPerItem }, (_, i) => (
                  <span key={i} className={i < count ? 'vote-dot is-on' : 'vote-dot'} />
                ))}
              </span>
              <span className="dot-item__count" id={`${baseId}-${item.id}`}>
                <span aria-hidden="true">{count}</span>
                <span className="visually-hidden">{tc('voting.dots.count', count)}</span>
              </span>
              <button
                type="button"
                className="button dot-item__remove"
                disabled={count === 0}
                aria-label={t('voting.dots.remove', { text: item.text })}
                onClick={() => change(item.id, -1)}
              >
                <span aria-hidden="true">−</span>
              </button>
            </div>
            <GroupMembers members={item.members} className="dot-item__members" />
          </li>
        );
      })}
    </ul>
  );
}

/** "3 dots left of 5", announced as it changes. */
export function DotsLeft({ rules, dots, className }: { rules: VotingRules; dots: DotCounts; className?: string }) {
  const { tc } = useI18n();
  const left = rules.dotsPerVoter - dotsUsed(dots);
  return (
    <p className={`dots-left${left === 0 ? ' is-empty' : ''}${className ? ` ${className}` : ''}`} role="status" aria-live="polite">
      <span className="dots-left__pips" aria-hidden="true">
        {Array.from({ length: rules.dotsPerVoter }, (_, i) => (
          <span key={i} className={i < left ? 'vote-dot is-on' : 'vote-dot'} />
        ))}
      </span>
      <span className="dots-left__text">{tc('voting.dots.left', left, { total: rules.dotsPerVoter })}</span>
    </p>
  );
}
