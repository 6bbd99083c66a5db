import { useState } from 'react';
import type { Persona } from '../../../shared/domain/board';
import { useAppState } from '../app-state';
import { ConfirmDialog } from '../components/Dialog';
import { StarIcon, TrashIcon } from '../components/icons';
import { useI18n } from '../i18n';
import { AvatarPicker } from './AvatarPicker';
import { PersonaAvatar } from './avatars';
import { CommitField } from '../components/CommitField';
import './PersonaIdentity.css';

type IdentityPatch = Partial<Pick<Persona, 'name' | 'role' | 'ageRange' | 'quote' | 'bio' | 'primary'>>;

/** Who the persona is: avatar, name, role, age range, quote, bio; primary star; delete. Fields save on blur. */
export function PersonaIdentity({ persona }: { persona: Persona }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const [dialog, setDialog] = useState<'avatar' | 'delete' | null>(null);
  const update = (patch: IdentityPatch): void => void run(api.personaUpdate({ personaId: persona.id, patch }));

  return (
    <aside className="persona-identity panel" aria-label={t('boards.persona.identity', { name: persona.name })}>
      <div className="row row--spread persona-identity__top">
        <button type="button" className="persona-identity__avatar" aria-label={t('boards.avatar.change', { name: persona.name })} onClick={() => setDialog('avatar')}>
          <PersonaAvatar avatar={persona.avatar} name={persona.name} size={96} />
          <span className="persona-identity__avatar-hint" aria-hidden="true">
            {t('boards.avatar.changeShort')}
          </span>
        </button>
        <button
          type="button"
          className={persona.primary ? 'button primary-toggle is-primary' : 'button primary-toggle'}
          aria-pressed={persona.primary}
          onClick={() => update({ primary: !persona.primary })}
        >
          <StarIcon filled={persona.primary} />
          {t('boards.persona.primary')}
        </button>
      </div>

      <label className="field">
        <span className="field__label">{t('boards.persona.name')}</span>
        <CommitField className="input persona-identity__name" value={persona.name} maxLength={80} required onCommit={(name) => update({ name })} />
      </label>

      <div className="persona-identity__pair">
        <label className="field">
          <span className="field__label">{t('boards.persona.role')}</span>
          <CommitField className="input" value={persona.role} maxLength={120} placeholder={t('boards.persona.rolePlaceholder')} onCommit={(role) => update({ role })} />
        </label>
        <label className="field">
          <span className="field__label">{t('boards.persona.age')}</span>
          <CommitField className="input" value={persona.ageRange} maxLength={40} placeholder={t('boards.persona.agePlaceholder')} onCommit={(ageRange) => update({ ageRange })} />
        </label>
      </div>

      <label className="field">
        <span className="field__label">{t('boards.persona.quote')}</span>
        <CommitField
          multiline
          className="textarea persona-identity__quote"
          rows={2}
          value={persona.quote}
          maxLength={300}
          placeholder={t('boards.persona.quotePlaceholder')}
          onCommit={(quote) => update({ quote })}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('boards.persona.bio')}</span>
        <CommitField multiline className="textarea" rows={4} value={persona.bio} maxLength={1200} placeholder={t('boards.persona.bioPlaceholder')} onCommit={(bio) => update({ bio })} />
      </label>

      <button type="button" className="button button--ghost button--danger persona-identity__delete" onClick={() => setDialog('delete')}>
        <TrashIcon />
        {t('boards.persona.delete')}
      </button>

      {dialog === 'avatar' && <AvatarPicker persona={persona} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('boards.persona.deleteConfirm.title', { name: persona.name })}
          body={t('boards.persona.deleteConfirm.body')}
          confirmLabel={t('boards.persona.delete')}
          danger
          onConfirm={() => void run(api.personaDelete({ personaId: persona.id }))}
          onClose={() => setDialog(null)}
        />
      )}
    </aside>
  );
}
