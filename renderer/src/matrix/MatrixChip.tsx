import type { MatrixItem } from '../../../shared/domain/matrix';
import { useI18n } from '../i18n';
import { dotsText } from '../matrix-text';

/** An item as the matrix shows it: its text, for a group how many cards it holds (named in a tooltip), and its dots (a count in a badge). */
export function MatrixChipContent({ item }: { item: Pick<MatrixItem, 'text' | 'votes'> & { members?: readonly string[] } }) {
  const { t } = useI18n();
  return (
    <>
      <span className="matrix-chip__text">{item.text}</span>
      {item.members !== undefined && item.members.length > 0 && (
        <span className="matrix-chip__members" title={item.members.join(' · ')}>
          {t('matrix.item.cardCount', { count: item.members.length })}
        </span>
      )}
      {item.votes !== null && (
        <span className="matrix-chip__dots" title={dotsText(item.votes, t)}>
          <span aria-hidden="true">●</span> {item.votes}
        </span>
      )}
    </>
  );
}
