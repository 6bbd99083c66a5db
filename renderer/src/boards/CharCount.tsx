import { MAX_CARD_TEXT } from '../../../shared/domain/board';
import { useI18n } from '../i18n';

/** From this many characters on, a card's field shows how many it holds. */
export const COUNT_FROM = MAX_CARD_TEXT - 100;

/**
 * The characters of a card being written, shown near the limit; at the limit, said so (once, to a
 * screen reader too): the field takes no more, and a longer paste is cut there.
 */
export function CharCount({ length }: { length: number }) {
  const { t } = useI18n();
  const full = length >= MAX_CARD_TEXT;
  if (length < COUNT_FROM) return null;
  return (
    <>
      <span className={full ? 'char-count is-full' : 'char-count'} aria-hidden="true">
        {full ? t('boards.card.full', { max: MAX_CARD_TEXT }) : t('boards.card.count', { count: length, max: MAX_CARD_TEXT })}
      </span>
      {/* Mounted before the limit is reached, so that reaching it is announced. */}
      <span className="visually-hidden" role="status">
        {full ? t('boards.card.full', { max: MAX_CARD_TEXT }) : ''}
      </span>
    </>
  );
}
