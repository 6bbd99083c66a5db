import type { MatrixItem } from '../../../shared/domain/matrix';
import { useI18n } from '../i18n';
import { dotsText } from '../matrix-text';

/** An item as the matrix shows it: its text and its dots (a count in a badge). */
export function MatrixChipContent({ item }: { item: Pick<MatrixItem, 'text' | 'votes'> }) {
  const { t } = useI18n();
  return (
    <>
      <span className="matrix-chip__text">{item.text}</span>
      {item.votes !== null && (
        <span className="matrix-chip__dots" title={dotsText(item.votes, t)}>
          <span aria-hidden="true">●</span> {item.votes}
        </span>
      )}
    </>
  );
}
