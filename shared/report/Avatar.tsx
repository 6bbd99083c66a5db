import { createContext, useContext } from 'react';
import type { Avatar as AvatarValue, BuiltinAvatar } from '../domain/board';
import { initialsOf } from './text';

const SAFE_IMAGE = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/;
/** The firm's logo may also be an SVG: main stores only one it has sanitised. */
const SAFE_LOGO = /^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/]+=*$/;
const LOGO_ID = /^brand-logo\.[0-9a-f]{16}$/;

/**
 * Where a picture is drawn from, by image id: the PDF embeds data URLs (it loads nothing), the
 * preview gives the URL the app serves pictures at. null: no such picture, initials instead.
 */
export type ImageSource = (imageId: string) => string | null;
export const ImageSourceContext = createContext<ImageSource>(() => null);

/** The pictures of a print read, by image id; only PNG and JPEG data URLs are ever drawn. */
export function embeddedImages(pictures: Readonly<Record<string, string>> | undefined): ImageSource {
  return (imageId) => {
    const dataUrl = pictures && Object.hasOwn(pictures, imageId) ? pictures[imageId] : undefined;
    return dataUrl && (LOGO_ID.test(imageId) ? SAFE_LOGO : SAFE_IMAGE).test(dataUrl) ? dataUrl : null;
  };
}

const TONES: Record<BuiltinAvatar, string> = {
  sun: '#f2b94b',
  leaf: '#3f9c8f',
  wave: '#2f7fb8',
  spark: '#7a5bd6',
  mountain: '#4a5072',
  bloom: '#d4607a',
  orbit: '#c44a31',
  compass: '#277a4f',
};

/** A persona's picture: an uploaded image, one of the built-in drawings, or initials. */
export function Avatar({ avatar, name, className }: { avatar: AvatarValue; name: string; className?: string }) {
  const classes = `rp-avatar ${className ?? ''}`.trim();
  const source = useContext(ImageSourceContext);
  const src = avatar.kind === 'image' ? source(avatar.imageId) : null;
  if (src) return <img className={classes} src={src} alt="" />;
  if (avatar.kind === 'builtin') {
    return (
      <svg className={classes} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
        <circle cx="32" cy="32" r="32" fill={TONES[avatar.key]} />
        <g fill="none" stroke="#fff" strokeWidth="3.5" strokeLinecap="round" strokeLinejoin="round">
          <Glyph name={avatar.key} />
        </g>
      </svg>
    );
  }
  return (
    <svg className={classes} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="32" fill="#1c2240" />
      <text x="32" y="40" textAnchor="middle" fontSize="22" fontWeight="700" fill="#fff">
        {initialsOf(name)}
      </text>
    </svg>
  );
}

function Glyph({ name }: { name: BuiltinAvatar }) {
  switch (name) {
    case 'sun':
      return (
        <>
          <circle cx="32" cy="32" r="9" />
          <path d="M32 12v6M32 46v6M12 32h6M46 32h6M18 18l4 4M42 42l4 4M18 46l4-4M42 22l4-4" />
        </>
      );
    case 'leaf':
      return <path d="M18 46c0-18 12-28 30-28 0 18-10 30-28 30M18 46l14-14" />;
    case 'wave':
      return <path d="M12 28c5-6 10-6 15 0s10 6 15 0 8-5 10-3M12 40c5-6 10-6 15 0s10 6 15 0 8-5 10-3" />;
    case 'spark':
      return <path d="M32 13l4 15 15 4-15 4-4 15-4-15-15-4 15-4z" />;
    case 'mountain':
      return <path d="M10 46l15-20 8 10 6-7 15 17z" />;
    case 'bloom':
      return (
        <>
          <circle cx="32" cy="32" r="5" />
          <path d="M32 27c-4-8 4-14 0-14s4 6 0 14M37 32c8-4 14 4 14 0s-6 4-14 0M32 37c4 8-4 14 0 14s-4-6 0-14M27 32c-8 4-14-4-14 0s6-4 14 0" />
        </>
      );
    case 'orbit':
      return (
        <>
          <circle cx="32" cy="32" r="7" />
          <ellipse cx="32" cy="32" rx="20" ry="9" transform="rotate(-25 32 32)" />
        </>
      );
    case 'compass':
      return (
        <>
          <circle cx="32" cy="32" r="18" />
          <path d="M38 26l-4 10-8 2 4-10z" />
        </>
      );
  }
}
