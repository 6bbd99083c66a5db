/**
 * Pictures (persona avatars) are served by image id at one path of the app's own origin —
 * app://atelier/images/<id> in Electron, http://127.0.0.1:<port>/images/<id> in the browser host —
 * so a page builds the same relative URL in both. An image id changes with its picture, so what
 * is served at it never changes: browsers may keep it for good.
 */
export const PICTURES_PATH = '/images/';

/** What a picture's response says about caching: the URL names one version of one picture. */
export const PICTURE_CACHE_CONTROL = 'private, max-age=31536000, immutable';

const IMAGE_ID = /^[A-Za-z0-9_-]{6,64}\.[0-9a-f]{16}$/;

export function pictureUrl(imageId: string): string {
  return `${PICTURES_PATH}${encodeURIComponent(imageId)}`;
}

/** The image id a request path names, or null when it is not a picture's path. */
export function pictureIdOf(pathname: string): string | null {
  if (!pathname.startsWith(PICTURES_PATH)) return null;
  const id = pathname.slice(PICTURES_PATH.length);
  return IMAGE_ID.test(id) ? id : null;
}
