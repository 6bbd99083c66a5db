import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Card, Persona } from '../../../shared/domain/board';
import { sectionColor } from '../../../shared/templates/defaults';
import { useAppState } from '../app-state';
import { PlusIcon } from '../components/icons';
import { useI18n } from '../i18n';
import { PersonaAvatar } from './avatars';
import type { CardActions } from './card-actions';
import { StaticCardList } from './CardList';
import { cardsOnFirstScreen, estimateListHeight, leastListHeight, useRestDrawn } from './first-screen';
import { EyeIcon } from '../components/icons';
import { inOrder } from './keys';
import { PersonaIdentity } from './PersonaIdentity';
import { SectionColumn, type SectionCommands } from './SectionColumn';
import { SectionColumns, SECTION_CHROME } from './SectionColumns';
import './PersonaCanvas.css';

export interface PersonaCanvasProps {
  persona: Persona;
  /** Needed unless readOnly. */
  actions?: CardActions;
  /** The presenter's view: text only, no control. */
  readOnly?: boolean;
  /** The zoom it is shown at: below 100 % the opening screen shows more of it. */
  zoom?: number;
}

const NONE: readonly Card[] = [];

/** One persona: who they are, and their sections as columns of cards. */
export function PersonaCanvas({ persona, actions, readOnly, zoom = 1 }: PersonaCanvasProps) {
  if (readOnly || !actions) return <PersonaPoster persona={persona} />;
  return <EditablePersona persona={persona} actions={actions} zoom={zoom} />;
}

function EditablePersona({ persona, actions, zoom }: { persona: Persona; actions: CardActions; zoom: number }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const sections = useMemo(() => [...persona.sections].sort((a, b) => a.position - b.position), [persona.sections]);
  const visible = sections.filter((s) => !s.hidden);
  const hidden = sections.filter((s) => s.hidden);
  const restDrawn = useRestDrawn();

  const sectionsRef = useRef(sections);
  useLayoutEffect(() => {
    sectionsRef.current = sections;
  });
  const commands = useMemo<SectionCommands>(
    () => ({
      rename: (sectionId, title) => void run(api.sectionUpdate({ sectionId, patch: { title } })),
      setHidden: (sectionId, value) => void run(api.sectionUpdate({ sectionId, patch: { hidden: value } })),
      remove: (sectionId) => void run(api.sectionRemove({ sectionId })),
      setColor: (sectionId, color) => void run(api.sectionSetColor({ sectionId, color })),
      move: (sectionId, by) => {
        // Among the visible columns: hidden sections keep their place in the full order.
        const order = sectionsRef.current.map((s) => s.id);
        const shown = sectionsRef.current.filter((s) => !s.hidden).map((s) => s.id);
        const at = shown.indexOf(sectionId);
        const swapWith = shown[at + by];
        if (at === -1 || !swapWith) return;
        const a = order.indexOf(sectionId);
        const b = order.indexOf(swapWith);
        [order[a], order[b]] = [order[b]!, order[a]!];
        void run(api.sectionsReorder({ personaId: persona.id, sectionIds: order }));
      },
    }),
    [api, run, persona.id],
  );

  return (
    <div className="persona-canvas">
      <PersonaIdentity persona={persona} />
      <div className="persona-canvas__main">
        <SectionColumns
          items={[
            ...visible.map((section, index) => {
              const cards = inOrder(section.cards);
              return {
                key: section.id,
                height: SECTION_CHROME + estimateListHeight(cards),
                least: SECTION_CHROME + leastListHeight(cards),
                render: (above: number) => (
                  <SectionColumn
                    section={section}
                    cards={cards}
                    first={index === 0}
                    last={index === visible.length - 1}
                    actions={actions}
                    commands={commands}
                    shown={restDrawn ? undefined : cardsOnFirstScreen(cards, window.innerHeight / zoom - above)}
                    color={sectionColor(section)}
                  />
                ),
              };
            }),
            { key: 'add', height: 120, least: 0, render: () => <AddSection personaId={persona.id} /> },
          ]}
        />
        {hidden.length > 0 && (
          <div className="row row--wrap hidden-list" role="group" aria-label={t('boards.section.hiddenList')}>
            <span className="hidden-list__label">{t('boards.section.hiddenList')}</span>
            {hidden.map((section) => (
              <button key={section.id} type="button" className="button button--small" onClick={() => commands.setHidden(section.id, false)}>
                <EyeIcon />
                {t('boards.section.show', { title: section.title, count: section.cards.length })}
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

function AddSection({ personaId }: { personaId: string }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const [title, setTitle] = useState<string | null>(null);
  if (title === null) {
    return (
      <button type="button" className="persona-section persona-section--add" onClick={() => setTitle('')}>
        <PlusIcon />
        {t('boards.section.add')}
      </button>
    );
  }
  const submit = (): void => {
    const value = title.trim();
    setTitle(null);
    if (value) void run(api.sectionAdd({ personaId, title: value }));
  };
  return (
    <form
      className="persona-section persona-section--add-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label className="field">
        <span className="field__label">{t('boards.section.newTitle')}</span>
        <input
          className="input"
          value={title}
          maxLength={120}
          // The field appears because the user asked for it: take them there.
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
          onBlur={submit}
          onKeyDown={(event) => event.key === 'Escape' && setTitle(null)}
        />
      </label>
    </form>
  );
}

/** The persona large and legible, for the projector: no field, no button. */
function PersonaPoster({ persona }: { persona: Persona }) {
  const { t } = useI18n();
  const sections = [...persona.sections].filter((s) => !s.hidden).sort((a, b) => a.position - b.position);
  const facts = [persona.role, persona.ageRange].filter(Boolean).join(' · ');
  return (
    <article className="persona-poster" aria-label={t('boards.persona.identity', { name: persona.name })}>
      <header className="persona-poster__who">
        <PersonaAvatar avatar={persona.avatar} name={persona.name} size={120} />
        <div className="persona-poster__names">
          <h2 className="persona-poster__name">{persona.name}</h2>
          {facts && <p className="persona-poster__facts">{facts}</p>}
          {persona.quote && <blockquote className="persona-poster__quote">{persona.quote}</blockquote>}
        </div>
        {persona.bio && <p className="persona-poster__bio">{persona.bio}</p>}
      </header>
      <div className="persona-poster__sections" style={{ '--columns': sections.length <= 7 ? Math.max(sections.length, 3) : Math.ceil(sections.length / 2) } as CSSProperties}>
        {sections.map((section) => (
          <section key={section.id} className="persona-poster__section" aria-label={section.title}>
            <h3>{section.title}</h3>
            <StaticCardList label={section.title} cards={inOrder(section.cards)} groups={section.groups} kind="persona" moments={NONE} />
          </section>
        ))}
      </div>
    </article>
  );
}
