import { quadrantOf, type Matrix, type MatrixItem, type Placement } from '../../shared/domain/matrix';
import type { MessageKey, Params } from '../../shared/i18n';

type T = (key: MessageKey, params?: Params) => string;

/** The axes' names: the matrix's own, or impact and effort in the reader's language. */
export function axisNames(matrix: Pick<Matrix, 'verticalLabel' | 'horizontalLabel'>, t: T): { vertical: string; horizontal: string } {
  return { vertical: matrix.verticalLabel || t('matrix.axis.impact'), horizontal: matrix.horizontalLabel || t('matrix.axis.effort') };
}

export function dotsText(votes: number | null, t: T): string {
  if (votes === null) return t('matrix.byHand');
  return votes === 1 ? t('matrix.dotsOne') : t('matrix.dots', { count: votes });
}

/** "Late check-in: impact 4, effort 2 — Quick wins", or that it is not placed yet. */
export function whereText(item: Pick<MatrixItem, 'text' | 'placement'>, axes: { vertical: string; horizontal: string }, t: T): string {
  if (item.placement === null) return t('matrix.inTray', { text: item.text });
  return t('matrix.placed', {
    text: item.text,
    vertical: lower(axes.vertical),
    horizontal: lower(axes.horizontal),
    impact: item.placement.impact,
    effort: item.placement.effort,
    quadrant: t(`matrix.quadrant.${quadrantOf(item.placement)}`),
  });
}

export function cellText(p: Placement, axes: { vertical: string; horizontal: string }, t: T): string {
  return t('matrix.cell.label', { vertical: axes.vertical, horizontal: lower(axes.horizontal), v: p.impact, h: p.effort, quadrant: t(`matrix.quadrant.${quadrantOf(p)}`) });
}

/** Axis names read inside a sentence ("impact 4"); a name the facilitator typed keeps its case past the first letter. */
function lower(name: string): string {
  return name.charAt(0).toLocaleLowerCase() + name.slice(1);
}
