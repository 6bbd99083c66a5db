import { useState } from 'react';
import type { JourneyMap, Persona } from '../../../shared/domain/board';
import { useAppState } from '../app-state';
import { Dialog, DialogButtons } from '../components/Dialog';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';

export interface NewMapDialogProps {
  workshopId: string;
  personas: readonly Persona[];
  maps: readonly JourneyMap[];
  onCreated: (map: JourneyMap) => void;
  onClose: () => void;
}

/** A new journey map: for one persona (the first without a map is offered) or generic. */
export function NewMapDialog({ workshopId, personas, maps, onCreated, onClose }: NewMapDialogProps) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const sorted = [...personas].sort((a, b) => a.position - b.position);
  const withoutMap = sorted.find((p) => !maps.some((m) => m.personaId === p.id));
  const [personaId, setPersonaId] = useState<string>(withoutMap?.id ?? '');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);

  const create = async (): Promise<void> => {
    setBusy(true);
    const trimmed = title.trim();
    const created = await run(api.journeyCreate({ workshopId, personaId: personaId || null, ...(trimmed ? { title: trimmed } : {}) }));
    setBusy(false);
    if (created) {
      onCreated(created);
      onClose();
    }
  };

  return (
    <Dialog
      title={t('boards.journey.new')}
      onClose={onClose}
      footer={<DialogButtons onCancel={onClose} confirmLabel={t('boards.journey.create')} disabled={busy} onConfirm={() => void create()} />}
    >
      <div className="stack create-form__fields">
        <Field label={t('boards.journey.forPersona')}>
          <select className="select" value={personaId} onChange={(event) => setPersonaId(event.target.value)}>
            <option value="">{t('boards.journey.generic')}</option>
            {sorted.map((persona) => (
              <option key={persona.id} value={persona.id}>
                {persona.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('boards.journey.titleOptional')}>
          <input className="input" value={title} maxLength={120} onChange={(event) => setTitle(event.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}
