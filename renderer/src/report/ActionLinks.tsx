import { itemsByOffer, linksTo, quadrantOf, type MatrixItemLink } from '../../../shared/domain/matrix';
import type { NextStep } from '../../../shared/domain/next-steps';
import { useI18n } from '../i18n';
import { dotsText } from '../matrix-text';
import { useMatrices } from '../useMatrices';

/** Where an action came from: "From the priority “Late check-in”". */
export function SourceLink({ source }: { source: MatrixItemLink }) {
  const { t } = useI18n();
  return <p className="next-step__link">{t(source.kind === 'matrixItem' ? 'matrix.link.from' : 'matrix.link.fromVote', { text: source.text })}</p>;
}

/** The action plan's reminder: every matrix item no action was made from yet, quick wins first. */
export function PrioritiesWithoutAction({ workshopId, nextSteps }: { workshopId: string; nextSteps: readonly NextStep[] }) {
  const { t } = useI18n();
  const matrices = useMatrices(workshopId).value?.matrices ?? [];
  const items = matrices.flatMap((matrix) => itemsByOffer(matrix.items).filter((item) => !nextSteps.some((step) => linksTo(step.source, matrix.id, item))));
  if (matrices.every((matrix) => matrix.items.length === 0)) return null;
  return (
    <section className="uncovered" aria-labelledby="uncovered-title">
      <h3 id="uncovered-title">{t('matrix.uncovered.title')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('matrix.uncovered.all')}</p>
      ) : (
        <ul className="uncovered__list">
          {items.map((item) => (
            <li key={item.id}>
              <span className="uncovered__text">{item.text}</span>
              <span className="muted">
                {' '}
                · {item.placement ? t(`matrix.quadrant.${quadrantOf(item.placement)}`) : t('matrix.tray')} · {dotsText(item.votes, t)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
