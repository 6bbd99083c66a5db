import { describe, expect, test } from 'vitest';
import { cardsCsv, votesCsv } from '../../main/report/csv-exports';
import { csvCell, toCsv } from '../../main/report/csv';
import { renderReportHtml } from '../../main/report/render-html';
import type { FileDelivery } from '../../shared/domain/report';
import type { Workshop } from '../../shared/domain/workshop';
import { startTestCore, type TestCore } from '../helpers/core';

const MINUTE = 60_000;

function workshop(t: TestCore, title = 'Parcours client 2025'): Promise<Workshop> {
  return t.call('workshopCreate', {
    templateId: 'cx-discovery',
    meta: { title, client: 'Hôtels Rivage', date: '2025-06-02', language: 'fr', facilitator: 'Claire', participants: ['Ana'] },
  });
}

function downloaded(delivery: FileDelivery): string {
  if (delivery.status !== 'download') throw new Error(`Expected a download, got ${delivery.status}`);
  return Buffer.from(delivery.dataBase64, 'base64').toString('utf8');
}

describe('next steps', () => {
  test('are added, edited, reordered and removed, each change announcing the whole list', async () => {
    const t = await startTestCore();
    const w = await workshop(t);

    await t.call('nextStepAdd', { workshopId: w.id, step: { text: 'Former l’accueil de nuit', domain: 'culture' } });
    const two = await t.call('nextStepAdd', {
      workshopId: w.id,
      step: { text: 'Nommer un responsable du parcours', owner: 'Julien', dueDate: '2025-09-01', domain: 'governance' },
      index: 0,
    });
    expect(two.map((step) => [step.text, step.position, step.owner, step.dueDate])).toEqual([
      ['Nommer un responsable du parcours', 0, 'Julien', '2025-09-01'],
      ['Former l’accueil de nuit', 1, '', null],
    ]);

    const edited = await t.call('nextStepUpdate', { workshopId: w.id, id: two[1]!.id, patch: { owner: 'Karim', dueDate: '2025-10-15' } });
    expect(edited[1]).toMatchObject({ text: 'Former l’accueil de nuit', owner: 'Karim', dueDate: '2025-10-15', domain: 'culture' });

    const reordered = await t.call('nextStepsReorder', { workshopId: w.id, ids: [two[1]!.id, two[0]!.id] });
    expect(reordered.map((step) => step.owner)).toEqual(['Karim', 'Julien']);

    const left = await t.call('nextStepRemove', { workshopId: w.id, id: two[1]!.id });
    expect(left.map((step) => [step.owner, step.position])).toEqual([['Julien', 0]]);
    expect(await t.call('nextStepsList', { workshopId: w.id })).toEqual(left);
    // Each change is announced by the workshop's id only: views read the list they show.
    expect(t.eventsOf('nextStepsChanged')).toEqual(Array.from({ length: 5 }, () => ({ workshopId: w.id })));
  });

  test('refuse an unknown domain, an empty text or a bad date, and change nothing', async () => {
    const t = await startTestCore();
    const w = await workshop(t);
    expect((await t.refused('nextStepAdd', { workshopId: w.id, step: { text: 'x', domain: 'marketing' } })).field).toBe('step.domain');
    expect((await t.refused('nextStepAdd', { workshopId: w.id, step: { text: '  ', domain: 'design' } })).field).toBe('step.text');
    expect((await t.refused('nextStepAdd', { workshopId: w.id, step: { text: 'x', domain: 'design', dueDate: '01/09/2025' } })).field).toBe(
      'step.dueDate',
    );
    expect(await t.call('nextStepsList', { workshopId: w.id })).toEqual([]);
  });

  test('of a workshop in the trash cannot be changed', async () => {
    const t = await startTestCore();
    const w = await workshop(t);
    await t.call('workshopTrash', { id: w.id });
    expect((await t.refused('nextStepAdd', { workshopId: w.id, step: { text: 'x', domain: 'design' } })).code).toBe('conflict');
  });

  test('reordering with a missing or foreign id is refused', async () => {
    const t = await startTestCore();
    const w = await workshop(t);
    const [a] = await t.call('nextStepAdd', { workshopId: w.id, step: { text: 'A', domain: 'design' } });
    await t.call('nextStepAdd', { workshopId: w.id, step: { text: 'B', domain: 'design' } });
    expect((await t.refused('nextStepsReorder', { workshopId: w.id, ids: [a!.id] })).code).toBe('invalid_input');
  });
});

