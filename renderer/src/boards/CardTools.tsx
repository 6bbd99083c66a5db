import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { CARD_COLORS, MEASURE_TYPES, type Card, type MeasureType } from '../../../shared/domain/board';
import { Field, Options } from '../components/Field';
import { TrashIcon } from '../components/icons';
import { useI18n } from '../i18n';
import { type CardActions, type CardKind } from './card-actions';
import { shortText } from '../format';
import { CardGroupingTools } from './CardGroupingTools';
import './CardTools.css';

export interface CardToolsProps {
  card: Card;
  /** Its list, for the grouping choices. */
  containerKey: string;
  kind: CardKind;
  moments: readonly Card[];
  actions: CardActions;
  anchor: RefObject<HTMLButtonElement | null>;
  onEdit: () => void;
  onClose: () => void;
}

/**
 * A card's options in a popover on the top layer, so a scrolling journey grid cannot clip it:
 * colour, severity and moment of truth (pain points), measure type (measures), grouping, edit, delete.
 * Escape or a click outside closes it.
 */
export function CardTools({ card, containerKey, kind, moments, actions, anchor, onEdit, onClose }: CardToolsProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const name = useId();
  // Shown at once; main's push confirms it a moment later (or an undo changes it again).
  const [color, setColor] = useState(card.color);
  const [severity, setSeverity] = useState(card.severity);
  useEffect(() => setColor(card.color), [card.color]);
  useEffect(() => setSeverity(card.severity), [card.severity]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    element.showPopover();
    const place = (): void => {
      const box = anchor.current?.getBoundingClientRect();
      if (!box) return;
      const width = element.offsetWidth;
      const height = element.offsetHeight;
      const left = Math.max(8, Math.min(box.right - width, window.innerWidth - width - 8));
      const below = box.bottom + 6;
      const top = below + height > window.innerHeight - 8 ? Math.max(8, box.top - height - 6) : below;
      element.style.left = `${left}px`;
      element.style.top = `${top}px`;
    };
    place();
    element.querySelector<HTMLElement>('input:checked, input, select, button')?.focus();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [anchor]);

  useEffect(() => {
    const onDown = (event: MouseEvent): void => {
      const target = event.target as Node;
      if (!ref.current?.contains(target) && !anchor.current?.contains(target)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [anchor, onClose]);

  const close = (): void => {
    onClose();
    anchor.current?.focus();
  };

  return (
    <div
      ref={ref}
      popover="manual"
      className="card-tools"
      role="dialog"
      aria-label={t('boards.card.optionsTitle', { text: shortText(card.text, 40) })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <fieldset className="card-tools__group">
        <legend>{t('boards.card.color')}</legend>
        <div className="swatches">
          {CARD_COLORS.map((option) => (
            <label key={option} className="swatch">
              <input
                type="radio"
                name={`${name}-color`}
                value={option}
                checked={color === option}
                onChange={() => {
                  setColor(option);
                  actions.update(card.id, { color: option });
                }}
              />
              <span className={`swatch__chip card--${option}`} aria-hidden="true" />
              <span>{t(`boards.color.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {kind === 'painPoints' && (
        <>
          <fieldset className="card-tools__group">
            <legend>{t('boards.card.severity')}</legend>
            <div className="severity-choice">
              {([null, 1, 2, 3] as const).map((value) => (
                <label key={String(value)} className="severity-choice__option">
                  <input
                    type="radio"
                    name={`${name}-severity`}
                    checked={severity === value}
                    onChange={() => {
                      setSeverity(value);
                      actions.update(card.id, { severity: value });
                    }}
                  />
                  <span>{value === null ? t('boards.card.severityNone') : t(`boards.card.severity${value}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <Field label={t('boards.card.moment')} className="card-tools__group">
            <select
              className="select"
              value={card.momentOfTruthId ?? ''}
              onChange={(event) => actions.update(card.id, { momentOfTruthId: event.target.value || null })}
            >
              <option value="">{moments.length ? t('boards.card.momentNone') : t('boards.card.momentEmpty')}</option>
              {moments.map((moment) => (
                <option key={moment.id} value={moment.id}>
                  {shortText(moment.text, 60)}
                </option>
              ))}
            </select>
          </Field>
        </>
      )}

      {kind === 'measures' && (
        <Field label={t('boards.card.measureType')} className="card-tools__group">
          <select
            className="select"
            value={card.measureType ?? ''}
            onChange={(event) => actions.update(card.id, { measureType: (event.target.value || null) as MeasureType | null })}
          >
            <option value="">{t('boards.measure.none')}</option>
            <Options values={MEASURE_TYPES} label={(type) => t(`boards.measure.${type}`)} />
          </select>
        </Field>
      )}

      <CardGroupingTools card={card} containerKey={containerKey} onDone={close} />

      <div className="card-tools__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            onClose();
            onEdit();
          }}
        >
          {t('boards.card.editText')}
        </button>
        <button
          type="button"
          className="button button--ghost button--danger"
          onClick={() => {
            onClose();
            actions.remove(card);
          }}
        >
          <TrashIcon />
          {t('boards.card.delete')}
        </button>
      </div>
    </div>
  );
}
