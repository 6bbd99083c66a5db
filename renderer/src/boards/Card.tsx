import { useDraggable } from '@dnd-kit/core';
import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { MAX_CARD_TEXT, type Card } from '../../../shared/domain/board';
import { useI18n } from '../i18n';
import { CardHeatMark } from '../voting/heat';
import { shortText, type CardActions, type CardKind } from './card-actions';
import { CardTools } from './CardTools';

export interface CardLabels {
  move: (text: string) => string;
  edit: (text: string) => string;
  options: (text: string) => string;
  editField: string;
}

export interface BoardCardProps {
  card: Card;
  /** The container's key, carried as drag data. */
  containerKey: string;
  kind: CardKind;
  /** Pain points: the map's moment-of-truth cards, to tie one. */
  moments: readonly Card[];
  actions: CardActions;
  labels: CardLabels;
  /** The insertion mark of a drag sits just above this card. */
  dropBefore: boolean;
  /**
   * The drag handle is wired to dnd-kit. Cards far off screen are not: every wired handle renders
   * again whenever a drag changes target, and wiring a thousand costs the first render dearly.
   * A resting handle wires itself when it gets the focus.
   */
  armed: boolean;
}

/** A card: its handle, its text (edited in place), its options. */
export const BoardCard = memo(function BoardCard({ card, containerKey, kind, moments, actions, labels, dropBefore, armed }: BoardCardProps) {
  const [editing, setEditing] = useState(false);
  const [toolsOpen, setToolsOpen] = useState(false);
  const [focusArmed, setFocusArmed] = useState(false);
  const node = useRef<HTMLLIElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  const label = shortText(card.text);

  const finishEdit = (text: string | null): void => {
    setEditing(false);
    if (text !== null && text.trim() && text.trim() !== card.text) actions.update(card.id, { text: text.trim() });
    requestAnimationFrame(() => textRef.current?.focus());
  };

  return (
    <li ref={node} className={`card card--${card.color}${dropBefore ? ' card--drop-before' : ''}`} data-card-id={card.id}>
      {armed || focusArmed ? (
        <ArmedHandle id={card.id} containerKey={containerKey} label={labels.move(label)} card={node} takeFocus={focusArmed} />
      ) : (
        <button type="button" className="card__handle" aria-label={labels.move(label)} onFocus={() => setFocusArmed(true)} />
      )}
      {editing ? (
        <EditField initial={card.text} label={labels.editField} onDone={finishEdit} />
      ) : (
        <div
          ref={textRef}
          className="card__text"
          role="button"
          tabIndex={0}
          aria-label={labels.edit(label)}
          onDoubleClick={() => setEditing(true)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && event.target === event.currentTarget) {
              event.preventDefault();
              setEditing(true);
            }
          }}
        >
          {card.text}
        </div>
      )}
      {hasMeta(card, kind) && <CardMeta card={card} kind={kind} moments={moments} />}
      {kind === 'painPoints' && <CardHeatMark cardId={card.id} />}
      <button
        type="button"
        ref={moreRef}
        className="card__more"
        aria-label={labels.options(label)}
        aria-expanded={toolsOpen}
        onClick={() => setToolsOpen((open) => !open)}
      />
      {toolsOpen && (
        <CardTools
          card={card}
          kind={kind}
          moments={moments}
          actions={actions}
          anchor={moreRef}
          onEdit={() => setEditing(true)}
          onClose={() => setToolsOpen(false)}
        />
      )}
    </li>
  );
});

interface ArmedHandleProps {
  id: string;
  containerKey: string;
  label: string;
  card: RefObject<HTMLLIElement | null>;
  /** It replaces a resting handle that had the focus: keep the focus on it. */
  takeFocus: boolean;
}

