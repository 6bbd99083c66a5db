import { useRef, type CSSProperties } from 'react';
import type { Board, Card, Persona, PersonaSection } from '../../../shared/domain/board';
import { findCard, focusedMap, focusedPersona } from '../../../shared/domain/board-focus';
import type { BoardView } from '../../../shared/domain/projection';
import { useI18n } from '../i18n';
import { FitList } from './FitList';
import { PageDots, pageShown, pagesOf, useColumnsThatFit } from './paging';
import { PresenterCard } from './PresenterCard';
import { PersonaAvatar } from '../boards/avatars';
import { inOrder } from '../boards/keys';
import { PresenterJourney } from './PresenterJourney';
import { entryKey, PresenterEntry, presenterEntries } from './PresenterGroup';
import '../styles/presenter-board.css';

const NONE: readonly Card[] = [];
/** Narrowest persona column that keeps card text at room size without breaking words, and the gap between columns (room units). */
const SECTION_MIN = 280;
const COLUMN_GAP = 16;

export interface PresentedBoardProps {
  board: Board | null;
  view: BoardView;
  /** The projector's page clock and the facilitator's chosen page. */
  tick: number;
  page: number | null;
}

/** The board as the room reads it: a persona, a section, the journey map, a stage or a lane — never scaled down. */
export function PresentedBoard({ board, view, tick, page }: PresentedBoardProps) {
  const { t } = useI18n();
  if (!board) return null;
  if (view.kind === 'journey') {
    const map = focusedMap(board, view.mapId);
    if (!map) return <p className="presenter-board__empty">{t('boards.presenter.noMap')}</p>;
    return <PresenterJourney map={map} stageId={view.stageId} laneId={view.laneId} tick={tick} page={page} />;
  }
  const persona = focusedPersona(board, view.personaId);
  if (!persona) return <p className="presenter-board__empty">{t('boards.presenter.noPersona')}</p>;
  const section = view.sectionId ? persona.sections.find((s) => s.id === view.sectionId) : undefined;
  if (section) return <SectionFocus persona={persona} section={section} tick={tick} />;
  return <PersonaPoster persona={persona} tick={tick} page={page} />;
}

function PersonaWho({ persona, compact }: { persona: Persona; compact?: boolean }) {
  const facts = [persona.role, persona.ageRange].filter(Boolean).join(' · ');
  return (
    <header className={compact ? 'ppersona__who is-compact' : 'ppersona__who'}>
      <PersonaAvatar avatar={persona.avatar} name={persona.name} size={compact ? 64 : 96} />
      <div className="ppersona__names">
        <h2 className="ppersona__name">{persona.name}</h2>
        {facts && <p className="ppersona__facts">{facts}</p>}
      </div>
      {!compact && persona.quote && <blockquote className="ppersona__quote">{persona.quote}</blockquote>}
    </header>
  );
}

/** The persona: who they are, then their sections side by side — as many as stay readable, paged beyond. */
function PersonaPoster({ persona, tick, page }: { persona: Persona; tick: number; page: number | null }) {
  const { t } = useI18n();
  const row = useRef<HTMLDivElement>(null);
  const sections = [...persona.sections].filter((s) => !s.hidden).sort((a, b) => a.position - b.position);
  const perPage = useColumnsThatFit(row, SECTION_MIN, COLUMN_GAP);
  const pages = pagesOf(sections, perPage);
  const current = pageShown(pages.length, page, tick);
  const shown = pages[current] ?? [];
  return (
    <article className="ppersona" aria-label={t('boards.persona.identity', { name: persona.name })}>
      <PersonaWho persona={persona} />
      <div ref={row} className="ppersona__sections" style={{ '--columns': Math.max(1, Math.min(perPage, sections.length)), '--column-gap': COLUMN_GAP } as CSSProperties}>
        {shown.map((section) => (
          <section key={section.id} className="ppersona__section" aria-label={section.title}>
            <h3 className="ppersona__section-title">{section.title}</h3>
            <SectionEntries section={section} tick={tick} />
          </section>
        ))}
      </div>
      <PageDots count={pages.length} current={current} />
    </article>
  );
}

/** A persona section's cards and groups, in board order, as many as fit. */
function SectionEntries({ section, tick, className }: { section: PersonaSection; tick: number; className?: string }) {
  return (
    <FitList
      className={className}
      items={presenterEntries(inOrder(section.cards), section.groups)}
      itemKey={entryKey}
      label={section.title}
      tick={tick}
      render={(entry) => <PresenterEntry entry={entry} moments={NONE} />}
    />
  );
}

/** One section of a persona across the screen, its cards in as many columns as fit. */
function SectionFocus({ persona, section, tick }: { persona: Persona; section: PersonaSection; tick: number }) {
  return (
    <article className="pfocus" aria-label={section.title}>
      <PersonaWho persona={persona} compact />
      <h2 className="pfocus__title">{section.title}</h2>
      <SectionEntries section={section} tick={tick} className="fit-list--grid" />
    </article>
  );
}

/** One card, full screen, for reading it out. */
export function PresentedCard({ board, cardId }: { board: Board | null; cardId: string }) {
  const { t } = useI18n();
  const place = board ? findCard(board, cardId) : null;
  if (!board) return null;
  if (!place) return <p className="presenter-board__empty">{t('presenter.card.gone')}</p>;
  const where = place.kind === 'section' ? `${place.persona.name} · ${place.sectionTitle}` : `${place.stageTitle} · ${place.laneTitle}`;
  const moments = place.kind === 'cell' ? place.map.cards : NONE;
  return (
    <section className="pcard-full" aria-label={where}>
      <p className="pcard-full__where">{where}</p>
      <PresenterCard card={place.card} moments={moments} large />
    </section>
  );
}
