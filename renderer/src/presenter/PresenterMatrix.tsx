import type { Matrix } from '../../../shared/domain/matrix';
import { useI18n } from '../i18n';
import { MatrixChart } from '../matrix/MatrixChart';
import { MatrixChipContent } from '../matrix/MatrixChip';
import { axisNames } from '../matrix-text';
import '../styles/presenter-matrix.css';

/**
 * The prioritisation step on the projector: the matrix as large as the screen allows, the quadrant
 * names, every placed item with its dots, and the items still waiting beside it.
 */
export function PresentedMatrix({ matrix, loaded }: { matrix: Matrix | null; loaded: boolean }) {
  const { t } = useI18n();
  if (!matrix) {
    return loaded ? (
      <section className="pmatrix pmatrix--empty" aria-label={t('matrix.tab')}>
        <p className="pmatrix__empty">{t('matrix.presenter.empty')}</p>
      </section>
    ) : null;
  }
  const axes = axisNames(matrix, t);
  const waiting = matrix.items.filter((item) => item.placement === null);
  return (
    <section className={waiting.length > 0 ? 'pmatrix' : 'pmatrix pmatrix--all-placed'} aria-label={t('matrix.grid.label', axes)}>
      <div className="pmatrix__chart">
        <MatrixChart
          variant="presenter"
          label={t('matrix.grid.label', axes)}
          axes={axes}
          items={matrix.items}
          renderItem={(item) => (
            <div key={item.id} className="matrix-chip">
              <MatrixChipContent item={item} />
            </div>
          )}
        />
      </div>
      {waiting.length > 0 && (
        <aside className="pmatrix__tray" aria-label={t('matrix.tray')}>
          <h2 className="pmatrix__tray-title">{t('matrix.tray')}</h2>
          <ul className="pmatrix__tray-list">
            {waiting.map((item) => (
              <li key={item.id} className="matrix-chip">
                <MatrixChipContent item={item} />
              </li>
            ))}
          </ul>
        </aside>
      )}
    </section>
  );
}
