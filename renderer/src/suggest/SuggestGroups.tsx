import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { MAX_GROUP_TITLE, type Card, type CardContainer } from '../../../shared/domain/board';
// Types only: the suggestion engine and its libraries stay in main.
import type { GroupSuggestion } from '../../../shared/domain/group-suggestions';
import { useAppState } from '../app-state';
import { Dialog } from '../components/Dialog';
import { useI18n } from '../i18n';
import './SuggestGroups.css';

/** What the suggestions need of a card: its text to show, and whether it is grouped already. */
export type SuggestCard = Pick<Card, 'id' | 'text' | 'groupId'>;

/** One card list to suggest groups for: where it is, its name in words, its cards as the board (or a vote's setup) shows them. */
export interface SuggestTarget {
  container: CardContainer;
  label: string;
  cards: readonly SuggestCard[];
}

type OpenSuggestions = (target: SuggestTarget) => void;

const SuggestContext = createContext<OpenSuggestions | null>(null);

/** Lets every card list of a board open the suggestions for itself; the dialog lives here, one at a time. */
export function SuggestGroupsProvider({ workshopId, children }: { workshopId: string; children: ReactNode }) {
  const [target, setTarget] = useState<SuggestTarget | null>(null);
  const open = useCallback<OpenSuggestions>((next) => setTarget(next), []);
  return (
    <SuggestContext.Provider value={open}>
      {children}
      {target && <SuggestGroupsDialog workshopId={workshopId} target={target} onClose={() => setTarget(null)} />}
    </SuggestContext.Provider>
  );
}

/** Opens the suggestions for a card list (null outside a board that offers them). */
export function useSuggestGroups(): OpenSuggestions | null {
  return useContext(SuggestContext);
}

/** Loose cards a list needs before suggesting groups makes sense. */
export const SUGGEST_MIN_CARDS = 3;

export function canSuggest(cards: readonly SuggestCard[]): boolean {
  return cards.filter((card) => card.groupId === null).length >= SUGGEST_MIN_CARDS;
}

/** The small "Suggest groups" button a journey cell shows once it holds enough loose cards. */
export function SuggestGroupsButton({ target }: { target: SuggestTarget }) {
  const { t } = useI18n();
  const open = useSuggestGroups();
  if (!open || !canSuggest(target.cards)) return null;
  return (
    <button
      type="button"
      className="button button--ghost button--small suggest-button"
      aria-label={`${t('boards.suggest.open')} ${t('boards.suggest.in', { container: target.label })}`}
      onClick={() => open(target)}
    >
      <SparkIcon />
      <span>{t('boards.suggest.open')}</span>
    </button>
  );
}

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; suggestions: GroupSuggestion[] };

/**
 * The proposals for one list, one at a time: its title and cards can be changed (a card unticked
 * leaves the proposal) before Accept makes it a group; Dismiss passes to the next. Nothing is
 * grouped unless accepted.
 */
function SuggestGroupsDialog({ workshopId, target, onClose }: { workshopId: string; target: SuggestTarget; onClose: () => void }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [index, setIndex] = useState(0);
  const [accepted, setAccepted] = useState(0);

  useEffect(() => {
    let live = true;
    void run(api.groupSuggest({ workshopId, container: target.container })).then((answer) => {
      if (live) setLoaded(answer ? { state: 'ready', suggestions: answer.suggestions } : { state: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [api, run, workshopId, target.container]);

  const texts = useMemo(() => new Map(target.cards.map((card) => [card.id, card.text])), [target.cards]);
  const suggestions = loaded.state === 'ready' ? loaded.suggestions : [];
  const current = suggestions[index];
  const title = t('boards.suggest.title', { container: target.label });

  const footer = current ? null : (
    <button type="button" className="button button--primary" onClick={onClose}>
      {t('common.close')}
    </button>
  );

  return (
    <Dialog title={title} onClose={onClose} footer={footer} wide>
      {loaded.state === 'loading' && <p className="muted">{t('boards.suggest.loading')}</p>}
      {loaded.state === 'failed' && <p className="muted">{t('boards.suggest.failed')}</p>}
      {loaded.state === 'ready' && suggestions.length === 0 && <p className="suggest-empty">{t('boards.suggest.none')}</p>}
      {loaded.state === 'ready' && suggestions.length > 0 && !current && (
        <p className="suggest-empty" role="status">
          {t(accepted === 1 ? 'boards.suggest.doneOne' : 'boards.suggest.done', { count: accepted })}
        </p>
      )}
      {current && (
        <SuggestionForm
          key={index}
          suggestion={current}
          position={index + 1}
          count={suggestions.length}
          textOf={(id) => texts.get(id) ?? ''}
          onAccept={async (cardIds, groupTitle) => {
            const group = await run(api.groupFromCards({ workshopId, cardIds, title: groupTitle }));
            if (!group) return;
            setAccepted((n) => n + 1);
            setIndex((i) => i + 1);
          }}
          onDismiss={() => setIndex((i) => i + 1)}
        />
      )}
    </Dialog>
  );
}

function SuggestionForm({
  suggestion,
  position,
  count,
  textOf,
  onAccept,
  onDismiss,
}: {
  suggestion: GroupSuggestion;
  position: number;
  count: number;
  textOf: (cardId: string) => string;
  onAccept: (cardIds: string[], title: string) => Promise<void>;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [title, setTitle] = useState(suggestion.title);
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set(suggestion.cardIds));
  const [busy, setBusy] = useState(false);
  const cardIds = suggestion.cardIds.filter((cardId) => kept.has(cardId));
  const enough = cardIds.length >= 2;

  return (
    <form
      className="suggestion"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!enough || busy) return;
        setBusy(true);
        void onAccept(cardIds, title.trim()).finally(() => setBusy(false));
      }}
    >
      <p id={`${id}-heading`} className="suggestion__position">
        {t('boards.suggest.position', { position, count })}
      </p>
      <label className="field">
        <span className="field__label">{t('boards.suggest.groupTitle')}</span>
        <input className="input" value={title} maxLength={MAX_GROUP_TITLE} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <fieldset className="suggestion__cards">
        <legend className="field__label">{t('boards.suggest.cards')}</legend>
        {suggestion.cardIds.map((cardId) => (
          <label key={cardId} className="check-row suggestion__card">
            <input
              type="checkbox"
              checked={kept.has(cardId)}
              onChange={(event) => {
                const next = new Set(kept);
                if (event.target.checked) next.add(cardId);
                else next.delete(cardId);
                setKept(next);
              }}
            />
            <span>{textOf(cardId)}</span>
          </label>
        ))}
      </fieldset>
      {!enough && <p className="suggestion__hint">{t('boards.suggest.tooFew')}</p>}
      <div className="suggestion__actions">
        <button type="button" className="button" onClick={onDismiss}>
          {t('boards.suggest.dismiss')}
        </button>
        <button type="submit" className="button button--primary" disabled={!enough || busy}>
          {t('boards.suggest.accept')}
        </button>
      </div>
    </form>
  );
}

function SparkIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M8 1.5 9.4 6.6 14.5 8 9.4 9.4 8 14.5 6.6 9.4 1.5 8 6.6 6.6Z" fill="currentColor" />
    </svg>
  );
}
