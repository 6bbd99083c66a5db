import { useState } from 'react';
import { Dialog } from '../components/Dialog';
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
        <label className="field">
          <span className="field__label">{props.label}</span>
          <input className="input" value={value} onChange={(e) => setValue(e.target.value)} maxLength={200} required data-autofocus />
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
