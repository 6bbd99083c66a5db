import { useMemo } from 'react';
import type { QrMatrix } from '../../../shared/domain/voting';

/** The quiet zone scanners need around the code, in modules. */
const QUIET = 4;

interface Run {
  x: number;
  y: number;
  width: number;
}

/** Dark modules merged into horizontal runs: a few hundred rects instead of a thousand. */
export function darkRuns(modules: readonly (readonly boolean[])[]): Run[] {
  const runs: Run[] = [];
  modules.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x += 1) {
      const dark = x < row.length && row[x] === true;
      if (dark && start === -1) start = x;
      if (!dark && start !== -1) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  });
  return runs;
}

/**
 * A QR code drawn from main's module matrix as SVG rects, built by React: no SVG or HTML string is
 * ever injected. Dark on white whatever the theme, as scanners expect.
 */
export function QrCode({ qr, label, className }: { qr: QrMatrix; label: string; className?: string }) {
  const runs = useMemo(() => darkRuns(qr.modules), [qr.modules]);
  const extent = qr.size + QUIET * 2;
  return (
    <svg
      className={className ? `qr ${className}` : 'qr'}
      viewBox={`${-QUIET} ${-QUIET} ${extent} ${extent}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET} y={-QUIET} width={extent} height={extent} fill="#ffffff" />
      {runs.map((run) => (
        <rect key={`${run.x}-${run.y}`} x={run.x} y={run.y} width={run.width} height={1} fill="#000000" />
      ))}
    </svg>
  );
}
