import { useId, useState, type FormEvent } from 'react';
import { CX_DOMAINS, type CxDomain } from '../../../shared/domain/next-steps';
import type { MakeAction } from '../../../shared/domain/matrix';
import { Dialog, DialogButtons } from '../components/Dialog';
import { Field, Options } from '../components/Field';
import { useI18n } from '../i18n';
import { DateField } from '../workshop/DateField';

export interface MakeActionDialogProps {
  /** The priority's text: the action's text to begin with. */
  text: string;
  onClose: () => void;
  /** Creates the action; resolves true once main has it. */
  onCreate: (action: MakeAction) => Promise<boolean>;
}

/** "Make an action": the action's text (the priority's to begin with), its CX domain, owner and due date. */
export function MakeActionDialog({ text, onClose, onCreate }: MakeActionDialogProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ text, owner: '', dueDate: '', domain: 'design' as CxDomain });
  const [busy, setBusy] = useState(false);
  const ids = { text: useId(), domain: useId(), owner: useId(), due: useId(), form: useId() };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!draft.text.trim() || busy) return;
    setBusy(true);
    const done = await onCreate({ text: draft.text.trim(), domain: draft.domain, owner: draft.owner.trim(), dueDate: draft.dueDate || null });
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Dialog
      title={t('matrix.makeAction.title', { text })}
      onClose={onClose}
      footer={<DialogButtons onCancel={onClose} confirmLabel={t('matrix.makeAction.submit')} form={ids.form} disabled={busy || !draft.text.trim()} />}
    >
      <form id={ids.form} className="column make-action" onSubmit={(event) => void submit(event)}>
        <Field label={t('matrix.makeAction.text')} htmlFor={ids.text}>
          <textarea id={ids.text} className="textarea" rows={2} maxLength={500} required value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.target.value })} />
        </Field>
        <Field label={t('matrix.makeAction.domain')} htmlFor={ids.domain}>
          <select id={ids.domain} className="select" value={draft.domain} onChange={(event) => setDraft({ ...draft, domain: event.target.value as CxDomain })}>
            <Options values={CX_DOMAINS} label={(domain) => t(`cx.domain.${domain}`)} />
          </select>
        </Field>
        <div className="make-action__row">
          <Field label={t('matrix.makeAction.owner')} htmlFor={ids.owner}>
            <input id={ids.owner} className="input" maxLength={120} value={draft.owner} onChange={(event) => setDraft({ ...draft, owner: event.target.value })} />
          </Field>
          <Field label={t('matrix.makeAction.due')} htmlFor={ids.due}>
            <DateField id={ids.due} value={draft.dueDate} onChange={(dueDate) => setDraft({ ...draft, dueDate })} />
          </Field>
        </div>
      </form>
    </Dialog>
  );
}
