import { useEffect, useMemo, useState } from 'react';
import { useAppState } from '../app-state';
import { AppHeader } from '../components/AppHeader';
import { BoardModeContext, useBoardModeKeys, type BoardMode } from '../boards/board-mode';
import { isBoardTab, useWorkshopTab, WorkshopTabs } from '../boards/WorkshopTabs';
import { Menu } from '../components/Menu';
import { useBoardPrefetch } from '../boards/useBoard';
import { BackIcon, ScreenIcon } from '../components/icons';
import { formatDay } from '../format';
import { RenameDialog } from '../home/RenameDialog';
import { DeliverableActions } from '../report/DeliverableActions';
import { Snackbar } from '../components/Snackbar';
import { useI18n } from '../i18n';
import { useRouter } from '../router';
import { BoardSpotlightMenu } from '../presenter/BoardSpotlightMenu';
import { SpotlightControl } from '../presenter/SpotlightControl';
import { TimerPanel } from '../timer/TimerPanel';
import { AgendaEditor } from '../workshop/AgendaEditor';
import { DetailsDialog } from '../workshop/DetailsDialog';
import { useWorkshop } from '../workshop/useWorkshop';
import { VotingHeatProvider } from '../voting/heat';
import { VotingPanel } from '../voting/VotingPanel';
import { MatrixPanel } from '../matrix/MatrixPanel';
import '../styles/workshop.css';

export function WorkshopScreen({ id }: { id: string }) {
  const { api, run } = useAppState();
  const { t, lang } = useI18n();
  const { navigate } = useRouter();
  useBoardPrefetch(id);
  const { workshop, missing } = useWorkshop(id);
  const [dialog, setDialog] = useState<'details' | 'template' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useWorkshopTab();
  const [full, setFull] = useState(false);
  const onBoard = isBoardTab(tab);
  const mode = useMemo<BoardMode>(() => ({ full: onBoard && full, setFull }), [onBoard, full]);
  useBoardModeKeys(onBoard, mode);

  // The presenter screen follows whichever workshop the facilitator has open.
  useEffect(() => {
    void api.presenterShow({ workshopId: id });
  }, [api, id]);

  useEffect(() => {
    if (missing) navigate({ name: 'home' });
  }, [missing, navigate]);

  if (!workshop) {
    return (
      <div className="page">
        <AppHeader />
      </div>
    );
  }

  const openPresenter = async (): Promise<void> => {
    const result = await run(api.presenterOpen({}));
    // The browser host has no second window of its own: open the route in a new tab instead.
    if (result && !result.handled) window.open('/present', 'atelier-presenter');
  };

  const meta = [workshop.client, formatDay(workshop.date, lang), workshop.facilitator].filter(Boolean).join(' · ') +
    (workshop.participants.length > 0 ? ` · ${t('workshop.participants', { count: workshop.participants.length })}` : '');
  const toggleFinished = (): void => void run(api.workshopUpdate({ id, patch: { state: workshop.state === 'finished' ? 'active' : 'finished' } }));
  const back = (
    <button type="button" className={onBoard ? 'button button--ghost button--small' : 'button button--ghost'} onClick={() => navigate({ name: 'home' })}>
      <BackIcon />
      {t('common.back')}
    </button>
  );

  return (
    <div className={['page', onBoard && 'page--board', mode.full && 'is-full-window'].filter(Boolean).join(' ')}>
      {onBoard ? (
        // On a board, the workshop's header is one line inside the app's: the board gets the screen.
        <AppHeader>
          {back}
          <div className="workshop__line">
            <h1 id="workshop-title" className="workshop__line-title" title={workshop.title}>
              {workshop.title}
            </h1>
            <Menu
              label={t('boards.mode.more')}
              items={[
                { label: t('workshop.details'), onSelect: () => setDialog('details') },
                { label: t('workshop.saveTemplate'), onSelect: () => setDialog('template') },
                { label: workshop.state === 'finished' ? t('workshop.reopen') : t('workshop.markFinished'), onSelect: toggleFinished },
              ]}
            />
            {meta && (
              <span className="workshop__line-meta" title={meta}>
                {meta}
              </span>
            )}
          </div>
          <div className="workshop__actions workshop__actions--compact">
            <DeliverableActions workshopId={id} onNotice={setNotice} />
            <button type="button" className="button button--primary" title={t('workshop.present')} onClick={() => void openPresenter()}>
              <ScreenIcon />
              {t('boards.mode.present')}
            </button>
            <SpotlightControl workshop={workshop} />
          </div>
        </AppHeader>
      ) : (
        <AppHeader>{back}</AppHeader>
      )}
      <main className="screen workshop" aria-labelledby="workshop-title">
        {!onBoard && (
          <div className="screen__head workshop__head">
            <div className="workshop__heading">
              <h1 id="workshop-title">{workshop.title}</h1>
              {/* What the room sees shares the details' line: the agenda keeps its height. */}
              <div className="workshop__meta-row">
                <p className="workshop__meta">{meta}</p>
                <SpotlightControl workshop={workshop} />
              </div>
            </div>
            <div className="workshop__actions">
              <button type="button" className="button" onClick={() => setDialog('details')}>
                {t('workshop.details')}
              </button>
              <button type="button" className="button" onClick={() => setDialog('template')}>
                {t('workshop.saveTemplate')}
              </button>
              <button type="button" className="button" onClick={toggleFinished}>
                {workshop.state === 'finished' ? t('workshop.reopen') : t('workshop.markFinished')}
              </button>
              <DeliverableActions workshopId={id} onNotice={setNotice} />
              <button type="button" className="button button--primary" onClick={() => void openPresenter()}>
                <ScreenIcon />
                {t('workshop.present')}
              </button>
            </div>
          </div>
        )}
        {/* Revealed votes reach the journey map's pain-point cards as a heat overlay. */}
        <VotingHeatProvider workshopId={workshop.id}>
          <BoardModeContext.Provider value={mode}>
            <BoardSpotlightMenu workshop={workshop}>
              <WorkshopTabs
                workshop={workshop}
                tab={tab}
                onTab={setTab}
              agenda={<AgendaEditor workshop={workshop} />}
              timer={<TimerPanel workshop={workshop} />}
              voting={<VotingPanel workshop={workshop} />}
              prioritisation={<MatrixPanel workshop={workshop} />}
            />
            </BoardSpotlightMenu>
          </BoardModeContext.Provider>
        </VotingHeatProvider>
      </main>
      {notice && (
        <Snackbar message={notice} onDismiss={() => setNotice(null)} />
      )}
      {dialog === 'details' && <DetailsDialog workshop={workshop} onClose={() => setDialog(null)} />}
      {dialog === 'template' && (
        <RenameDialog
          title={t('workshop.saveTemplate')}
          label={t('workshop.saveTemplate.name')}
          initial={workshop.title}
          onClose={() => setDialog(null)}
          onSave={(name) =>
            void run(api.templateSaveFromWorkshop({ workshopId: id, name })).then(
              (saved) => saved && setNotice(t('workshop.saveTemplate.done', { name: saved.name })),
            )
          }
        />
      )}
    </div>
  );
}
