import { useI18n } from '../i18n';
import { FitIcon } from '../components/icons';
import { stepZoom, type BoardView } from './zoom';

/** − · the zoom in percent (a click goes back to 100 %) · + · Fit to screen (boards of their own width: a flowing board always fits). */
export function ZoomControls({ view, zoom, onView, canFit = true }: { view: BoardView; zoom: number; onView: (view: BoardView) => void; canFit?: boolean }) {
  const { t } = useI18n();
  const percent = Math.round(zoom * 100);
  return (
    <div className="zoom-controls" role="group" aria-label={t('boards.zoom.label')} title={t('boards.zoom.keys')}>
      <button type="button" className="button button--ghost button--icon button--small" aria-label={t('boards.zoom.out')} onClick={() => onView({ zoom: stepZoom(zoom, -1), fit: false })}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="button button--ghost button--small zoom-controls__level" aria-label={t('boards.zoom.reset', { percent })} onClick={() => onView({ zoom: 1, fit: false })}>
        {percent} %
      </button>
      <button type="button" className="button button--ghost button--icon button--small" aria-label={t('boards.zoom.in')} onClick={() => onView({ zoom: stepZoom(zoom, 1), fit: false })}>
        <span aria-hidden="true">+</span>
      </button>
      {canFit && (
        <button type="button" className="button button--small" aria-pressed={view.fit} title={t('boards.zoom.fitKeys')} onClick={() => onView({ zoom, fit: !view.fit })}>
          <FitIcon />
          {t('boards.journey.fit')}
        </button>
      )}
    </div>
  );
}
