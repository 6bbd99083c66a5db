import type { Card, CardGroup } from '../domain/board';
import { authorsOf } from '../domain/card-duplicates';
import { groupsWithMembers } from '../domain/card-groups';
import { heatLevel, heatOfCard, type CardHeat } from '../domain/vote-heat';
import type { ReportText } from './text';

export interface NoteListProps {
  /** One container's cards and groups. */
  cards: readonly Card[];
  groups: readonly CardGroup[];
  text: ReportText;
  compact?: boolean;
  /** What a card shows beside its authors (severity, moment of truth…). */
  details?: (card: Card) => string[];
  /** A revealed vote's dots by card (journey pain points): tints the card and adds its badge, as the journey screen does. */
  heat?: ReadonlyMap<string, CardHeat>;
}

/**
 * A container's cards as the board draws them (shared/domain/card-groups.ts): each group a framed
 * stack with its title and count, its cards beneath in order, so the text reads title then cards.
 * A collapsed group is a view of the board, not of the deliverable: its cards are listed too.
 */
export function NoteList({ cards, groups, text, compact, details, heat }: NoteListProps) {
  const { t } = text;
  return (
    <ul className={compact ? 'rp-notes rp-notes--compact' : 'rp-notes'}>
      {groupsWithMembers(cards, groups).map((entry) =>
        entry.kind === 'card' ? (
          <Note key={entry.card.id} card={entry.card} text={text} extra={details?.(entry.card)} heat={heat} />
        ) : (
          <li key={entry.group.id} className="rp-group">
            <p className="rp-group__head">
              <span className="rp-group__title">{entry.group.title || t('report.group.untitled')}</span>{' '}
              <span className="rp-group__count">
                {t(entry.cards.length === 1 ? 'report.group.countOne' : 'report.group.count', { count: entry.cards.length })}
              </span>
            </p>
            <ul className="rp-notes rp-group__notes">
              {entry.cards.map((card) => (
                <Note key={card.id} card={card} text={text} extra={details?.(card)} heat={heat} />
              ))}
            </ul>
          </li>
        ),
      )}
    </ul>
  );
}

/** One card: its text, then what is said of it and who wrote it (its merged duplicates' authors too). */
export function Note({ card, text, extra, heat }: { card: Card; text: ReportText; extra?: string[]; heat?: ReadonlyMap<string, CardHeat> }) {
  const merged = card.mergedFrom.length;
  const dots = heat ? heatOfCard(heat, card) : null;
  const level = dots ? heatLevel(dots) : 0;
  const details = [
    ...(extra ?? []),
    ...(merged > 0 ? [text.t(merged === 1 ? 'report.note.duplicateOne' : 'report.note.duplicates', { count: merged })] : []),
    ...authorsOf(card),
  ];
  return (
    <li className={`rp-note rp-note--${card.color}${card.severity ? ` rp-note--severity${card.severity}` : ''}${dots ? ` rp-note--heat rp-heat--${level}` : ''}`}>
      <span className="rp-note__text">{card.text}</span>
      {details.length > 0 && <span className="rp-note__meta">{details.join(' · ')}</span>}
      {dots && <span className={`rp-heat__badge rp-heat__badge--${level}`}>{text.count('report.heat.badge', dots.votes, { rank: dots.rank })}</span>}
    </li>
  );
}
