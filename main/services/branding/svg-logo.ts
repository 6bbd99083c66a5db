import type { LogoProblem } from '../../../shared/domain/branding';

/** A refused SVG, with the reason the settings panel words. */
export class LogoRefused extends Error {
  constructor(
    readonly problem: LogoProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'LogoRefused';
  }
}

/** What a logo may point at: its own elements (#id) and pictures embedded in it. */
const INNER_REFERENCE = /^(#|data:image\/(png|jpeg);base64,)/i;
const EXTERNAL_IN_CSS = /url\(\s*(?!['"]?#)|@import/i;
const SCRIPTED_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);

/**
 * An SVG logo made safe to store and print, or refused. DOMPurify (on a jsdom window) keeps only
 * SVG elements and attributes it knows to be inert; then nothing may be left that points outside
 * the file. Harmless leftovers of drawing tools (metadata, editor attributes) are dropped
 * quietly; scripts, event handlers and outside references are refused rather than cut out, so the
 * facilitator knows the file is not what it seemed. A DOCTYPE (entities) is refused unread.
 * jsdom and DOMPurify load on the first logo only: they take seconds to load, which the app's
 * start must not pay.
 */
export async function sanitiseSvgLogo(text: string): Promise<string> {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new LogoRefused('malformed', 'An SVG logo may not declare a DOCTYPE or entities');
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
  const { window } = new JSDOM('');
  try {
    let root: Element | null;
    try {
      // Well-formed XML with an <svg> root, read by an XML parser (no HTML error recovery).
      root = new window.DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    } catch {
      root = null;
    }
    if (!root || root.localName !== 'svg' || root.namespaceURI !== 'http://www.w3.org/2000/svg' || root.getElementsByTagName('parsererror').length > 0) {
      throw new LogoRefused('malformed', 'Not a well-formed SVG document');
    }
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    const clean = purify.sanitize(text.replace(/^\s*<\?xml[^>]*\?>/, ''), {
      USE_PROFILES: { svg: true, svgFilters: true },
      // Drawing tools reuse shapes with <use href="#id">; any other target is refused below.
      ADD_TAGS: ['use'],
    });
    for (const removed of purify.removed) {
      if ('element' in removed && removed.element) {
        const name = removed.element.nodeName.toLowerCase();
        if (SCRIPTED_ELEMENTS.has(name)) throw new LogoRefused('script', `The SVG holds a <${removed.element.nodeName}> element`);
        if (name === 'use' || name === 'a') throw new LogoRefused('external', `The SVG links outside itself (<${removed.element.nodeName}>)`);
      } else if ('attribute' in removed && removed.attribute) {
        const name = removed.attribute.name.toLowerCase();
        if (name.startsWith('on')) throw new LogoRefused('script', `The SVG has an event handler (${removed.attribute.name})`);
        if (/(^|:)href$/.test(name) && !INNER_REFERENCE.test(removed.attribute.value.trim())) {
          throw new LogoRefused(/^\s*javascript:/i.test(removed.attribute.value) ? 'script' : 'external', `The SVG links outside itself (${name})`);
        }
      }
    }
    const kept = new window.DOMParser().parseFromString(clean, 'image/svg+xml').documentElement;
    if (!kept || kept.localName !== 'svg') throw new LogoRefused('empty', 'Nothing of the SVG is left to draw');
    for (const element of [kept, ...Array.from(kept.getElementsByTagName('*'))]) {
      if (element.localName === 'style' && EXTERNAL_IN_CSS.test(element.textContent ?? '')) throw new LogoRefused('external', 'The SVG style loads something from outside');
      for (const attribute of Array.from(element.attributes)) {
        const value = attribute.value.trim();
        if (/(^|:)href$/i.test(attribute.name) && !INNER_REFERENCE.test(value)) throw new LogoRefused('external', `The SVG links outside itself (${attribute.name})`);
        if (EXTERNAL_IN_CSS.test(value)) throw new LogoRefused('external', `The SVG loads something from outside (${attribute.name})`);
      }
    }
    if (kept.children.length === 0) throw new LogoRefused('empty', 'Nothing of the SVG is left to draw');
    return clean;
  } finally {
    window.close();
  }
}
