import { itemsByOffer, legendNumbers, quadrantOf, type Matrix } from '../../../shared/domain/matrix';
import { useI18n } from '../i18n';
import { MatrixChart } from '../matrix/MatrixChart';
import { axisNames, dotsText } from '../matrix-text';
import { FitList } from './FitList';
import '../styles/presenter-matrix.css';

/** From this many items the legend runs each item's text and meta on as one paragraph. */
const COMPACT_FROM = 6;

/**
 * The prioritisation step on the projector: the matrix as large as the screen allows with its
 * quadrant names, each item a number in its cell, and beside it the legend the back of the room
 * reads (quick wins first): number, text, a group's cards, quadrant and dots; items not placed
 * yet come last. A legend longer than the screen never shrinks below the room's size: it says how
 * many are not shown ("+4 more") and pages through them on the projector's page clock.
 */
export function PresentedMatrix({ matrix, loaded, tick }: { matrix: Matrix | null; loaded: boolean; tick: number }) {
  const { t } = useI18n();
  if (!matrix) {
    return loaded ? (
      <section className="pmatrix pmatrix--empty" aria-label={t('matrix.tab')}>
        <p className="pmatrix__empty">{t('matrix.presenter.empty')}</p>
      </section>
    ) : null;
  }
  const axes = axisNames(matrix, t);
  const ordered = itemsByOffer(matrix.items);
  const numberOf = legendNumbers(ordered);
  return (
    <section className="pmatrix" aria-label={t('matrix.grid.label', axes)}>
      <div className="pmatrix__chart">
        <MatrixChart
          variant="presenter"
          label={t('matrix.grid.label', axes)}
          axes={axes}
          items={matrix.items}
          renderItem={(item) => (
            <span key={item.id} className="pmatrix__pin" aria-hidden="true">
              {numberOf.get(item.id)}
            </span>
          )}
        />
      </div>
      <FitList
        ordered
        className={ordered.length > COMPACT_FROM ? 'pmatrix__legend pmatrix__legend--compact' : 'pmatrix__legend'}
        label={t('matrix.presenter.legend')}
        listLabel={t('matrix.presenter.legend')}
        items={ordered}
        itemKey={(item) => item.id}
        tick={tick}
        render={(item) => (
          <div className={item.placement ? 'pmatrix__item' : 'pmatrix__item pmatrix__item--waiting'}>
            <span className="pmatrix__pin" aria-hidden="true">
              {numberOf.get(item.id)}
            </span>
            <span className="pmatrix__text">
              {item.text}
              <span className="pmatrix__meta">
                {item.placement ? t(`matrix.quadrant.${quadrantOf(item.placement)}`) : t('matrix.tray')}
                {item.votes !== null && ` · ${dotsText(item.votes, t)}`}
              </span>
              {item.members.length > 0 && <span className="pmatrix__members">{item.members.join(' · ')}</span>}
            </span>
          </div>
        )}
      />
    </section>
  );
}
