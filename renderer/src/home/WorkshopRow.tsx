import type { WorkshopSummary } from '../../../shared/domain/workshop';
import { Menu, type MenuItem } from '../components/Menu';
import { formatDay, formatDuration } from '../format';
import { useI18n } from '../i18n';

export interface RowActions {
  open: (w: WorkshopSummary) => void;
  rename: (w: WorkshopSummary) => void;
  duplicate: (w: WorkshopSummary) => void;
  archive: (w: WorkshopSummary, archived: boolean) => void;
  trash: (w: WorkshopSummary) => void;
  restore: (w: WorkshopSummary) => void;
  purge: (w: WorkshopSummary) => void;
}

export function WorkshopRow({ workshop, actions }: { workshop: WorkshopSummary; actions: RowActions }) {
  const { t, lang } = useI18n();
  const inTrash = workshop.deletedAt !== null;
  const items: MenuItem[] = inTrash
    ? [
        { label: t('workshops.restore'), onSelect: () => actions.restore(workshop) },
        { label: t('workshops.purge'), onSelect: () => actions.purge(workshop), danger: true },
      ]
    : [
        { label: t('workshops.rename'), onSelect: () => actions.rename(workshop) },
        { label: t('workshops.duplicate'), onSelect: () => actions.duplicate(workshop) },
        workshop.archived
          ? { label: t('workshops.unarchive'), onSelect: () => actions.archive(workshop, false) }
          : { label: t('workshops.archive'), onSelect: () => actions.archive(workshop, true) },
        { label: t('workshops.delete'), onSelect: () => actions.trash(workshop), danger: true },
      ];
  return (
    <li className="workshop-row" data-lang={workshop.language}>
      <div className="workshop-row__date" aria-hidden="true">
        <span className="workshop-row__day">{workshop.date.slice(8, 10)}</span>
        <span className="workshop-row__month">{new Date(`${workshop.date}T12:00:00`).toLocaleDateString(lang, { month: 'short' })}</span>
      </div>
      <div className="workshop-row__main">
        <h3 className="workshop-row__title">
          {inTrash ? (
            workshop.title
          ) : (
            <a
              href={`/workshops/${workshop.id}`}
              onClick={(event) => {
                event.preventDefault();
                actions.open(workshop);
              }}
            >
              {workshop.title}
            </a>
          )}
        </h3>
        <p className="workshop-row__meta">
          {[workshop.client, formatDay(workshop.date, lang), workshop.facilitator].filter(Boolean).join(' · ')}
        </p>
      </div>
      <div className="workshop-row__facts">
        <span className="chip">{workshop.language.toUpperCase()}</span>
        {workshop.state === 'finished' && <span className="chip chip--ok">{t('workshops.finished')}</span>}
        {workshop.archived && <span className="chip">{t('workshops.archivedBadge')}</span>}
        <span className="workshop-row__duration">
          {t('workshops.steps', { count: workshop.stepCount, duration: formatDuration(workshop.plannedMinutes, t) })}
        </span>
      </div>
      <Menu label={t('workshops.actions', { title: workshop.title })} items={items} />
    </li>
  );
}
