/** Small stroke icons drawn inline (no icon font, nothing fetched). */
import type { ReactNode } from 'react';
import './icons.css';

/** The frame every icon shares: a 20×20 box, hidden from screen readers (the button names it). */
function Icon({ className = 'icon', children }: { className?: string; children: ReactNode }) {
  return (
    <svg className={className} viewBox="0 0 20 20" aria-hidden="true">
      {children}
    </svg>
  );
}

export const TrashIcon = () => <Icon><path d="M4 6h12M8 6V4h4v2M6 6l1 10h6l1-10" /></Icon>;

export const PlusIcon = () => <Icon><path d="M10 4v12M4 10h12" /></Icon>;

export const BackIcon = () => <Icon><path d="M12 4l-6 6 6 6" /></Icon>;

export const ScreenIcon = () => (
  <Icon>
    <rect x="2.5" y="3.5" width="15" height="10" rx="1.5" />
    <path d="M7 17h6M10 13.5V17" />
  </Icon>
);

/** A laptop: the pass-the-laptop button. */
export const LaptopIcon = () => (
  <Icon>
    <rect x="4" y="4.5" width="12" height="8.5" rx="1.2" />
    <path d="M2 15.5h16" />
  </Icon>
);

/** A page of text: the deliverable. */
export const DocumentIcon = () => (
  <Icon>
    <path d="M5 2.5h7l3 3v12H5z" />
    <path d="M12 2.5v3h3M7.5 9h5M7.5 12h5M7.5 15h3" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M7 5L3.5 8.5 7 12" />
    <path d="M4 8.5h8a4.5 4.5 0 0 1 0 9H9" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="M13 5l3.5 3.5L13 12" />
    <path d="M16 8.5H8a4.5 4.5 0 0 0 0 9h3" />
  </Icon>
);

export const StarIcon = ({ filled }: { filled: boolean }) => (
  <Icon className={filled ? 'icon icon--star is-filled' : 'icon icon--star'}>
    <path d="M10 2.8l2.2 4.6 5 .7-3.6 3.5.9 5-4.5-2.4-4.5 2.4.9-5L2.8 8.1l5-.7z" />
  </Icon>
);

export const EyeIcon = ({ off }: { off?: boolean }) => (
  <Icon>
    <path d="M2 10s3-5.5 8-5.5S18 10 18 10s-3 5.5-8 5.5S2 10 2 10z" />
    <circle cx="10" cy="10" r="2.5" />
    {off && <path d="M3.5 3.5l13 13" />}
  </Icon>
);

const ROTATION = { up: 0, right: 90, down: 180, left: 270 } as const;

export const ArrowIcon = ({ direction }: { direction: keyof typeof ROTATION }) => (
  <Icon>
    <g transform={`rotate(${ROTATION[direction]} 10 10)`}>
      <path d="M10 16V4M5 9l5-5 5 5" />
    </g>
  </Icon>
);

export const FitIcon = () => <Icon><path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" /></Icon>;

export const ZoomIcon = () => (
  <Icon>
    <circle cx="8.5" cy="8.5" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
    <path d="M12.3 12.3 17 17M6.5 8.5h4M8.5 6.5v4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
  </Icon>
);

/** A disclosure chevron: pointing right when closed, down when open (turned by CSS). */
export const ChevronIcon = () => <Icon className="icon icon--chevron"><path d="M7.5 5l5 5-5 5" /></Icon>;

/** A window with its side panel: shows or folds the timer panel beside a board. */
export const PanelIcon = () => (
  <Icon>
    <path d="M4 3.5h12a1.5 1.5 0 0 1 1.5 1.5v10a1.5 1.5 0 0 1-1.5 1.5H4A1.5 1.5 0 0 1 2.5 15V5A1.5 1.5 0 0 1 4 3.5zM12.5 3.5v13" />
  </Icon>
);

/** A handle's six dots: what a hand picks up to move a card, a stage or a step. */
export const GripIcon = ({ className }: { className?: string }) => (
  <svg viewBox="0 0 12 20" aria-hidden="true" className={className}>
    {[4, 10, 16].map((y) => (
      <g key={y}>
        <circle cx="3" cy={y} r="1.6" />
        <circle cx="9" cy={y} r="1.6" />
      </g>
    ))}
  </svg>
);
