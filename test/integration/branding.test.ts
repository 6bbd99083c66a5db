import { describe, expect, test } from 'vitest';
import { DEFAULT_BRANDING, MAX_LOGO_BYTES } from '../../shared/domain/branding';
import { startTestCore } from '../helpers/core';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`;
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

describe('the deliverable settings', () => {
  test('are kept between workshops and across a restart, and pushed to every window', async () => {
    const t = await startTestCore();
    expect((await t.call('settingsGet', {})).branding).toEqual(DEFAULT_BRANDING);
    await t.call('brandingUpdate', { firmName: '  Cabinet Lumière ', accent: '#1F5FA8' });
    await t.call('brandingUpdate', { footer: 'Confidentiel', mentionAtelier: true });
    const expected = { firmName: 'Cabinet Lumière', footer: 'Confidentiel', accent: '#1f5fa8', logo: null, mentionAtelier: true };
    expect(t.eventsOf('settingsChanged').at(-1)!.branding).toEqual(expected);
    const again = await t.restart();
    expect((await again.call('settingsGet', {})).branding).toEqual(expected);
    await again.close();
  });

  test('store a PNG or a sanitised SVG logo, apart from the settings that pushes carry', async () => {
    const t = await startTestCore();
    const withPng = await t.call('brandingLogoSet', { mime: 'image/png', dataBase64: b64(PNG) });
    expect(withPng.branding.logo).toEqual({ mime: 'image/png', version: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(JSON.stringify(t.eventsOf('settingsChanged').at(-1))).not.toContain(b64(PNG));
    expect((await t.call('brandingLogoGet', {})).dataUrl).toBe(`data:image/png;base64,${b64(PNG)}`);

    const withSvg = await t.call('brandingLogoSet', { mime: 'image/svg+xml', dataBase64: b64(svg('<metadata>tool</metadata><rect width="10" height="10"/>')) });
    expect(withSvg.branding.logo?.version).not.toBe(withPng.branding.logo?.version);
    const stored = Buffer.from((await t.call('brandingLogoGet', {})).dataUrl!.split(',')[1]!, 'base64').toString('utf8');
    expect(stored).toContain('<rect');

    const data = await t.call('reportData', { workshopId: (await t.call('sampleWorkshopCreate', { language: 'en' })).id, pictures: true });
    expect(data.branding.logoId).toBe(`brand-logo.${withSvg.branding.logo!.version}`);
    expect(data.pictures?.[data.branding.logoId!]).toMatch(/^data:image\/svg\+xml;base64,/);

    expect((await t.call('brandingLogoClear', {})).branding.logo).toBeNull();
    expect((await t.call('brandingLogoGet', {})).dataUrl).toBeNull();
  });

  test.each([
    ['an SVG with a script', 'image/svg+xml', b64(svg('<script>alert(1)</script><rect width="1" height="1"/>')), 'logo_script'],
    ['an SVG reaching outside', 'image/svg+xml', b64(svg('<image href="https://example.com/a.png" width="1" height="1"/>')), 'logo_external'],
    ['text that is no SVG', 'image/svg+xml', b64('hello'), 'logo_malformed'],
    ['a JPEG sent as a PNG', 'image/png', b64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5])), 'logo_type'],
    ['a PNG over the limit', 'image/png', b64(Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)])), 'logo_size'],
  ])('refuse %s with its reason, keeping the logo they had', async (_name, mime, dataBase64, reason) => {
    const t = await startTestCore();
    const before = await t.call('brandingLogoSet', { mime: 'image/png', dataBase64: b64(PNG) });
    const error = await t.refused('brandingLogoSet', { mime, dataBase64 });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'logo', reason });
    expect((await t.call('settingsGet', {})).branding).toEqual(before.branding);
    expect((await t.call('brandingLogoGet', {})).dataUrl).toBe(`data:image/png;base64,${b64(PNG)}`);
  });

  test('refuse a colour that is not #rrggbb and unknown fields, changing nothing', async () => {
    const t = await startTestCore();
    expect((await t.refused('brandingUpdate', { accent: 'red' })).code).toBe('invalid_input');
    expect((await t.refused('brandingUpdate', { logo: null })).code).toBe('invalid_input');
    expect((await t.refused('brandingLogoSet', { mime: 'image/gif', dataBase64: b64(PNG) })).code).toBe('invalid_input');
    expect((await t.call('settingsGet', {})).branding).toEqual(DEFAULT_BRANDING);
  });
});
