import { useDraggable } from '@dnd-kit/core';
import { memo, useContext, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MutableRefObject, type RefObject, type SyntheticEvent } from 'react';
import { MAX_CARD_TEXT, type Card } from '../../../shared/domain/board';
import { useI18n } from '../i18n';
import { CardHeatMark } from '../voting/heat';
import { type CardActions, type CardKind } from './card-actions';
import { shortText } from '../format';
import { CardNavContext, focusNextCard } from './card-focus';
import { CardTools } from './CardTools';
import { CardByline } from './card-author';
import { CharCount } from './CharCount';
import { HandleAttributesContext } from './drag-store';
import './Card.css';

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
}

/** A handle's dnd-kit listeners, once wired. */
type HandleListeners = Partial<Record<'onPointerDown' | 'onTouchStart' | 'onKeyDown', (event: SyntheticEvent) => void>>;
type ActivatorName = keyof HandleListeners;

/** A card: its handle, its text (edited in place), its options. */
export const BoardCard = memo(function BoardCard({ card, containerKey, kind, moments, actions, labels }: BoardCardProps) {
  // null: not editing; else the text the edit starts from (the card's, or with a typed character).
  const [editing, setEditingText] = useState<string | null>(null);
  const setEditing = (on: boolean): void => setEditingText(on ? card.text : null);
  const neighbour = useContext(CardNavContext);
  const [toolsOpen, setToolsOpen] = useState(false);
  const node = useRef<HTMLLIElement>(null);
  const handle = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  const label = shortText(card.text);
  const attributes = useContext(HandleAttributesContext);

  // The handle is wired to dnd-kit only once it is pressed, touched or focused: a board holds a
  // thousand cards, and registering each with dnd-kit would weigh on its first render and on every
  // change of the drag's state. The press that wires it is handed on to dnd-kit as it would have been.
  const [wired, setWired] = useState(false);
  const listeners = useRef<HandleListeners | null>(null);
  const pending = useRef<{ name: ActivatorName; event: SyntheticEvent } | null>(null);
  const activate = (name: ActivatorName) => (event: SyntheticEvent) => {
    const wiredListener = listeners.current?.[name];
    if (wiredListener) return wiredListener(event);
    pending.current = { name, event };
    setWired(true);
  };

  const finishEdit = (text: string | null): void => {
    setEditing(false);
    if (text !== null && text.trim() && text.trim() !== card.text) actions.update(card.id, { text: text.trim() });
    requestAnimationFrame(() => textRef.current?.focus());
  };

  return (
    <li ref={node} className={`card card--${card.color}`} data-card-id={card.id}>
      <button
        type="button"
        ref={handle}
        className="card__handle"
        aria-label={labels.move(label)}
        aria-roledescription={attributes.roleDescription}
        aria-describedby={attributes.describedBy}
        onFocus={() => setWired(true)}
        onPointerDown={activate('onPointerDown')}
        onTouchStart={activate('onTouchStart')}
        onKeyDown={activate('onKeyDown')}
      />
      {wired && <HandleWiring id={card.id} containerKey={containerKey} card={node} handle={handle} listeners={listeners} pending={pending} />}
      {editing !== null ? (
        <EditField initial={editing} label={labels.editField} onDone={finishEdit} />
      ) : (
        // A click selects the card (it takes the focus); Enter, typing or a double click edits it;
        // the arrow keys go to the card above, below or beside.
        <div
          ref={textRef}
          className="card__text"
          role="button"
          tabIndex={0}
          aria-label={labels.edit(label)}
          onDoubleClick={() => setEditing(true)}
          onKeyDown={(event) => {
            if (event.target !== event.currentTarget || event.nativeEvent.isComposing) return;
            const direction = ARROW_STEPS[event.key];
            if (direction && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
              event.preventDefault();
              focusNextCard(event.currentTarget, direction, neighbour);
            } else if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              setEditing(true);
            } else if (startsTyping(event)) {
              event.preventDefault();
              setEditingText((card.text + event.key).slice(0, MAX_CARD_TEXT));
            }
          }}
        >
          {card.text}
        </div>
      )}
      {hasMeta(card, kind) && <CardMeta card={card} kind={kind} moments={moments} />}
      {card.mergedFrom.length > 0 && <MergedMark card={card} />}
      <CardByline card={card} />
      {kind === 'painPoints' && <CardHeatMark card={card} />}
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
          containerKey={containerKey}
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

interface HandleWiringProps {
  id: string;
  containerKey: string;
  card: RefObject<HTMLLIElement | null>;
  handle: RefObject<HTMLButtonElement | null>;
  /** Where the handle finds dnd-kit's listeners. */
  listeners: MutableRefObject<HandleListeners | null>;
  /** The press that wired the handle, to hand on to dnd-kit. */
  pending: MutableRefObject<{ name: ActivatorName; event: SyntheticEvent } | null>;
}

/**
 * A card's registration with dnd-kit. It draws nothing: when dnd-kit's state changes, it renders
 * again, not the card. Its listeners are called by the card's own handle, so the element under
 * the finger stays the same (touch events keep going to the element a touch started on).
 */
function HandleWiring({ id, containerKey, card, handle, listeners, pending }: HandleWiringProps) {
  const draggable = useDraggable({ id, data: { container: containerKey } });
  const { setNodeRef, setActivatorNodeRef, isDragging } = draggable;
  useLayoutEffect(() => {
    setNodeRef(card.current);
    setActivatorNodeRef(handle.current);
    return () => {
      setNodeRef(null);
      setActivatorNodeRef(null);
    };
  }, [card, handle, setNodeRef, setActivatorNodeRef]);
  useLayoutEffect(() => {
    listeners.current = (draggable.listeners ?? null) as HandleListeners | null;
    const press = pending.current;
    pending.current = null;
    if (press) listeners.current?.[press.name]?.(press.event);
  });
  useLayoutEffect(() => () => void (listeners.current = null), [listeners]);
  useLayoutEffect(() => {
    card.current?.classList.toggle('card--dragging', isDragging);
    // As dnd-kit marks a handle being dragged.
    if (isDragging) handle.current?.setAttribute('aria-pressed', 'true');
    else handle.current?.removeAttribute('aria-pressed');
  }, [card, handle, isDragging]);
  return null;
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

const ARROW_STEPS: Partial<Record<string, 'up' | 'down' | 'left' | 'right'>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** The board's zoom keys (+, −, 0) stay the board's; any other character typed on a card edits it. */
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const startsTyping = (event: KeyboardEvent<HTMLElement>): boolean =>
  event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey && !ZOOM_KEYS.has(event.key);

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
    <div className="card__edit-box">
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
      <CharCount length={text.length} />
    </div>
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

/** The duplicates merged into a card: how many, and their texts on hover. */
function MergedMark({ card }: { card: Card }) {
  const { t } = useI18n();
  return (
    <p className="card__merged" title={card.mergedFrom.map((merged) => merged.text).join('\n')}>
      {t('grouping.card.merged', { count: card.mergedFrom.length })}
    </p>
  );
}

/** A card as text only: the presenter screen and other read-only views. */
export const StaticCard = memo(function StaticCard({ card, kind, moments }: { card: Card; kind: CardKind; moments: readonly Card[] }) {
  return (
    <li className={`card card--static card--${card.color}`}>
      <div className="card__text">{card.text}</div>
      {hasMeta(card, kind) && <CardMeta card={card} kind={kind} moments={moments} />}
      {card.mergedFrom.length > 0 && <MergedMark card={card} />}
      <CardByline card={card} />
      {kind === 'painPoints' && <CardHeatMark card={card} />}
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
