import { memo, useState } from 'react';
import type { Card, PersonaSection } from '../../../shared/domain/board';
import { ConfirmDialog } from '../components/Dialog';
import { Menu } from '../components/Menu';
import { useI18n } from '../i18n';
import type { CardActions } from './card-actions';
import { CardList } from './CardList';
import { CommitField } from './CommitField';
import { ArrowIcon } from './icons';
import { sectionKey } from './keys';
import './SectionColumn.css';

export interface SectionCommands {
  rename: (sectionId: string, title: string) => void;
  setHidden: (sectionId: string, hidden: boolean) => void;
  move: (sectionId: string, by: -1 | 1) => void;
  remove: (sectionId: string) => void;
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
}

const NONE: readonly Card[] = [];

/** One persona section as a column of cards: its title (renamed in place), order arrows, hide and delete. */
export const SectionColumn = memo(function SectionColumn({ section, cards, first, last, actions, commands, shown }: SectionColumnProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const titleId = `section-${section.id}-title`;

  return (
    <section className="persona-section" aria-labelledby={titleId}>
      <header className="persona-section__head">
        <h3 id={titleId} className="visually-hidden">
          {section.title}
        </h3>
        <CommitField
          className="persona-section__title"
          title={section.title}
          aria-label={t('boards.section.title', { title: section.title })}
          value={section.title}
          maxLength={120}
          required
          onCommit={(title) => commands.rename(section.id, title)}
        />
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
            { label: t('boards.section.hide'), onSelect: () => commands.setHidden(section.id, true) },
            {
              label: t('boards.section.delete'),
              danger: true,
              onSelect: () => (cards.length ? setConfirming(true) : commands.remove(section.id)),
            },
          ]}
        />
      </header>
      <CardList containerKey={sectionKey(section.id)} label={section.title} cards={cards} kind="persona" moments={NONE} actions={actions} shown={shown} />
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
