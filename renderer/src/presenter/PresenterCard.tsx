import { useContext } from 'react';
import type { Card } from '../../../shared/domain/board';
import { authorLabel } from '../../../shared/domain/card-visibility';
import { AuthorDisplayContext } from '../boards/card-author';
import { useI18n } from '../i18n';

/** One card as the room reads it: its text large, with its severity, moment of truth or measure type in words. */
export function PresenterCard({ card, moments, large }: { card: Card; moments: readonly Card[]; large?: boolean }) {
  const { t } = useI18n();
  const moment = card.momentOfTruthId ? moments.find((m) => m.id === card.momentOfTruthId) : undefined;
  const author = authorLabel(card, useContext(AuthorDisplayContext));
  return (
    <article className={`pcard pcard--${card.color}${large ? ' pcard--large' : ''}`} data-presenter-card={card.id}>
      <p className="pcard__text">{card.text}</p>
      {(card.severity !== null || moment || card.measureType) && (
        <p className="pcard__notes">
          {card.severity !== null && (
            <span className="pcard__severity">
              <span aria-hidden="true">{'●'.repeat(card.severity)}</span> {t(`boards.card.severity${card.severity}`)}
            </span>
          )}
          {moment && <span className="pcard__moment">★ {moment.text}</span>}
          {card.measureType && <span className="pcard__measure">{t(`boards.measure.${card.measureType}`)}</span>}
        </p>
      )}
      {author && <p className="pcard__author">{t('authors.by', { name: author })}</p>}
    </article>
  );
}
