import { describe, expect, it } from 'vitest';
import { AREAS, en, fr } from '../../shared/i18n/catalog';
import { describeError, translate } from '../../shared/i18n';
import { ERROR_CODES } from '../../shared/ipc/result';

describe('translations', () => {
  it('define every key in French and English, with no empty string', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(fr)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('never define one key in two areas', () => {
    const seen = new Map<string, number>();
    AREAS.forEach((area, index) => {
      for (const key of Object.keys(area.en)) {
        expect(seen.has(key), `${key} defined twice`).toBe(false);
        seen.set(key, index);
      }
    });
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(translate('fr', 'recovery.safe', { path: '/tmp/a' })).toContain('/tmp/a');
    expect(translate('en', 'recovery.safe')).toContain('{path}');
  });

  it('describe every error code in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(describeError('fr', { code, message: '' })).not.toMatch(/^error\./);
      expect(describeError('en', { code, message: '' })).not.toMatch(/^error\./);
    }
    expect(describeError('en', { code: 'invalid_input', message: '', field: 'title' })).toBe('This is not valid: title.');
  });
});
