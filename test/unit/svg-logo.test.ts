import { describe, expect, it } from 'vitest';
import { LogoRefused, sanitiseSvgLogo } from '../../main/services/branding/svg-logo';

const SVG = (body: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 20"${attributes}>${body}</svg>`;

async function refusal(text: string): Promise<string> {
  try {
    await sanitiseSvgLogo(text);
  } catch (error) {
    if (error instanceof LogoRefused) return error.problem;
    throw error;
  }
  return 'accepted';
}

describe('an SVG logo', () => {
  it('keeps its drawing, gradients and inner references, and drops a drawing tool’s leftovers quietly', async () => {
    const clean = await sanitiseSvgLogo(
      `<?xml version="1.0" encoding="UTF-8"?>${SVG(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#c44a31"/></linearGradient><path id="p" d="M0 0h10v10z"/></defs><rect width="40" height="20" fill="url(#g)"/><use href="#p"/><text x="2" y="15">Lumière</text>',
        ' data-editor="x"',
      )}`,
    );
    expect(clean).toMatch(/^<svg/);
    expect(clean).toContain('url(#g)');
    expect(clean).toContain('Lumière');
    expect(clean).toContain('href="#p"');
  });

  it.each([
    ['a script element', SVG('<script>alert(1)</script><rect width="1" height="1"/>'), 'script'],
    ['an event handler', SVG('<rect width="1" height="1"/>', ' onload="alert(1)"'), 'script'],
    ['a javascript: link', SVG('<a xlink:href="javascript:alert(1)"><rect width="1" height="1"/></a>'), 'script'],
    ['HTML inside a foreignObject', SVG('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), 'script'],
    ['a picture from the web', SVG('<image href="https://example.com/x.png" width="1" height="1"/>'), 'external'],
    ['a use of another file', SVG('<use href="other.svg#a"/><rect width="1" height="1"/>'), 'external'],
    ['a CSS url() to the web', SVG('<rect width="1" height="1" style="fill: url(https://example.com/p)"/>'), 'external'],
    ['a style sheet import', SVG('<style>@import "https://example.com/a.css";</style><rect width="1" height="1"/>'), 'external'],
    ['a DOCTYPE with entities', `<!DOCTYPE svg [<!ENTITY x "y">]>${SVG('<rect width="1" height="1"/>')}`, 'malformed'],
    ['text that is not XML', '<svg><rect></svg>', 'malformed'],
    ['an HTML page', '<html><body><svg xmlns="http://www.w3.org/2000/svg"></svg></body></html>', 'malformed'],
    ['an SVG without the SVG namespace', '<svg viewBox="0 0 1 1"><rect width="1" height="1"/></svg>', 'malformed'],
    ['an empty drawing', SVG(''), 'empty'],
  ])('is refused when it holds %s', async (_name, text, problem) => {
    expect(await refusal(text)).toBe(problem);
  });
});
