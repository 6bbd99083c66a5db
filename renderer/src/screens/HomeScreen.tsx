import { useState } from 'react';
import type { WorkshopSummary } from '../../../shared/domain/workshop';
import { useAppState } from '../app-state';
import { AppHeader } from '../components/AppHeader';
import { ConfirmDialog } from '../components/Dialog';
import { EmptyHome } from '../home/EmptyHome';
import { HomeExtras } from '../home/HomeExtras';
import { NewWorkshopDialog } from '../home/NewWorkshopDialog';
import { RenameDialog } from '../home/RenameDialog';
import { filterAndSort, useWorkshopList, type ListView, type SortOrder } from '../home/useWorkshopList';
import { WorkshopRow, type RowActions } from '../home/WorkshopRow';
import { Snackbar } from '../components/Snackbar';
import { useI18n } from '../i18n';
import { useRouter } from '../router';
import '../styles/home.css';

type Pending =
  | { kind: 'new' }
  | { kind: 'rename'; workshop: WorkshopSummary }
  | { kind: 'trash'; workshop: WorkshopSummary }
  | { kind: 'purge'; workshop: WorkshopSummary }
  | { kind: 'emptyTrash' }
  | null;

export function HomeScreen() {
  const { api, run } = useAppState();
  const { t, lang } = useI18n();
  const { navigate } = useRouter();
  const [view, setView] = useState<ListView>('current');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortOrder>('dateDesc');
  const [pending, setPending] = useState<Pending>(null);
  const [undo, setUndo] = useState<WorkshopSummary | null>(null);
  const { items } = useWorkshopList(view);

  const actions: RowActions = {
    open: (w) => navigate({ name: 'workshop', id: w.id }),
    rename: (w) => setPending({ kind: 'rename', workshop: w }),
    duplicate: (w) => void run(api.workshopDuplicate({ id: w.id })),
    archive: (w, archived) => void run(api.workshopUpdate({ id: w.id, patch: { archived } })),
    trash: (w) => setPending({ kind: 'trash', workshop: w }),
    restore: (w) => void run(api.workshopRestore({ id: w.id })),
    purge: (w) => setPending({ kind: 'purge', workshop: w }),
  };

  const visible = items ? filterAndSort(items, query, sort, lang) : [];
  const firstRun = view === 'current' && items !== null && items.length === 0;

  return (
    <div className="page">
      <AppHeader />
      {firstRun ? (
        <EmptyHome onCreate={() => setPending({ kind: 'new' })} />
      ) : (
        <main className="workshops" aria-labelledby="workshops-title">
          <div className="row row--spread workshops__top">
            <h1 id="workshops-title">{t('home.title')}</h1>
            <HomeExtras />
            <button type="button" className="button button--primary button--large" onClick={() => setPending({ kind: 'new' })}>
              <span aria-hidden="true" className="button__icon">
                +
              </span>
              {t('home.empty.cta')}
            </button>
          </div>
          <div className="toolbar">
            <input
              className="input toolbar__search"
              type="search"
              aria-label={t('workshops.search')}
              placeholder={t('workshops.search')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <div className="segmented" role="group" aria-label={t('workshops.view.label')}>
              {(['current', 'archived', 'trash'] as const).map((v) => (
                <button key={v} type="button" className="segmented__option" aria-pressed={view === v} onClick={() => setView(v)}>
                  {t(`workshops.view.${v}`)}
                </button>
              ))}
            </div>
            <label className="toolbar__sort">
              <span className="field__label">{t('workshops.sort.label')}</span>
              <select className="select" value={sort} onChange={(e) => setSort(e.target.value as SortOrder)}>
                <option value="dateDesc">{t('workshops.sort.dateDesc')}</option>
                <option value="dateAsc">{t('workshops.sort.dateAsc')}</option>
                <option value="title">{t('workshops.sort.title')}</option>
              </select>
            </label>
            {view === 'trash' && (items?.length ?? 0) > 0 && (
              <button type="button" className="button button--danger" onClick={() => setPending({ kind: 'emptyTrash' })}>
                {t('workshops.emptyTrash')}
              </button>
            )}
          </div>
          {items !== null && visible.length === 0 ? (
            <p className="workshops__empty">
              {view === 'trash' ? t('workshops.trashEmpty') : view === 'archived' && !query ? t('workshops.noneArchived') : t('workshops.none')}
            </p>
          ) : (
            <ul className="plain-list stack workshop-list" aria-label={t(`workshops.view.${view}`)}>
              {visible.map((w) => (
                <WorkshopRow key={w.id} workshop={w} actions={actions} />
              ))}
            </ul>
          )}
        </main>
      )}

      {undo && (
        <Snackbar message={t('workshops.deleted', { title: undo.title })} onDismiss={() => setUndo(null)}>
          <button
            type="button"
            className="button button--ghost snackbar__action"
            onClick={() => {
              void run(api.workshopRestore({ id: undo.id }));
              setUndo(null);
            }}
          >
            {t('workshops.undo')}
          </button>
        </Snackbar>
      )}

      {pending?.kind === 'new' && (
        <NewWorkshopDialog onClose={() => setPending(null)} onCreated={(w) => navigate({ name: 'workshop', id: w.id })} />
      )}
      {pending?.kind === 'rename' && (
        <RenameDialog
          title={t('workshops.renameTitle')}
          label={t('create.field.title')}
          initial={pending.workshop.title}
          onClose={() => setPending(null)}
          onSave={(title) => void run(api.workshopUpdate({ id: pending.workshop.id, patch: { title } }))}
        />
      )}
      {pending?.kind === 'trash' && (
        <ConfirmDialog
          title={t('workshops.deleteConfirm.title', { title: pending.workshop.title })}
          body={t('workshops.deleteConfirm.body')}
          confirmLabel={t('workshops.delete')}
          danger
          onClose={() => setPending(null)}
          onConfirm={() => {
            const target = pending.workshop;
            void run(api.workshopTrash({ id: target.id })).then((done) => done && setUndo(target));
          }}
        />
      )}
      {pending?.kind === 'purge' && (
        <ConfirmDialog
          title={t('workshops.purgeConfirm.title', { title: pending.workshop.title })}
          body={t('workshops.purgeConfirm.body')}
          confirmLabel={t('workshops.purge')}
          danger
          onClose={() => setPending(null)}
          onConfirm={() => void run(api.workshopPurge({ id: pending.workshop.id }))}
        />
      )}
      {pending?.kind === 'emptyTrash' && (
        <ConfirmDialog
          title={t('workshops.emptyTrashConfirm.title')}
          body={t('workshops.emptyTrashConfirm.body')}
          confirmLabel={t('workshops.emptyTrash')}
          danger
          onClose={() => setPending(null)}
          onConfirm={() => void run(api.trashEmpty({}))}
        />
      )}
    </div>
  );
}
