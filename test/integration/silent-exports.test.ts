import { describe, expect, test } from 'vitest';
import type { FileDelivery } from '../../shared/domain/report';
import type { WorkshopFileInput } from '../../shared/domain/workshop-file';
import { phoneJoins, startSharingCore, type SharingCore } from '../helpers/participants';

/** Silent writing and authors in the sample workshop, the .atelier file, the CSV and the deliverable's data. */

function fileText(delivery: FileDelivery): string {
  if (delivery.status !== 'download') throw new Error(`Expected a download, got ${delivery.status}`);
  return Buffer.from(delivery.dataBase64, 'base64').toString('utf8');
}

/** A silent round: a named phone, an anonymous phone and the laptop write; then, after the reveal, one card stays hidden. */
async function silentRound(t: SharingCore) {
  const workshop = await t.call('workshopCreate', { templateId: 'cx-discovery', meta: { title: 'Silent', date: '2025-06-02', language: 'en', participants: [] } });
  const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Lea' });
  const needs = { kind: 'section' as const, sectionId: persona.sections.find((s) => s.title === 'Needs')!.id };
  const step = workshop.steps.find((s) => s.kind === 'persona' && s.silent)!;
  await t.call('timerGoTo', { workshopId: workshop.id, stepId: step.id });
  const sharing = await t.call('sharingStart', { workshopId: workshop.id });
  const ana = await phoneJoins(sharing, 'Ana Lopez');
  const anonymous = await phoneJoins(sharing);
  const ben = await phoneJoins(sharing, 'Ben Okoro');
  await ana.ask({ type: 'addCard', container: needs, text: 'Book in two clicks' });
  await ana.ask({ type: 'addCard', container: needs, text: 'Pay at the desk' });
  await anonymous.ask({ type: 'addCard', container: needs, text: 'No queue' });
  await t.call('cardCreate', { workshopId: workshop.id, container: needs, text: 'Clear prices', author: 'Claire' });
  await t.call('boardReveal', { workshopId: workshop.id });
  await ben.ask({ type: 'addCard', container: needs, text: 'Still hidden' });
  return { workshop, ana };
}

describe('silent writing in the deliverables', () => {
  test('the sample workshop’s persona step ran as a revealed silent round, with the participants as authors', async () => {
    const t = await startSharingCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'en' });
    const b = await t.call('boardGet', { workshopId: sample.id });
    const needs = b.personas[0]!.sections[0]!.cards;

    expect(sample.steps.find((s) => s.kind === 'persona')?.silent).toBe(true);
    expect(needs.length).toBeGreaterThan(0);
    expect(needs.every((c) => !c.hidden && c.participantId !== null && c.author !== null)).toBe(true);
    expect(new Set(needs.map((c) => c.author)).size).toBeGreaterThan(1);
    // Sections beyond the silent round were typed on the laptop.
    expect(b.personas[0]!.sections[3]!.cards.every((c) => c.participantId === null)).toBe(true);
    expect(b.journeyMaps.flatMap((m) => m.cards).some((c) => c.hidden)).toBe(false);
  });

  test('the .atelier file carries silent steps, hidden cards, authors and the author display, and imports back the same', async () => {
    const t = await startSharingCore();
    const { workshop, ana } = await silentRound(t);
    await t.call('workshopSetAuthorDisplay', { workshopId: workshop.id, authorDisplay: 'initials' });
    const text = fileText(await t.call('workshopExportFile', { workshopId: workshop.id }));
    const file = JSON.parse(text) as WorkshopFileInput;

    expect(file.workshop.authorDisplay).toBe('initials');
    expect(file.workshop.steps?.filter((s) => s.silent).length).toBe(3);
    const cards = file.boards!.personas![0]!.sections![0]!.cards!;
    expect(cards.map((c) => [c.text, c.author, c.hidden])).toEqual([
      ['Book in two clicks', 'Ana Lopez', false],
      ['Pay at the desk', 'Ana Lopez', false],
      ['No queue', null, false],
      ['Clear prices', 'Claire', false],
      ['Still hidden', 'Ben Okoro', true],
    ]);

    const imported = await t.call('workshopImportFile', { text });
    expect(imported.authorDisplay).toBe('initials');
    expect(imported.steps.map((s) => s.silent)).toEqual(workshop.steps.map((s) => s.silent));
    const after = (await t.call('boardGet', { workshopId: imported.id })).personas[0]!.sections[0]!.cards;
    expect(after.map((c) => [c.text, c.author, c.hidden])).toEqual(cards.map((c) => [c.text, c.author, c.hidden]));
    // The same phone's cards stay together under a new label; the laptop's has none.
    const labels = after.map((c) => c.participantId);
    expect(labels[0]).toBe(labels[1]);
    expect(labels[0]).not.toBe(ana.participantId);
    expect(new Set([labels[0], labels[2], labels[4]]).size).toBe(3);
    expect(labels[3]).toBeNull();
  });

  test('a file written before silent writing (version 1) still imports, with nothing hidden and authors shown', async () => {
    const t = await startSharingCore();
    const { workshop } = await silentRound(t);
    const file = JSON.parse(fileText(await t.call('workshopExportFile', { workshopId: workshop.id }))) as WorkshopFileInput & Record<string, unknown>;
    const old = JSON.parse(JSON.stringify(file), (key, value: unknown) => (['silent', 'hidden', 'participantId', 'authorDisplay'].includes(key) ? undefined : value)) as typeof file;
    old.schemaVersion = 1;

    const imported = await t.call('workshopImportFile', { text: JSON.stringify(old) });

    expect(imported.authorDisplay).toBe('shown');
    expect(imported.steps.every((s) => !s.silent)).toBe(true);
    const cards = (await t.call('boardGet', { workshopId: imported.id })).personas[0]!.sections[0]!.cards;
    expect(cards.map((c) => [c.hidden, c.participantId])).toEqual(cards.map(() => [false, null]));
  });

  test('the CSV and the deliverable show only revealed cards, authors as the workshop names them, anonymous ones unnamed', async () => {
    const t = await startSharingCore();
    const { workshop } = await silentRound(t);
    await t.call('workshopSetAuthorDisplay', { workshopId: workshop.id, authorDisplay: 'initials' });

    const csv = fileText(await t.call('reportExportCsv', { workshopId: workshop.id, kind: 'cards' }));
    const [header = '', ...rows] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const columns = header.split(',');
    const text = columns.indexOf('Text');
    const author = columns.indexOf('Author');
    expect(rows.map((row) => row.split(',').filter((_, i) => i === text || i === author))).toEqual([
      ['Book in two clicks', 'AL'],
      ['Pay at the desk', 'AL'],
      ['No queue', ''],
      ['Clear prices', 'C'],
    ]);
    expect(csv).not.toContain('Still hidden');
    expect(csv).not.toContain('Ana Lopez');

    const data = await t.call('reportData', { workshopId: workshop.id });
    const texts = data.personas[0]!.sections[0]!.cards.map((c) => [c.text, c.author]);
    expect(texts).toEqual([
      ['Book in two clicks', 'AL'],
      ['Pay at the desk', 'AL'],
      ['No queue', null],
      ['Clear prices', 'C'],
    ]);

    await t.call('workshopSetAuthorDisplay', { workshopId: workshop.id, authorDisplay: 'hidden' });
    const hidden = await t.call('reportData', { workshopId: workshop.id });
    expect(hidden.personas[0]!.sections[0]!.cards.every((c) => c.author === null)).toBe(true);
  });
});
