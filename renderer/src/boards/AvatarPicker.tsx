import { useState } from 'react';
import { BUILTIN_AVATARS, type Persona } from '../../../shared/domain/board';
import { useAppState } from '../app-state';
import { Dialog } from '../components/Dialog';
import { useI18n } from '../i18n';
import { BuiltinArt, InitialsArt } from './avatars';
import { importAvatar } from './image-import';
import './AvatarPicker.css';

/** Choose a built-in illustration, initials, or import a PNG/JPEG (up to 5 MB, stored at 256 px). */
export function AvatarPicker({ persona, onClose }: { persona: Persona; onClose: () => void }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = persona.avatar;

  const choose = (avatar: { kind: 'builtin'; key: (typeof BUILTIN_AVATARS)[number] } | { kind: 'initials' }): void => {
    void run(api.personaSetAvatar({ personaId: persona.id, avatar })).then((saved) => saved && onClose());
  };

  const onFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setProblem(null);
    setBusy(true);
    const result = await importAvatar(file);
    if (!result.ok) {
      setBusy(false);
      setProblem(t(result.reason === 'size' ? 'boards.avatar.tooLarge' : result.reason === 'type' ? 'boards.avatar.wrongType' : 'boards.avatar.unreadable'));
      return;
    }
    const saved = await run(api.personaSetAvatar({ personaId: persona.id, avatar: { kind: 'image', mime: result.mime, dataBase64: result.dataBase64 } }));
    setBusy(false);
    if (saved) onClose();
  };

  return (
    <Dialog title={t('boards.avatar.title', { name: persona.name })} onClose={onClose}>
      <div className="tile-grid avatar-grid" role="group" aria-label={t('boards.avatar.builtin')}>
        {BUILTIN_AVATARS.map((key) => (
          <button
            key={key}
            type="button"
            className="avatar-option"
            aria-pressed={current.kind === 'builtin' && current.key === key}
            onClick={() => choose({ kind: 'builtin', key })}
          >
            <BuiltinArt name={key} />
            <span className="avatar-option__name">{t(`boards.avatar.${key}`)}</span>
          </button>
        ))}
        <button type="button" className="avatar-option" aria-pressed={current.kind === 'initials'} onClick={() => choose({ kind: 'initials' })}>
          <InitialsArt name={persona.name} />
          <span className="avatar-option__name">{t('boards.avatar.initials')}</span>
        </button>
      </div>
      <div className="avatar-import">
        <label className="button file-button">
          <input
            type="file"
            className="visually-hidden"
            accept="image/png,image/jpeg"
            disabled={busy}
            onChange={(event) => {
              void onFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          {t('boards.avatar.import')}
        </label>
        <p className="muted avatar-import__hint">{t('boards.avatar.importHint')}</p>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </Dialog>
  );
}