describe('the report data', () => {
  test('holds the agenda as run: actual start and end of each step the timer ran, none for the others', async () => {
    const t = await startTestCore();
    const w = await workshop(t);
    await t.call('timerCommand', { workshopId: w.id, command: 'start' });
    t.clock.advance(17 * MINUTE);
    await t.call('timerCommand', { workshopId: w.id, command: 'next' });
    await t.call('timerCommand', { workshopId: w.id, command: 'start' });
    t.clock.advance(4 * MINUTE);

    const data = await t.call('reportData', { workshopId: w.id });
    const [first, second, third] = data.agenda;
    expect(first).toMatchObject({ actualStart: '2025-06-02T09:00:00.000Z', actualEnd: '2025-06-02T09:17:00.000Z' });
    expect(second).toMatchObject({ actualStart: '2025-06-02T09:17:00.000Z', actualEnd: null });
    expect(third).toMatchObject({ actualStart: null, actualEnd: null });
    expect(data).toMatchObject({ language: 'fr', workshop: { title: 'Parcours client 2025', state: 'active' }, voting: [], nextSteps: [] });
  });

  test('of the sample workshop has three personas, a seven-stage journey, a revealed vote and next steps', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'en' });
    const data = await t.call('reportData', { workshopId: sample.id });

    expect(data.workshop).toMatchObject({ title: 'CX discovery — Azur Hotels', state: 'finished', language: 'en' });
    expect(data.personas.map((persona) => persona.name)).toEqual(['Camille Laurent', 'Nathalie Moreau', 'Hugo Bernard']);
    const [journey] = data.journeys;
    expect(journey?.stages.map((stage) => stage.title)).toEqual(['Need awareness', 'Research', 'Purchase', 'Use', 'Evaluation', 'Loyalty', 'Recommendation']);
    expect(journey?.emotions.map((point) => point.score)).toEqual([0, -1, -1, -2, 0, 1, 2]);
    expect(journey?.cards.filter((card) => card.severity !== null)).toHaveLength(8);
    expect(journey?.cards.filter((card) => card.momentOfTruthId !== null).length).toBeGreaterThan(0);
    expect(data.voting[0]?.items.slice(0, 3).map((item) => [item.rank, item.votes])).toEqual([
      [1, 12],
      [2, 7],
      [3, 5],
    ]);
    // The vote is on the journey's groups and loose pain points: the top one is a group, its cards beneath.
    expect(data.voting[0]?.items[0]).toMatchObject({
      text: 'The late arrival',
      context: 'Use',
      severity: null,
      members: ['A twenty-minute wait at late check-in', 'Slow Wi-Fi in the rooms'],
    });
    expect(new Set(data.nextSteps.map((step) => step.domain)).size).toBe(6);
    expect(data.agenda.every((step) => step.actualStart !== null && step.actualEnd !== null)).toBe(true);
  });

  test('leaves out a vote that has not been revealed', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'fr' });
    const [session] = (await t.call('votingSessionsList', { workshopId: sample.id })).sessions;
    await t.call('votingPhaseSet', { sessionId: session!.id, action: 'reopen' });
    expect((await t.call('reportData', { workshopId: sample.id })).voting).toEqual([]);
  });
});

