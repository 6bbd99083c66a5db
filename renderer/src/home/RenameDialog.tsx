import { useState } from 'react';
import { Dialog, DialogButtons } from '../components/Dialog';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';

export function RenameDialog(props: { title: string; label: string; initial: string; onSave: (value: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(props.initial);
  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!value.trim()) return;
          props.onSave(value.trim());
          props.onClose();
        }}
      >
        <Field label={props.label}>
          <input className="input" value={value} onChange={(e) => setValue(e.target.value)} maxLength={200} required data-autofocus />
        </Field>
        <div className="dialog__actions">
          <DialogButtons onCancel={props.onClose} confirmLabel={t('common.save')} />
        </div>
      </form>
    </Dialog>
  );
}
