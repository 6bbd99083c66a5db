import { createHash } from 'node:crypto';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import { MAX_LOGO_BYTES, type Branding, type LogoProblem } from '../../../shared/domain/branding';
import { AppError } from '../../../shared/ipc/result';
import { readSettings, writeSetting } from '../../store/settings-repo';
import type { ReadableDB } from '../../store/types';
import type { ServiceContext } from '../context';
import { loadSettings } from '../settings';
import { LogoRefused, sanitiseSvgLogo } from './svg-logo';

/** The settings key of the logo's bytes, apart from the settings that every push carries. */
const LOGO_KEY = 'brandLogo';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function refuse(problem: LogoProblem, message: string): never {
  throw new AppError('invalid_input', message, 'logo', `logo_${problem}`);
}

function save(ctx: ServiceContext, next: Branding, logo?: string | null): OutputOf<'brandingUpdate'> {
  ctx.store().transaction((db) => {
    writeSetting(db, 'branding', next);
    if (logo !== undefined) writeSetting(db, LOGO_KEY, logo);
  });
  const settings = loadSettings(ctx);
  ctx.bus.emit('settingsChanged', settings);
  return settings;
}

export function brandingUpdate(ctx: ServiceContext, patch: ParsedInputOf<'brandingUpdate'>): OutputOf<'brandingUpdate'> {
  const current = loadSettings(ctx).branding;
  return save(ctx, { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) });
}

/**
 * Checks a logo the way a persona's picture is checked (type and size, real bytes of that type)
 * and stores it as a data URL: a PNG as sent (the renderer has redrawn it), an SVG only once
 * sanitised. A refusal names its reason and changes nothing.
 */
export async function brandingLogoSet(ctx: ServiceContext, { mime, dataBase64 }: ParsedInputOf<'brandingLogoSet'>): Promise<OutputOf<'brandingLogoSet'>> {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.toString('base64') !== dataBase64) refuse('malformed', 'logo.dataBase64: not canonical base64');
  const stored = mime === 'image/png' ? pngLogo(bytes) : await svgLogo(bytes);
  if (Buffer.byteLength(stored) > MAX_LOGO_BYTES) refuse('size', `The logo is over ${MAX_LOGO_BYTES / 1024} KB`);
  const dataUrl = `data:${mime};base64,${Buffer.from(stored).toString('base64')}`;
  const version = createHash('sha256').update(dataUrl).digest('hex').slice(0, 16);
  return save(ctx, { ...loadSettings(ctx).branding, logo: { mime, version } }, dataUrl);
}

export function brandingLogoClear(ctx: ServiceContext): OutputOf<'brandingLogoClear'> {
  return save(ctx, { ...loadSettings(ctx).branding, logo: null }, null);
}

export function brandingLogoGet(ctx: ServiceContext): OutputOf<'brandingLogoGet'> {
  return { dataUrl: storedLogo(ctx.store().db) };
}

/** The stored logo's data URL, or null; one that does not match what the settings say is none. */
export function storedLogo(db: ReadableDB): string | null {
  const value = readSettings(db)[LOGO_KEY];
  return typeof value === 'string' && /^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/]+=*$/.test(value) ? value : null;
}

function pngLogo(bytes: Buffer): Uint8Array {
  if (bytes.length > MAX_LOGO_BYTES) refuse('size', `The logo is over ${MAX_LOGO_BYTES / 1024} KB`);
  if (bytes.length <= PNG_SIGNATURE.length || !PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) refuse('type', 'The bytes are not a PNG image');
  return bytes;
}

async function svgLogo(bytes: Buffer): Promise<string> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('malformed', 'An SVG logo must be UTF-8 text');
  }
  try {
    return await sanitiseSvgLogo(text);
  } catch (error) {
    if (error instanceof LogoRefused) refuse(error.problem, error.message);
    throw error;
  }
}
