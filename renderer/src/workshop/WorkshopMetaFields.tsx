import { useId } from 'react';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { useI18n } from '../i18n';
import { DateField } from './DateField';

export interface MetaForm {
  title: string;
  client: string;
  date: string;
  language: Language;
  facilitator: string;
  /** One name per line, as typed. */
  participants: string;
}

export function participantNames(text: string): string[] {
  return text
    .split('\n')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Title, client, date, facilitator, content language and participants: shared by creation and editing. */
export function WorkshopMetaFields(props: { value: MetaForm; onChange: (value: MetaForm) => void; titlePlaceholder?: string }) {
  const { t } = useI18n();
  const hintId = useId();
  const dateId = useId();
  const { value, onChange } = props;
  const set =
    <K extends keyof MetaForm>(key: K) =>
    (event: { target: { value: string } }) =>
      onChange({ ...value, [key]: event.target.value as MetaForm[K] });
  return (
    <>
      <label className="field">
        <span className="field__label">{t('create.field.title')}</span>
        <input
          className="input"
          value={value.title}
          placeholder={props.titlePlaceholder}
          required={!props.titlePlaceholder}
          onChange={set('title')}
          maxLength={200}
          data-autofocus
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field__label">{t('create.field.client')}</span>
          <input className="input" value={value.client} onChange={set('client')} maxLength={200} />
        </label>
        <div className="field">
          <label className="field__label" htmlFor={dateId}>
            {t('create.field.date')}
          </label>
          <DateField id={dateId} required showLong value={value.date} onChange={(date) => onChange({ ...value, date })} />
        </div>
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field__label">{t('create.field.facilitator')}</span>
          <input className="input" value={value.facilitator} onChange={set('facilitator')} maxLength={120} />
        </label>
        <label className="field">
          <span className="field__label">{t('create.field.language')}</span>
          <select className="select" value={value.language} onChange={set('language')}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`lang.${code}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span className="field__label">{t('create.field.participants')}</span>
        <textarea className="textarea" rows={3} value={value.participants} onChange={set('participants')} aria-describedby={hintId} />
        <span id={hintId} className="field__hint">
          {t('create.field.participants.hint')}
        </span>
      </label>
    </>
  );
}
