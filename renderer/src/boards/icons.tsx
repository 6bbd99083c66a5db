/** Board icons, drawn like components/icons.tsx: inline strokes, nothing fetched. */
import './icons.css';
export function UndoIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true">
      <path d="M7 5L3.5 8.5 7 12" />
      <path d="M4 8.5h8a4.5 4.5 0 0 1 0 9H9" />
    </svg>
  );
}

export function RedoIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true">
      <path d="M13 5l3.5 3.5L13 12" />
      <path d="M16 8.5H8a4.5 4.5 0 0 0 0 9h3" />
    </svg>
  );
}

export function StarIcon({ filled }: { filled: boolean }) {
  return (
    <svg className={filled ? 'icon icon--star is-filled' : 'icon icon--star'} viewBox="0 0 20 20" aria-hidden="true">
      <path d="M10 2.8l2.2 4.6 5 .7-3.6 3.5.9 5-4.5-2.4-4.5 2.4.9-5L2.8 8.1l5-.7z" />
    </svg>
  );
}

export function EyeIcon({ off }: { off?: boolean }) {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true">
      <path d="M2 10s3-5.5 8-5.5S18 10 18 10s-3 5.5-8 5.5S2 10 2 10z" />
      <circle cx="10" cy="10" r="2.5" />
      {off && <path d="M3.5 3.5l13 13" />}
    </svg>
  );
}

export function ArrowIcon({ direction }: { direction: 'up' | 'down' | 'left' | 'right' }) {
  const rotation = { up: 0, right: 90, down: 180, left: 270 }[direction];
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true">
      <g transform={`rotate(${rotation} 10 10)`}>
        <path d="M10 16V4M5 9l5-5 5 5" />
      </g>
    </svg>
  );
}

export function FitIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true">
      <path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" />
    </svg>
  );
}

export function ZoomIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="8.5" cy="8.5" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M12.3 12.3 17 17M6.5 8.5h4M8.5 6.5v4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

/** A disclosure chevron: pointing right when closed, down when open (turned by CSS). */
export function ChevronIcon() {
  return (
    <svg className="icon icon--chevron" viewBox="0 0 20 20" aria-hidden="true">
      <path d="M7.5 5l5 5-5 5" />
    </svg>
  );
}

/** A window with its side panel: shows or folds the timer panel beside a board. */
export function PanelIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true">
      <path d="M4 3.5h12a1.5 1.5 0 0 1 1.5 1.5v10a1.5 1.5 0 0 1-1.5 1.5H4A1.5 1.5 0 0 1 2.5 15V5A1.5 1.5 0 0 1 4 3.5zM12.5 3.5v13" />
    </svg>
  );
}
