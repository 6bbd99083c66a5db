import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type Params } from '../../shared/i18n';
import { axisNames, whereText } from '../../renderer/src/matrix-text';

const t = (lang: 'en' | 'fr') => (key: MessageKey, params?: Params) => translate(lang, key, params);

describe('what a move on the matrix announces', () => {
  it('names the item, both scores and the quadrant, in English and in French', () => {
    const en = t('en');
    const fr = t('fr');
    const item = { text: 'Late check-in', placement: { impact: 4, effort: 2 } };
    expect(whereText(item, axisNames({ verticalLabel: '', horizontalLabel: '' }, en), en)).toBe('Late check-in: impact 4, effort 2 — Quick wins');
    expect(whereText({ ...item, text: 'Arrivée tardive' }, axisNames({ verticalLabel: '', horizontalLabel: '' }, fr), fr)).toBe(
      'Arrivée tardive : impact 4, effort 2 — Gains rapides',
    );
    expect(whereText({ text: 'Wi-Fi', placement: { impact: 1, effort: 5 } }, axisNames({ verticalLabel: '', horizontalLabel: '' }, fr), fr)).toBe(
      'Wi-Fi : impact 1, effort 5 — Pièges à temps',
    );
  });

  it('uses the axes the facilitator named, and says when an item is back in the tray', () => {
    const en = t('en');
    const axes = axisNames({ verticalLabel: 'Customer value', horizontalLabel: 'Business value' }, en);
    expect(whereText({ text: 'Parking', placement: { impact: 2, effort: 2 } }, axes, en)).toBe('Parking: customer value 2, business value 2 — Fill-ins');
    expect(whereText({ text: 'Parking', placement: null }, axes, en)).toBe('Parking: not placed yet');
  });
});