/** The handle wired to dnd-kit. It alone re-renders when a drag changes target; the card does not. */
function ArmedHandle({ id, containerKey, label, card, takeFocus }: ArmedHandleProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id, data: { container: containerKey } });
  const button = useRef<HTMLButtonElement | null>(null);
  useLayoutEffect(() => {
    setNodeRef(card.current);
    return () => setNodeRef(null);
  }, [card, setNodeRef]);
  useLayoutEffect(() => {
    if (takeFocus) button.current?.focus();
  }, [takeFocus]);
  useLayoutEffect(() => {
    if (isDragging) card.current?.classList.add('card--dragging');
    else if (card.current?.classList.contains('card--dragging')) card.current.classList.remove('card--dragging');
  }, [card, isDragging]);
  return (
    <button
      type="button"
      ref={(element) => {
        button.current = element;
        setActivatorNodeRef(element);
      }}
      className="card__handle"
      aria-roledescription={attributes['aria-roledescription']}
      aria-describedby={attributes['aria-describedby']}
      aria-pressed={attributes['aria-pressed']}
      aria-label={label}
      {...listeners}
    />
  );
}

/** Card labels built once per language, not by a template lookup per card. */
export function useCardLabels(): CardLabels {
  const { t } = useI18n();
  return useMemo(() => {
    const around = (key: 'boards.card.move' | 'boards.card.edit' | 'boards.card.options') => {
      const [before = '', after = ''] = t(key, { text: '\u0000' }).split('\u0000');
      return (text: string) => before + text + after;
    };
    return { move: around('boards.card.move'), edit: around('boards.card.edit'), options: around('boards.card.options'), editField: t('boards.card.editField') };
  }, [t]);
}

const hasMeta = (card: Card, kind: CardKind): boolean =>
  (kind === 'painPoints' && (card.severity !== null || card.momentOfTruthId !== null)) || (kind === 'measures' && card.measureType !== null);

function EditField({ initial, label, onDone }: { initial: string; label: string; onDone: (text: string | null) => void }) {
  const [text, setText] = useState(initial);
  const done = useRef(false);
  const finish = (value: string | null): void => {
    if (done.current) return;
    done.current = true;
    onDone(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      finish(text);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(null);
    }
  };
  return (
    <textarea
      className="card__edit"
      aria-label={label}
      value={text}
      maxLength={MAX_CARD_TEXT}
      autoFocus
      onFocus={(event) => event.currentTarget.setSelectionRange(text.length, text.length)}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(text)}
    />
  );
}

/** Severity dots, measure badge, the moment of truth a pain point belongs to. */
function CardMeta({ card, kind, moments }: { card: Card; kind: CardKind; moments: readonly Card[] }) {
  const { t } = useI18n();
  if (kind === 'painPoints') {
    const moment = card.momentOfTruthId ? moments.find((m) => m.id === card.momentOfTruthId) : undefined;
    const severity = card.severity ?? 0;
    if (!severity && !moment) return null;
    return (
      <div className="card__meta">
        {severity > 0 && (
          <span className="severity" role="img" aria-label={t('boards.card.severityOf', { severity })}>
            {[1, 2, 3].map((dot) => (
              <span key={dot} className={dot <= severity ? 'severity__dot is-on' : 'severity__dot'} />
            ))}
          </span>
        )}
        {moment && <span className="card__moment">{t('boards.card.tiedTo', { text: shortText(moment.text, 40) })}</span>}
      </div>
    );
  }
  if (kind === 'measures' && card.measureType) {
    return (
      <div className="card__meta">
        <span className={`measure-badge measure-badge--${card.measureType}`}>{t(`boards.measure.${card.measureType}`)}</span>
      </div>
    );
  }
  return null;
}

/** A card as text only: the presenter screen and other read-only views. */
export const StaticCard = memo(function StaticCard({ card, kind, moments }: { card: Card; kind: CardKind; moments: readonly Card[] }) {
  return (
    <li className={`card card--static card--${card.color}`}>
      <div className="card__text">{card.text}</div>
      {hasMeta(card, kind) && <CardMeta card={card} kind={kind} moments={moments} />}
      {kind === 'painPoints' && <CardHeatMark cardId={card.id} />}
    </li>
  );
});

/** The dragged copy under the pointer. */
export function CardGhost({ card }: { card: Card }) {
  return (
    <div className={`card card--ghost card--${card.color}`}>
      <span className="card__handle" aria-hidden="true" />
      <div className="card__text">{card.text}</div>
    </div>
  );
}

export function GripIcon() {
  return (
    <svg viewBox="0 0 12 20" aria-hidden="true" className="grip">
      {[4, 10, 16].map((y) => (
        <g key={y}>
          <circle cx="3" cy={y} r="1.6" />
          <circle cx="9" cy={y} r="1.6" />
        </g>
      ))}
    </svg>
  );
}
