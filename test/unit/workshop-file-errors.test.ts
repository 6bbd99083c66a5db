import { describe, expect, test } from 'vitest';
import { restoreWorkshopFile } from '../../main/report/workshop-file-restore';
import { MAX_WORKSHOP_FILE_CHARS } from '../../shared/domain/workshop-file';
import { describeImportError } from '../../shared/i18n/workshop-file-errors';
import { AppError, type AppErrorData } from '../../shared/ipc/result';

const valid = {
  format: 'atelier-workshop',
  schemaVersion: 1,
  workshop: { title: 'Atelier', date: '2025-06-02', language: 'fr', createdAt: 'x', updatedAt: 'x' },
};
const cell = { kind: 'cell', mapId: 'm', stageId: 's', laneId: 'l' };
const map = (cards: number) => ({
  id: 'm',
  title: 'Parcours',
  stages: [{ id: 's', title: 'Achat' }],
  lanes: [{ id: 'l', kind: 'painPoints', title: 'Irritants' }],
  cards: Array.from({ length: cards }, (_, i) => ({ id: `c${i}`, container: cell, text: 'Attente', createdAt: 'x', updatedAt: 'x' })),
});
const htmlPng = `data:image/png;base64,${Buffer.from('<!doctype html><p>hello</p>').toString('base64')}`;

function refusal(text: string): AppErrorData {
  try {
    restoreWorkshopFile(text);
  } catch (error) {
    if (error instanceof AppError) return error.toData();
    throw error;
  }
  throw new Error('The file was accepted');
}

const BAD_FILES: [string, string][] = [
  ['over 50 MB', ' '.repeat(MAX_WORKSHOP_FILE_CHARS + 1)],
  ['not JSON', 'PK\u0003\u0004'],
  ['another program’s JSON', JSON.stringify({ type: 'excalidraw' })],
  ['from a newer Atelier', JSON.stringify({ ...valid, schemaVersion: 9 })],
  ['a title too long', JSON.stringify({ ...valid, workshop: { ...valid.workshop, title: 'x'.repeat(201) } })],
  ['a step of 0 minutes', JSON.stringify({ ...valid, workshop: { ...valid.workshop, steps: [{ id: 'a', kind: 'break', title: 'Pause', plannedMinutes: 0 }] } })],
  ['6,000 cards in one map', JSON.stringify({ ...valid, boards: { journeyMaps: [map(6000)] } })],
  ['a card in no cell', JSON.stringify({ ...valid, boards: { journeyMaps: [{ ...map(1), cards: [{ ...map(1).cards[0], container: { ...cell, laneId: 'x' } }] }] } })],
  ['an HTML page as a PNG', JSON.stringify({ ...valid, boards: { personas: [{ id: 'p', name: 'Léa', avatar: { kind: 'image', dataUrl: htmlPng } }] } })],
  ['two open votes', JSON.stringify({ ...valid, voting: ['a', 'b'].map((id) => ({ id, phase: 'open', rules: { dotsPerVoter: 3, maxPerItem: 2 }, createdAt: 'x', updatedAt: 'x' })) })],
];

describe('every refusal of a workshop file is a sentence for a person, in both languages', () => {
  test.each(BAD_FILES)('a file with %s', (_what, text) => {
    const error = refusal(text);
    for (const [lang, ending] of [
      ['en', 'Nothing was imported.'],
      ['fr', 'Rien n’a été importé.'],
    ] as const) {
      const sentence = describeImportError(lang, error);
      expect(sentence.endsWith(ending)).toBe(true);
      expect(sentence).not.toMatch(/[{}]|undefined|NaN|\bfile\.[a-z]|dataBase64|Too big|expected/);
    }
    // The English detail is for logs; it never reaches the French sentence.
    expect(describeImportError('fr', error)).not.toContain(error.message);
  });

  test('a limit names the count and the limit, written the way the language writes numbers', () => {
    const error = refusal(JSON.stringify({ ...valid, boards: { journeyMaps: [map(6000)] } }));
    expect(describeImportError('en', error)).toBe('This workshop file holds 6,000 cards, where Atelier allows at most 5,000. Nothing was imported.');
    expect(describeImportError('fr', error)).toBe('Ce fichier d’atelier contient 6\u202f000 cartes, alors qu’Atelier en accepte au plus 5\u202f000. Rien n’a été importé.');
  });

  test('a fake picture names its persona', () => {
    const error = refusal(BAD_FILES.find(([what]) => what === 'an HTML page as a PNG')![1]);
    expect(describeImportError('en', error)).toBe('The picture of the persona “Léa” is not a real PNG or JPEG image, or is over 5 MB. Nothing was imported.');
  });

  test('a request refused by the transport as too large is the import’s “over 50 MB”', () => {
    expect(describeImportError('fr', { code: 'too_large', message: 'Request body too large' })).toBe(
      'Ce fichier dépasse 50 Mo : ce ne peut pas être un fichier d’atelier Atelier. Rien n’a été importé.',
    );
  });
});
