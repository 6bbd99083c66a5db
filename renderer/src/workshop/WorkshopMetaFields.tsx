import { useId } from 'react';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { Field, Options } from '../components/Field';
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
      <Field label={t('create.field.title')}>
        <input
          className="input"
          value={value.title}
          placeholder={props.titlePlaceholder}
          required={!props.titlePlaceholder}
          onChange={set('title')}
          maxLength={200}
          data-autofocus
        />
      </Field>
      <div className="field-row">
        <Field label={t('create.field.client')}>
          <input className="input" value={value.client} onChange={set('client')} maxLength={200} />
        </Field>
        <Field label={t('create.field.date')} htmlFor={dateId}>
          <DateField id={dateId} required showLong value={value.date} onChange={(date) => onChange({ ...value, date })} />
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('create.field.facilitator')}>
          <input className="input" value={value.facilitator} onChange={set('facilitator')} maxLength={120} />
        </Field>
        <Field label={t('create.field.language')}>
          <select className="select" value={value.language} onChange={set('language')}>
            <Options values={LANGUAGES} label={(code) => t(`lang.${code}`)} />
          </select>
        </Field>
      </div>
      <Field label={t('create.field.participants')} hint={t('create.field.participants.hint')} hintId={hintId}>
        <textarea className="textarea" rows={3} value={value.participants} onChange={set('participants')} aria-describedby={hintId} />
      </Field>
    </>
  );
}
