import { itemsByOffer, legendNumbers, quadrantOf } from '../../shared/domain/matrix';
import type { ParticipantMatrix } from '../../shared/participant/protocol';
import { useI18n } from '../src/i18n';
import { MatrixChart } from '../src/matrix/MatrixChart';
import { MatrixChipContent } from '../src/matrix/MatrixChip';
import { axisNames, dotsText } from '../src/matrix-text';
import { ItemMembers } from './ItemMembers';

/**
 * The prioritisation step's matrix on a phone: read-only, as the room places the items. A phone
 * is too narrow for the items' texts in the cells: each placed item is a number there, and the
 * legend below names it, quick wins first.
 */
export function MatrixCard({ matrix }: { matrix: ParticipantMatrix }) {
  const { t } = useI18n();
  const axes = axisNames(matrix, t);
  const placed = itemsByOffer(
    matrix.items.filter((item) => item.placement !== null).map((item, position) => ({ ...item, position, source: { kind: 'card' as const, cardId: item.id } })),
  );
  const numberOf = legendNumbers(placed);
  const waiting = matrix.items.filter((item) => item.placement === null);
  return (
    <section className="p-card column p-matrix" aria-labelledby="p-matrix-title">
      <h2 id="p-matrix-title" className="p-panel__title">
        {t('matrix.participant.title')}
      </h2>
      <p className="p-matrix__lead">{t('matrix.participant.lead')}</p>
      <MatrixChart
        variant="phone"
        label={t('matrix.grid.label', axes)}
        axes={axes}
        items={placed}
        renderItem={(item) => (
          <span key={item.id} className="p-matrix__pin" aria-hidden="true">
            {numberOf.get(item.id)}
          </span>
        )}
      />
      {placed.length > 0 && (
        <ol className="p-matrix__legend">
          {placed.map((item) => (
            <li key={item.id}>
              <span className="p-matrix__pin" aria-hidden="true">
                {numberOf.get(item.id)}
              </span>
              <span className="p-matrix__legend-text">
                {item.text}
                <ItemMembers members={item.members} />
                <span className="p-matrix__legend-meta">
                  {item.placement ? t(`matrix.quadrant.${quadrantOf(item.placement)}`) : ''} · {dotsText(item.votes, t)}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
      {waiting.length > 0 && (
        <div className="p-matrix__tray">
          <h3 className="p-matrix__tray-title">{t('matrix.tray')}</h3>
          <ul className="p-matrix__tray-list">
            {waiting.map((item) => (
              <li key={item.id} className="matrix-chip">
                <MatrixChipContent item={item} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
