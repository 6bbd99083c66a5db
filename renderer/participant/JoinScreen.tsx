import { useId, useState, type FormEvent } from 'react';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/domain/voting';
import type { MessageKey } from '../../shared/i18n';
import { Brand } from '../src/components/Brand';
import { Field } from '../src/components/Field';
import { useI18n } from '../src/i18n';
import { JoinError, joinWithCode, type Identity, type SignOutReason } from './connection';

let addressCode: string | null = null;
/**
 * The code travels in the QR code's fragment (never sent to the server); it leaves the address bar
 * at once. Read once, so a second render (StrictMode) still finds it.
 */
function codeFromAddress(): string {
  if (addressCode === null) {
    addressCode = cleanCode(location.hash.slice(1));
    if (location.hash) history.replaceState(null, '', location.pathname);
  }
  return addressCode;
}

/** Keeps only characters a code can have, upper-cased: "k7m-2qx" → "K7M2QX". */
export function cleanCode(value: string): string {
  return [...value.toUpperCase()].filter((c) => JOIN_CODE_ALPHABET.includes(c)).join('').slice(0, JOIN_CODE_LENGTH);
}

const ERRORS: Partial<Record<string, MessageKey>> = {
  unauthorized: 'participant.badCode',
  invalid_input: 'participant.badCode',
  rate_limited: 'participant.tooMany',
  conflict: 'participant.full',
  offline: 'participant.offline',
};

/** `signedOut`: why the phone is back here (removed, or its sign-in no longer known), said once. */
export function JoinScreen({ signedOut, onJoined }: { signedOut: SignOutReason | null; onJoined: (identity: Identity) => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState(codeFromAddress);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(
    signedOut === 'removed' ? 'participant.removed' : signedOut === 'unauthorized' ? 'participant.signedOut' : null,
  );
  const codeId = useId();
  const nameId = useId();

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (code.length !== JOIN_CODE_LENGTH) {
      setError('participant.badCode');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onJoined(await joinWithCode(code, name));
    } catch (failure) {
      setError(ERRORS[failure instanceof JoinError ? failure.code : 'offline'] ?? 'participant.offline');
      setBusy(false);
    }
  }

  return (
    <main className="p-join">
      <div className="p-join__brand">
        <Brand />
      </div>
      <form className="p-card p-join__card" onSubmit={(e) => void submit(e)} noValidate>
        <h1 className="p-join__title">{t('participant.title')}</h1>
        <p className="p-join__lead">{t('participant.lead')}</p>
        <Field label={t('participant.code')} htmlFor={codeId}>
          <input
            id={codeId}
            className="input p-code"
            value={code}
            onChange={(e) => setCode(cleanCode(e.target.value))}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            inputMode="text"
            aria-describedby={`${codeId}-hint`}
            aria-invalid={error === 'participant.badCode'}
            required
          />
          <span id={`${codeId}-hint`} className="p-hint">
            {t('participant.codeHint')}
          </span>
        </Field>
        <Field label={t('participant.name')} htmlFor={nameId}>
          <input
            id={nameId}
            className="input p-input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={80}
            autoComplete="given-name"
            aria-describedby={`${nameId}-hint`}
          />
          <span id={`${nameId}-hint`} className="p-hint">
            {t('participant.nameHint')}
          </span>
        </Field>
        {error && (
          <p className="p-alert" role="alert">
            {t(error)}
          </p>
        )}
        <button type="submit" className="button button--primary button--large p-block" disabled={busy}>
          {busy ? t('participant.joining') : t('participant.join')}
        </button>
      </form>
    </main>
  );
}
