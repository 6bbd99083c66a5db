import { createContext, useContext } from 'react';
import type { Card } from '../../../shared/domain/board';
import { authorLabel } from '../../../shared/domain/card-visibility';
import type { AuthorDisplay } from '../../../shared/domain/workshop';
import { useI18n } from '../i18n';

/** How the workshop names card authors (Workshop.authorDisplay), for every card drawn below it. */
export const AuthorDisplayContext = createContext<AuthorDisplay>('shown');

/**
 * A card's author as the workshop names them, and on the laptop a mark on a card still hidden by
 * silent writing. Nothing at all for an anonymous, revealed card.
 */
export function CardByline({ card, className = 'card__byline' }: { card: Pick<Card, 'author' | 'hidden'>; className?: string }) {
  const { t } = useI18n();
  const display = useContext(AuthorDisplayContext);
  const name = authorLabel(card, display);
  if (!name && !card.hidden) return null;
  return (
    <div className={className}>
      {card.hidden && <span className="card__hidden-badge">{t('silent.hiddenBadge')}</span>}
      {name && <span className="card__author">{t('authors.by', { name })}</span>}
    </div>
  );
}
