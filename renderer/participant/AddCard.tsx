import { useId, useState, type FormEvent } from 'react';
import { MAX_CARD_TEXT, type CardContainer } from '../../shared/domain/board';
import type { BoardTargets } from '../../shared/participant/protocol';
import { Field, TitledOptions } from '../src/components/Field';
import { useI18n } from '../src/i18n';
import type { Room } from './connection';
import { OwnCards } from './OwnCards';

interface Place {
  container: CardContainer;
  label: string;
}

/** The place the pickers point at, or null while the board offers none. */
function usePlace(targets: BoardTargets) {
  const [personaSection, setPersonaSection] = useState('');
  const [mapId, setMapId] = useState('');
  const [stageId, setStageId] = useState('');
  const [laneId, setLaneId] = useState('');

  if (targets.kind === 'persona') {
    const options = targets.personas.flatMap((p) => p.sections.map((s) => ({ id: s.id, label: `${p.name} — ${s.title}`, persona: p })));
    const chosen = options.find((o) => o.id === personaSection) ?? options[0];
    const place: Place | null = chosen ? { container: { kind: 'section', sectionId: chosen.id }, label: chosen.label } : null;
    return { kind: 'persona' as const, options, sectionId: chosen?.id ?? '', setSection: setPersonaSection, place };
  }
  const map = targets.maps.find((m) => m.id === mapId) ?? targets.maps[0];
  const stage = map?.stages.find((s) => s.id === stageId) ?? map?.stages[0];
  // Pain points are what participants add most: the lane they land on unless they pick another.
  const lane = map?.lanes.find((l) => l.id === laneId) ?? map?.lanes.find((l) => l.kind === 'painPoints') ?? map?.lanes[0];
  const place: Place | null =
    map && stage && lane
      ? { container: { kind: 'cell', mapId: map.id, stageId: stage.id, laneId: lane.id }, label: `${stage.title} — ${lane.title}` }
      : null;
  return { kind: 'journey' as const, maps: targets.maps, map, stage, lane, setMapId, setStageId, setLaneId, place };
}

export function AddCard({ targets, room }: { targets: BoardTargets | null; room: Room }) {
  const { t } = useI18n();
  if (!targets) {
    return <p className="p-empty">{t('participant.add.none')}</p>;
  }
  return <AddCardForm targets={targets} room={room} />;
}

function AddCardForm({ targets, room }: { targets: BoardTargets; room: Room }) {
  const { t } = useI18n();
  const picker = usePlace(targets);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  const ids = { section: useId(), map: useId(), stage: useId(), lane: useId(), text: useId() };
  const trimmed = text.trim();

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const place = picker.place;
    if (!place || trimmed === '' || busy) return;
    setBusy(true);
    const answer = await room.ask({ type: 'addCard', container: place.container, text: trimmed });
    setBusy(false);
    if (answer.type === 'ack' && answer.action === 'addCard') {
      setText('');
      setFeedback({ ok: true, text: t('participant.add.done', { place: place.label }) });
    } else if (answer.type === 'error') {
      setFeedback({ ok: false, text: t('participant.error', { message: answer.message }) });
    }
  }

  return (
    <form className="p-add" onSubmit={(e) => void submit(e)}>
      {picker.kind === 'persona' ? (
        <Field label={t('participant.add.section')} htmlFor={ids.section}>
          <select id={ids.section} className="select p-input" value={picker.sectionId} onChange={(e) => picker.setSection(e.target.value)}>
            {targets.kind === 'persona' &&
              targets.personas.map((p) => (
                <optgroup key={p.id} label={p.name}>
                  <TitledOptions items={p.sections} />
                </optgroup>
              ))}
          </select>
        </Field>
      ) : (
        <div className="column p-add__pickers">
          {picker.maps.length > 1 && (
            <Field label={t('participant.add.map')} htmlFor={ids.map}>
              <select id={ids.map} className="select p-input" value={picker.map?.id ?? ''} onChange={(e) => picker.setMapId(e.target.value)}>
                <TitledOptions items={picker.maps} />
              </select>
            </Field>
          )}
          <Field label={t('participant.add.stage')} htmlFor={ids.stage}>
            <select id={ids.stage} className="select p-input" value={picker.stage?.id ?? ''} onChange={(e) => picker.setStageId(e.target.value)}>
              <TitledOptions items={picker.map?.stages} />
            </select>
          </Field>
          <Field label={t('participant.add.lane')} htmlFor={ids.lane}>
            <select id={ids.lane} className="select p-input" value={picker.lane?.id ?? ''} onChange={(e) => picker.setLaneId(e.target.value)}>
              <TitledOptions items={picker.map?.lanes} />
            </select>
          </Field>
        </div>
      )}
      <Field label={t('participant.add.text')} htmlFor={ids.text}>
        <textarea
          id={ids.text}
          className="textarea p-input p-add__text"
          value={text}
          maxLength={MAX_CARD_TEXT}
          rows={4}
          placeholder={t('participant.add.placeholder')}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${ids.text}-count`}
        />
        <span id={`${ids.text}-count`} className="p-hint p-add__count">
          {t('participant.add.count', { count: text.length, max: MAX_CARD_TEXT })}
        </span>
      </Field>
      <button type="submit" className="button button--primary button--large p-block" disabled={busy || trimmed === '' || !picker.place}>
        {busy ? t('participant.add.sending') : t('participant.add.submit')}
      </button>
      <p className={feedback?.ok === false ? 'p-alert' : 'p-success'} role="status">
        {feedback?.text ?? ''}
      </p>
      <OwnCards board={targets} room={room} />
    </form>
  );
}