describe('CSV exports', () => {
  test('quote fields per RFC 4180 and defuse formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('il a dit "non"')).toBe('"il a dit ""non"""');
    expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
    expect(csvCell('=HYPERLINK("http://x","clic")')).toBe('"\'=HYPERLINK(""http://x"",""clic"")"');
    expect(['+33 6', '-2 pts', '@SUM(A1)', '\tTAB'].map(csvCell)).toEqual(["'+33 6", "'-2 pts", "'@SUM(A1)", "'\tTAB"]);
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(null)).toBe('');
    expect(toCsv([['a', 'é'], [1, null]])).toBe('\uFEFFa,é\r\n1,\r\n');
  });

  test('of all cards starts with a byte-order mark and holds every persona and journey card', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'fr' });
    const csv = downloaded(await t.call('reportExportCsv', { workshopId: sample.id, kind: 'cards' }));
    const data = await t.call('reportData', { workshopId: sample.id });
    const cardCount = data.personas.flatMap((p) => p.sections.flatMap((s) => s.cards)).length + data.journeys.flatMap((m) => m.cards).length;

    expect(csv.startsWith('\uFEFFTableau,Persona ou parcours,Rubrique ou phase,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(cardCount + 1);
    expect(csv).toContain('Parcours client,Parcours — Camille Laurent,Utilisation,Irritants,1,Vingt minutes d’attente à l’enregistrement tardif,L’arrivée du soir,pink,Karim Haddad,3,');
    expect(csv).toBe(cardsCsv(data));
  });

  test('of all cards names each card’s group, and the duplicates merged into it with their authors', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'en' });
    const lines = downloaded(await t.call('reportExportCsv', { workshopId: sample.id, kind: 'cards' })).replace('\uFEFF', '').split('\r\n');
    const header = lines[0]!.split(',');
    const row = (text: string) => lines.find((line) => line.includes(`,${text},`))!.split(',');
    const column = (name: string) => header.indexOf(name);

    expect(header.slice(5, 7)).toEqual(['Text', 'Group']);
    expect(header.at(-1)).toBe('Duplicates merged in');
    expect(row('Slow Wi-Fi in the rooms')[column('Group')]).toBe('The late arrival');
    expect(row('Repeating the same details at every stay')[column('Group')]).toBe('Not recognised from one stay to the next');
    expect(row('Wi-Fi dropping during a video call')[column('Group')]).toBe('');
    expect(lines.join('\n')).toContain('Her preferences forgotten from one stay to the next,Not recognised from one stay to the next,pink,Julian Ross,');
    expect(lines.join('\n')).toContain(',Giving her preferences again at every arrival (Ines Duarte)');
    // A group not named yet is still told apart from no group.
    const data = await t.call('reportData', { workshopId: sample.id });
    const map = data.journeys[0]!;
    const untitled = cardsCsv({ ...data, journeys: [{ ...map, groups: map.groups.map((group) => ({ ...group, title: '' })) }] });
    expect(untitled).toContain('A twenty-minute wait at late check-in,Untitled group,');
  });

  test('of votes lists the revealed ranking with ties marked', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'en' });
    const delivery = await t.call('reportExportCsv', { workshopId: sample.id, kind: 'votes' });
    const csv = downloaded(delivery);
    const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n');

    expect(delivery).toMatchObject({ status: 'download', fileName: 'CX discovery — Azur Hotels — vote results.csv', mime: 'text/csv;charset=utf-8' });
    expect(lines[0]).toBe('Vote,Round,Rank,Tie,Text,Dots,Voters,Source,Journey map,Stage,Persona,Comment,Cards of the group');
    // The room grouped its first pain points of the evening arrival: the vote ranks the group first, with its cards.
    expect(lines[1]).toBe(
      'Top pain points of the journey,1,1,,The late arrival,12,5,group,Camille Laurent — journey,Use,Camille Laurent,,"A twenty-minute wait at late check-in\nSlow Wi-Fi in the rooms"',
    );
    // The two pain points nobody dotted share rank 6 (the group holds two of the pain points).
    expect(lines.filter((line) => line.includes(',1,6,yes,'))).toHaveLength(2);
    expect(votesCsv('en', [])).toBe('\uFEFF' + lines[0] + '\r\n');
  });

  test('of matrices gives each item its dots, its place on both axes, its quadrant and the actions made from it', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'fr' });
    const delivery = await t.call('reportExportCsv', { workshopId: sample.id, kind: 'matrices' });
    const lines = downloaded(delivery).replace('\uFEFF', '').trimEnd().split('\r\n');

    expect(delivery).toMatchObject({ fileName: 'Découverte CX — Maison Azur Hôtels — matrices de priorisation.csv' });
    expect(lines[0]).toBe('Matrice,Texte,Gommettes,Axe vertical,Note verticale,Axe horizontal,Note horizontale,Quadrant,Actions');
    expect(lines.slice(1)).toEqual([
      'Matrice impact × effort,L’arrivée du soir,12,Impact,5,Effort,2,Gains rapides,Inscrire « zéro attente à l’arrivée » dans la promesse de marque | Prototyper l’enregistrement en ligne avec clé mobile',
      'Matrice impact × effort,Facture au nom de l’entreprise impossible à obtenir en ligne,7,Impact,4,Effort,2,Gains rapides,Générer la facture entreprise dès la réservation',
      'Matrice impact × effort,Tarifs différents entre le site et les comparateurs,5,Impact,4,Effort,4,Projets majeurs,',
      'Matrice impact × effort,Points de fidélité qui expirent sans prévenir,3,Impact,2,Effort,1,Tâches d’appoint,',
      'Matrice impact × effort,Questionnaire de satisfaction trop long,1,Impact,1,Effort,4,Pièges à temps,',
    ]);
  });
});

describe('pictures in the deliverable', () => {
  test('the preview reads each picture by id; a read for printing carries the picture itself, and the PDF template embeds it', async () => {
    const t = await startTestCore();
    const w = await workshop(t);
    const persona = await t.call('personaCreate', { workshopId: w.id, name: 'Léa' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');
    const set = await t.call('personaSetAvatar', { personaId: persona.id, avatar: { kind: 'image', mime: 'image/png', dataBase64: png } });
    const imageId = set.avatar.kind === 'image' ? set.avatar.imageId : '';

    const preview = await t.call('reportData', { workshopId: w.id });
    expect(preview.personas[0]?.avatar).toEqual({ kind: 'image', imageId });
    expect(JSON.stringify(preview)).not.toContain(png);

    const printed = await t.call('reportData', { workshopId: w.id, pictures: true });
    expect(printed.pictures).toEqual({ [imageId]: `data:image/png;base64,${png}` });
    const html = renderReportHtml(printed, { sections: ['personas'], pageSize: 'A4' }, []);
    expect(html).toContain(`<img class="rp-avatar rp-persona__avatar" src="data:image/png;base64,${png}"`);
  });
});
