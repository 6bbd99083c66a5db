import type { ReactNode } from 'react';
import type { Avatar, BuiltinAvatar } from '../../../shared/domain/board';
import { pictureUrl } from '../../../shared/ipc/pictures';
import './avatars.css';

/*
 * The built-in avatars: small flat illustrations drawn inline (nothing fetched), each on its own
 * background colour so personas are told apart at a glance, even on the projector.
 */
const ART: Record<BuiltinAvatar, { background: string; art: ReactNode }> = {
  sun: {
    background: '#fde7b0',
    art: (
      <>
        <g stroke="#e59a1c" strokeWidth="3.2" strokeLinecap="round">
          {[0, 45, 90, 135, 180, 225, 270, 315].map((angle) => (
            <line key={angle} x1="32" y1="10" x2="32" y2="16" transform={`rotate(${angle} 32 32)`} />
          ))}
        </g>
        <circle cx="32" cy="32" r="11" fill="#f6b93b" />
        <circle cx="28.5" cy="30.5" r="1.4" fill="#7a4a07" />
        <circle cx="35.5" cy="30.5" r="1.4" fill="#7a4a07" />
        <path d="M28 35.5q4 3 8 0" stroke="#7a4a07" strokeWidth="1.6" fill="none" strokeLinecap="round" />
      </>
    ),
  },
  leaf: {
    background: '#d8f0d2',
    art: (
      <>
        <path d="M17 47C17 28 30 16 49 15c0 19-12 32-32 32z" fill="#4fa35a" />
        <path d="M19 45L42 22M28 37l-1-9M34 31l6 0" stroke="#2c6b36" strokeWidth="2.2" strokeLinecap="round" fill="none" />
      </>
    ),
  },
  wave: {
    background: '#d4e8fb',
    art: (
      <>
        <path d="M8 30c6-7 11-7 16 0s11 7 16 0 11-7 16 0v26H8z" fill="#5b9bd5" />
        <path d="M8 41c6-6 11-6 16 0s11 6 16 0 11-6 16 0v15H8z" fill="#2f6fb0" />
        <circle cx="45" cy="18" r="4.5" fill="#fff" opacity="0.9" />
      </>
    ),
  },
  spark: {
    background: '#e6dcfb',
    art: (
      <>
        <path d="M32 10l5 17 17 5-17 5-5 17-5-17-17-5 17-5z" fill="#7a5bd6" />
        <path d="M48 12l1.8 5.2L55 19l-5.2 1.8L48 26l-1.8-5.2L41 19l5.2-1.8z" fill="#b29cf0" />
      </>
    ),
  },
  mountain: {
    background: '#d3efe9',
    art: (
      <>
        <path d="M6 50l18-26 9 12 7-9 18 23z" fill="#3f9c8f" />
        <path d="M24 24L19.2 31L22.2 29.4L24.6 32L26.9 29.6L28.5 30Z" fill="#fff" />
        <circle cx="47" cy="17" r="5" fill="#f2b94b" />
      </>
    ),
  },
  bloom: {
    background: '#fbdbe6',
    art: (
      <>
        {[0, 72, 144, 216, 288].map((angle) => (
          <ellipse key={angle} cx="32" cy="20" rx="7" ry="10" fill="#e0608a" transform={`rotate(${angle} 32 32)`} />
        ))}
        <circle cx="32" cy="32" r="7" fill="#f6c453" />
      </>
    ),
  },
  orbit: {
    background: '#d9def5',
    art: (
      <>
        <circle cx="32" cy="32" r="12" fill="#3b4a8f" />
        <ellipse cx="32" cy="32" rx="23" ry="7" fill="none" stroke="#c44a31" strokeWidth="3" transform="rotate(-20 32 32)" />
        <circle cx="51" cy="22" r="3" fill="#f2b94b" />
      </>
    ),
  },
  compass: {
    background: '#fde0cf',
    art: (
      <>
        <circle cx="32" cy="32" r="18" fill="#fff" stroke="#d9772b" strokeWidth="3.5" />
        <path d="M32 17l5 15h-10z" fill="#c44a31" />
        <path d="M32 47l-5-15h10z" fill="#4a5072" />
        <circle cx="32" cy="32" r="2.5" fill="#1c2240" />
      </>
    ),
  },
};

const INITIAL_COLOURS = ['#c44a31', '#3f9c8f', '#7a5bd6', '#2f6fb0', '#b7791f', '#277a4f'];

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((word) => [...word][0]?.toLocaleUpperCase() ?? '').join('') || '?';
}

function colourOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return INITIAL_COLOURS[hash % INITIAL_COLOURS.length]!;
}

export function BuiltinArt({ name }: { name: BuiltinAvatar }) {
  const { background, art } = ART[name];
  return (
    <svg viewBox="0 0 64 64" className="avatar__svg" aria-hidden="true">
      <circle cx="32" cy="32" r="32" fill={background} />
      {art}
    </svg>
  );
}

export function InitialsArt({ name }: { name: string }) {
  return (
    <svg viewBox="0 0 64 64" className="avatar__svg" aria-hidden="true">
      <circle cx="32" cy="32" r="32" fill={colourOf(name)} />
      <text x="32" y="33" textAnchor="middle" dominantBaseline="central" fontSize={initialsOf(name).length > 1 ? 24 : 28} fontWeight="700" fill="#fff">
        {initialsOf(name)}
      </text>
    </svg>
  );
}

/** A persona's picture: a built-in illustration, initials, or the imported image. Decorative: the name is always beside it. */
export function PersonaAvatar({ avatar, name, size = 48 }: { avatar: Avatar; name: string; size?: number }) {
  return (
    <span className="avatar" style={{ width: size, height: size }}>
      {avatar.kind === 'builtin' && <BuiltinArt name={avatar.key} />}
      {avatar.kind === 'initials' && <InitialsArt name={name} />}
      {avatar.kind === 'image' && <img className="avatar__image" src={pictureUrl(avatar.imageId)} alt="" />}
    </span>
  );
}
