import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { LOGO_PROBLEMS, MAX_FIRM_NAME, MAX_FOOTER, accentContrastOnWhite, type BrandingPatch, type LogoProblem } from '../../../shared/domain/branding';
import { useAppState } from '../app-state';
import { CommitField } from '../components/CommitField';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { useI18n } from '../i18n';
import { importLogo } from './logo-import';
import { useBrandLogo } from './useBrandLogo';

const HEX = /^#[0-9a-fA-F]{6}$/;

function logoProblemOf(reason: string | undefined): LogoProblem | null {
  const problem = reason?.startsWith('logo_') ? reason.slice('logo_'.length) : null;
  return problem && (LOGO_PROBLEMS as readonly string[]).includes(problem) ? (problem as LogoProblem) : null;
}

/**
 * The deliverable settings: the facilitator's firm as the client's pages show it. Kept in the
 * app's settings, so every workshop's deliverable carries it; each field saves on its own.
 */
export function BrandingDialog({ onClose }: { onClose: () => void }) {
  const { api, run, settings } = useAppState();
  const { t, describe } = useI18n();
  const branding = settings.branding;
  const logo = useBrandLogo();
  const [logoError, setLogoError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [accentDraft, setAccentDraft] = useState(branding.accent ?? '');
  // Ticks at once; the stored value (pushed back) wins when it comes.
  const [mention, setMention] = useState(branding.mentionAtelier);
  useEffect(() => setMention(branding.mentionAtelier), [branding.mentionAtelier]);
  const input = useRef<HTMLInputElement>(null);
  const ids = { accent: useId(), accentHint: useId(), logoHint: useId(), logoError: useId() };

  const update = (patch: BrandingPatch): void => {
    void run(api.brandingUpdate(patch));
  };

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setLogoError(null);
    setBusy(true);
    const prepared = await importLogo(file);
    if (!prepared.ok) {
      setBusy(false);
      setLogoError(t(`branding.logo.error.${prepared.reason}`));
      return;
    }
    const answer = await api.brandingLogoSet(prepared.logo);
    setBusy(false);
    if (!answer.ok) {
      const problem = logoProblemOf(answer.error.reason);
      setLogoError(problem ? t(`branding.logo.error.${problem}`) : describe(answer.error));
    }
  };

  const accentValid = accentDraft.trim() === '' || HEX.test(accentDraft.trim());
  const accentLight = accentValid && accentDraft.trim() !== '' && accentContrastOnWhite(accentDraft.trim()) < 3;
  const commitAccent = (value: string): void => {
    const next = value.trim();
    setAccentDraft(next);
    if (next === '') update({ accent: null });
    else if (HEX.test(next)) update({ accent: next });
  };

  return (
    <Dialog
      title={t('branding.title')}
      onClose={onClose}
      footer={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <p className="branding__lead">{t('branding.lead')}</p>
      <BrandingTextField
        label={t('branding.firmName')}
        hint={t('branding.firmName.hint')}
        value={branding.firmName}
        maxLength={MAX_FIRM_NAME}
        onCommit={(firmName) => update({ firmName })}
      />

      <fieldset className="export__group">
        <legend className="field__label">{t('branding.logo')}</legend>
        <div className="row row--wrap branding__logo">
          <div className="branding__logo-plate">
            {logo ? <img src={logo} alt={t('branding.logo.preview')} /> : <span className="branding__logo-none">{t('branding.logo.none')}</span>}
          </div>
          <div className="column branding__logo-actions">
            <button type="button" className="button" disabled={busy} aria-describedby={ids.logoHint} onClick={() => input.current?.click()}>
              {busy ? t('branding.logo.saving') : branding.logo ? t('branding.logo.replace') : t('branding.logo.choose')}
            </button>
            {branding.logo && (
              <button
                type="button"
                className="button button--ghost"
                disabled={busy}
                onClick={() => {
                  setLogoError(null);
                  void run(api.brandingLogoClear({}));
                }}
              >
                {t('branding.logo.remove')}
              </button>
            )}
          </div>
        </div>
        <input
          ref={input}
          type="file"
          hidden
          aria-label={t('branding.logo.choose')}
          accept="image/png,image/svg+xml,.png,.svg"
          onChange={(event) => void chooseLogo(event)}
        />
        <p id={ids.logoHint} className="field__hint">
          {t('branding.logo.hint')}
        </p>
        {logoError && (
          <p id={ids.logoError} className="branding__error" role="alert">
            {logoError}
          </p>
        )}
      </fieldset>

      <div className="field">
        <label className="field__label" htmlFor={ids.accent}>
          {t('branding.accent')}
        </label>
        <div className="row row--wrap branding__accent">
          <input
            type="color"
            className="branding__swatch"
            aria-label={t('branding.accent.pick')}
            value={HEX.test(accentDraft.trim()) ? accentDraft.trim().toLowerCase() : '#c44a31'}
            onChange={(event) => commitAccent(event.target.value)}
          />
          <input
            id={ids.accent}
            className="input branding__hex"
            value={accentDraft}
            placeholder="#c44a31"
            maxLength={7}
            spellCheck={false}
            aria-invalid={!accentValid}
            aria-describedby={ids.accentHint}
            onChange={(event) => setAccentDraft(event.target.value)}
            onBlur={(event) => commitAccent(event.target.value)}
            onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
          />
          {branding.accent && (
            <button type="button" className="button button--ghost" onClick={() => commitAccent('')}>
              {t('branding.accent.reset')}
            </button>
          )}
        </div>
        <p id={ids.accentHint} className={accentValid ? 'field__hint' : 'branding__error'} role={accentValid ? undefined : 'alert'}>
          {accentValid ? (accentLight ? t('branding.accent.light') : t('branding.accent.hint')) : t('branding.accent.invalid')}
        </p>
      </div>

      <BrandingTextField
        label={t('branding.footer')}
        hint={t('branding.footer.hint')}
        value={branding.footer}
        maxLength={MAX_FOOTER}
        onCommit={(footer) => update({ footer })}
      />

      <label className="export__check">
        <input
          type="checkbox"
          checked={mention}
          onChange={(event) => {
            setMention(event.target.checked);
            update({ mentionAtelier: event.target.checked });
          }}
        />
        {t('branding.mentionAtelier')}
      </label>
    </Dialog>
  );
}

/** One text setting of the deliverable, saved when it is left, with the hint that explains it. */
function BrandingTextField({ label, hint, value, maxLength, onCommit }: { label: string; hint: string; value: string; maxLength: number; onCommit: (value: string) => void }) {
  const id = useId();
  const hintId = useId();
  return (
    <Field label={label} htmlFor={id} hint={hint} hintId={hintId}>
      <CommitField id={id} className="input" value={value} maxLength={maxLength} aria-describedby={hintId} onCommit={onCommit} />
    </Field>
  );
}
