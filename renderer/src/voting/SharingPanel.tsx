import { useId, useState } from 'react';
import type { SharingStatus } from '../../../shared/domain/voting';
import type { Workshop } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { useI18n } from '../i18n';
import { QrCode } from './QrCode';
import { useParticipants } from './useVoting';

/** "" (automatic) or a whole port number from 1024 to 65535. */
export function parsePort(text: string): number | undefined | null {
  const value = text.trim();
  if (value === '') return undefined;
  if (!/^\d+$/.test(value)) return null;
  const port = Number(value);
  return port >= 1024 && port <= 65535 ? port : null;
}

/** "K7PQ2M" → "K7P QM2": two groups of three read aloud more easily. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/**
 * Turns the participant server on and off for this workshop, and shows how to join: the address,
 * the short code and the QR code (drawn from main's matrix). Who joined, with a Remove button.
 */
export function SharingPanel({ workshop, sharing }: { workshop: Workshop; sharing: SharingStatus }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const id = useId();
  const [port, setPort] = useState('');
  const [busy, setBusy] = useState(false);
  const here = sharing.active && sharing.workshopId === workshop.id;
  const elsewhere = sharing.active && !here;
  const parsedPort = parsePort(port);

  const toggle = async (): Promise<void> => {
    if (busy) return;
    if (!here && parsedPort === null) return;
    setBusy(true);
    if (here) await run(api.sharingStop({}));
    else await run(api.sharingStart({ workshopId: workshop.id, port: parsedPort ?? undefined }));
    setBusy(false);
  };

  return (
    <section className="stack sharing panel" aria-labelledby={`${id}-title`}>
      <header className="sharing__head">
        <h3 id={`${id}-title`} className="voting-subtitle">
          {t('voting.sharing.title')}
        </h3>
        <button
          type="button"
          role="switch"
          className="switch"
          aria-checked={here}
          disabled={busy || elsewhere || (!here && parsedPort === null)}
          onClick={() => void toggle()}
        >
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          <span className="switch__label">{t('voting.sharing.toggle')}</span>
        </button>
      </header>

      {elsewhere && (
        <div className="sharing__elsewhere">
          <p>{t('voting.sharing.elsewhere')}</p>
          <button type="button" className="button" onClick={() => void run(api.sharingStop({}))}>
            {t('voting.sharing.stop')}
          </button>
        </div>
      )}

      {!sharing.active && (
        <>
          <p className="muted sharing__intro">{t('voting.sharing.intro')}</p>
          <label className="field sharing__port">
            <span className="field__label">{t('voting.sharing.port')}</span>
            <input
              className="input"
              inputMode="numeric"
              value={port}
              placeholder={t('voting.sharing.portAuto')}
              aria-invalid={parsedPort === null}
              aria-describedby={`${id}-port-hint`}
              onChange={(event) => setPort(event.target.value)}
            />
            <span id={`${id}-port-hint`} className={parsedPort === null ? 'field__error' : 'field__hint'}>
              {parsedPort === null ? t('voting.sharing.portInvalid') : t('voting.sharing.portHint')}
            </span>
          </label>
        </>
      )}

      {here && <JoinDetails sharing={sharing} />}
      {here && <ParticipantList workshopId={workshop.id} />}
    </section>
  );
}

function JoinDetails({ sharing }: { sharing: SharingStatus }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  // Shown: the address people type (the code goes in its own box). Copied and scanned: with the code.
  const url = sharing.urls[0] ?? sharing.joinUrl ?? '';
  const full = sharing.joinUrl ?? url;
  const copy = (): void => {
    void navigator.clipboard?.writeText(full).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  if (sharing.urls.length === 0) {
    return (
      <div className="join">
        <p className="join__warning" role="status">
          {t('voting.sharing.noNetwork')}
        </p>
        <dl className="join__facts">
          <div>
            <dt>{t('voting.sharing.code')}</dt>
            <dd className="join__code">{sharing.joinCode ? spacedCode(sharing.joinCode) : ''}</dd>
          </div>
        </dl>
      </div>
    );
  }
  return (
    <div className="join">
      {sharing.qr && <QrCode qr={sharing.qr} label={t('voting.sharing.qr', { url: full })} className="join__qr" />}
      <dl className="join__facts">
        <div>
          <dt>{t('voting.sharing.code')}</dt>
          <dd className="join__code">{sharing.joinCode ? spacedCode(sharing.joinCode) : ''}</dd>
        </div>
        <div>
          <dt>{t('voting.sharing.url')}</dt>
          <dd className="join__url">
            <span>{url}</span>
            <button type="button" className="button button--ghost" onClick={copy}>
              {copied ? t('voting.sharing.copied') : t('voting.sharing.copy')}
            </button>
          </dd>
        </div>
        {sharing.urls.length > 1 && (
          <div>
            <dt>{t('voting.sharing.otherUrls')}</dt>
            <dd>
              <ul className="join__others">
                {sharing.urls.slice(1).map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}

function ParticipantList({ workshopId }: { workshopId: string }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const participants = useParticipants(workshopId);
  const connected = participants.filter((p) => p.connected).length;
  return (
    <div className="participants">
      <h4 className="participants__title">
        {t('voting.participants.title')}
        {participants.length > 0 && (
          <span className="participants__count">{t('voting.participants.connected', { connected, total: participants.length })}</span>
        )}
      </h4>
      {participants.length === 0 ? (
        <p className="muted">{t('voting.participants.none')}</p>
      ) : (
        <ul className="plain-list stack participants__list">
          {participants.map((p) => {
            const name = p.name || t('voting.participants.nameless');
            return (
              <li key={p.id} className="participant">
                <span className={p.connected ? 'participant__dot is-on' : 'participant__dot'} aria-hidden="true" />
                <span className="participant__name">{name}</span>
                <span className="participant__state">{p.connected ? t('voting.participants.online') : t('voting.participants.offline')}</span>
                <button
                  type="button"
                  className="button button--ghost button--danger"
                  aria-label={t('voting.participants.remove', { name })}
                  onClick={() => void run(api.participantRemove({ participantId: p.id }))}
                >
                  {t('voting.participants.removeShort')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
