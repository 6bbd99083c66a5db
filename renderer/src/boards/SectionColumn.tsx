import { memo, useState, type CSSProperties } from 'react';
import { CARD_COLORS, type Card, type CardColor, type PersonaSection } from '../../../shared/domain/board';
import { ConfirmDialog } from '../components/Dialog';
import { Menu } from '../components/Menu';
import { useI18n } from '../i18n';
import type { CardActions } from './card-actions';
import { CardList } from './CardList';
import { CommitField } from '../components/CommitField';
import { ArrowIcon } from '../components/icons';
import { sectionKey } from '../../../shared/domain/card-location';
import { canSuggest, useSuggestGroups } from '../suggest/SuggestGroups';
import './SectionColumn.css';

export interface SectionCommands {
  rename: (sectionId: string, title: string) => void;
  setHidden: (sectionId: string, hidden: boolean) => void;
  move: (sectionId: string, by: -1 | 1) => void;
  remove: (sectionId: string) => void;
  /** The colour of the section's new cards. */
  setColor: (sectionId: string, color: CardColor) => void;
}

export interface SectionColumnProps {
  section: PersonaSection;
  cards: readonly Card[];
  first: boolean;
  last: boolean;
  actions: CardActions;
  commands: SectionCommands;
  /** The cards drawn for now (see useRestDrawn); all when undefined. */
  shown?: number;
  /** The colour its new cards get (sectionColor): its chip and its top edge. */
  color: CardColor;
}

const NONE: readonly Card[] = [];

/** One persona section as a column of cards: its title (renamed in place), order arrows, hide and delete. */
export const SectionColumn = memo(function SectionColumn({ section, cards, first, last, actions, commands, shown, color }: SectionColumnProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const titleId = `section-${section.id}-title`;

  return (
    <section className="persona-section" aria-labelledby={titleId} data-section-id={section.id} style={{ '--section-tone': `var(--card-${color}-edge)` } as CSSProperties}>
      <SectionHead section={section} cards={cards} first={first} last={last} commands={commands} color={color} titleId={titleId} onConfirmDelete={setConfirming} />
      <CardList containerKey={sectionKey(section.id)} label={section.title} cards={cards} groups={section.groups} kind="persona" moments={NONE} actions={actions} shown={shown} />
      {confirming && (
        <ConfirmDialog
          title={t('boards.section.deleteConfirm.title', { title: section.title })}
          body={t('boards.section.deleteConfirm.body', { count: cards.length })}
          confirmLabel={t('boards.section.delete')}
          danger
          onConfirm={() => commands.remove(section.id)}
          onClose={() => setConfirming(false)}
        />
      )}
    </section>
  );
});

interface SectionHeadProps extends Pick<SectionColumnProps, 'section' | 'cards' | 'first' | 'last' | 'commands' | 'color'> {
  titleId: string;
  /** Asks to confirm the section's deletion (it holds cards). */
  onConfirmDelete: (confirming: boolean) => void;
}

/**
 * A section's title bar. Its own memo: the board drawing the rest of a section's cards after the
 * opening screen (or any change to its cards' drawing alone) leaves the title field, the colour
 * choice, the arrows and the menu as they are.
 */
const SectionHead = memo(function SectionHead({ section, cards, first, last, commands, color, titleId, onConfirmDelete }: SectionHeadProps) {
  const { t } = useI18n();
  const suggest = useSuggestGroups();
  return (
    <header className="persona-section__head">
      <h3 id={titleId} className="visually-hidden">
        {section.title}
      </h3>
      <CommitField
        className="title-field persona-section__title"
        title={section.title}
        aria-label={t('boards.section.title', { title: section.title })}
        value={section.title}
        maxLength={120}
        required
        onCommit={(title) => commands.rename(section.id, title)}
      />
      <SectionColor title={section.title} color={color} onChange={(next) => commands.setColor(section.id, next)} />
      <span className="persona-section__count" aria-hidden="true">
        {cards.length}
      </span>
      <button
        type="button"
        className="button button--ghost button--icon button--small"
        disabled={first}
        aria-label={t('boards.section.moveLeft', { title: section.title })}
        onClick={() => commands.move(section.id, -1)}
      >
        <ArrowIcon direction="left" />
      </button>
      <button
        type="button"
        className="button button--ghost button--icon button--small"
        disabled={last}
        aria-label={t('boards.section.moveRight', { title: section.title })}
        onClick={() => commands.move(section.id, 1)}
      >
        <ArrowIcon direction="right" />
      </button>
      <Menu
        label={t('boards.section.actions', { title: section.title })}
        items={[
          ...(suggest && canSuggest(cards) ? [{ label: t('boards.suggest.open'), onSelect: () => suggest({ container: { kind: 'section', sectionId: section.id }, label: section.title, cards }) }] : []),
          { label: t('boards.section.hide'), onSelect: () => commands.setHidden(section.id, true) },
          {
            label: t('boards.section.delete'),
            danger: true,
            onSelect: () => (cards.length ? onConfirmDelete(true) : commands.remove(section.id)),
          },
        ]}
      />
    </header>
  );
});

/** The colour of a section's new cards: a chip over a native select, named for screen readers. */
function SectionColor({ title, color, onChange }: { title: string; color: CardColor; onChange: (color: CardColor) => void }) {
  const { t } = useI18n();
  return (
    <label className="section-color" title={t('boards.section.color', { title })}>
      <span className={`section-color__chip card--${color}`} aria-hidden="true" />
      <select className="section-color__select" value={color} aria-label={t('boards.section.color', { title })} onChange={(event) => onChange(event.target.value as CardColor)}>
        {CARD_COLORS.map((option) => (
          <option key={option} value={option}>
            {t(`boards.color.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
