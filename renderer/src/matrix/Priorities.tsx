import { itemsByOffer, linksTo, quadrantOf, type Matrix, type MatrixItem } from '../../../shared/domain/matrix';
import type { NextStep } from '../../../shared/domain/next-steps';
import { Menu } from '../components/Menu';
import { useI18n } from '../i18n';
import { dotsText } from '../matrix-text';

export interface PrioritiesProps {
  matrix: Matrix;
  nextSteps: readonly NextStep[];
  selectedId: string | null;
  onMakeAction: (item: MatrixItem) => void;
  onToTray: (item: MatrixItem) => void;
  onRemove: (item: MatrixItem) => void;
}

/**
 * The matrix's items in the order actions are best made from them (quick wins first), each with
 * its quadrant, its dots, the actions already made from it and "Make an action".
 */
export function Priorities({ matrix, nextSteps, selectedId, onMakeAction, onToTray, onRemove }: PrioritiesProps) {
  const { t } = useI18n();
  return (
    <section className="priorities" aria-labelledby="priorities-title">
      <header className="priorities__head">
        <h3 id="priorities-title">{t('matrix.offer.title')}</h3>
        <p className="muted">{t('matrix.offer.lead')}</p>
      </header>
      <ol className="plain-list column priorities__list">
        {itemsByOffer(matrix.items).map((item) => {
          const actions = nextSteps.filter((step) => linksTo(step.source, matrix.id, item));
          const quadrant = item.placement ? quadrantOf(item.placement) : null;
          return (
            <li key={item.id} className={['priority', item.id === selectedId && 'is-selected'].filter(Boolean).join(' ')}>
              <div className="priority__main">
                <span className={`priority__quadrant priority__quadrant--${quadrant ?? 'tray'}`}>{quadrant ? t(`matrix.quadrant.${quadrant}`) : t('matrix.tray')}</span>
                <span className="priority__text">{item.text}</span>
                {item.members.length > 0 && (
                  <ul className="priority__members" aria-label={t('matrix.item.members', { text: item.text })}>
                    {item.members.map((member, index) => (
                      <li key={index}>{member}</li>
                    ))}
                  </ul>
                )}
                <span className="priority__meta">
                  {dotsText(item.votes, t)} · {actions.length === 0 ? t('matrix.actions.none') : actions.length === 1 ? t('matrix.actions.one') : t('matrix.actions.count', { count: actions.length })}
                </span>
                {actions.length > 0 && (
                  <ul className="priority__actions">
                    {actions.map((step) => (
                      <li key={step.id}>{step.text}</li>
                    ))}
                  </ul>
                )}
              </div>
              <div className="row priority__tools">
                <button type="button" className={quadrant === 'quickWins' ? 'button button--small button--primary' : 'button button--small'} onClick={() => onMakeAction(item)} aria-label={`${t('matrix.makeAction')}: ${item.text}`}>
                  {t('matrix.makeAction')}
                </button>
                <Menu
                  label={`${t('matrix.item.actions')}: ${item.text}`}
                  items={[
                    ...(item.placement ? [{ label: t('matrix.item.toTray'), onSelect: () => onToTray(item) }] : []),
                    { label: t('matrix.item.remove'), onSelect: () => onRemove(item), danger: true },
                  ]}
                />
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
