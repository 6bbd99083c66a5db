import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { dotsUsed, type DotCounts, type VotingSessionView } from '../../../shared/domain/voting';
import { useAppState } from '../app-state';
import { useI18n } from '../i18n';
import { DotPicker, DotsLeft, toBallot } from './DotPicker';
import { votedLabel } from './labels';
import { VoterNameField } from './VoterNameField';

type Stage = { name: 'ready' } | { name: 'vote'; voter: string | null } | { name: 'handoff'; voter: string | null };

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * One shared screen, voters in turn: each gets a clean screen, places their dots, confirms, then
 * hands the laptop on. A voter's dots live only in this component's state until they confirm and
 * are dropped right after, so the next voter never sees them; main answers with counts only.
 */
export function PassTheLaptop({ session, onExit }: { session: VotingSessionView; onExit: () => void }) {
  const { t, tc } = useI18n();
  const [stage, setStage] = useState<Stage>({ name: 'ready' });
  // A new key per voter: nothing of the previous voter's screen survives into the next one.
  const [turn, setTurn] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  useEffect(() => {
    const before = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = before;
    };
  }, []);
  // Each screen starts at its title, read out by screen readers, with the page scrolled to the top.
  useEffect(() => {
    heading.current?.focus();
  }, [stage.name, turn]);

  const open = session.phase === 'open';
  const next = (): void => {
    setTurn((n) => n + 1);
    setStage({ name: 'ready' });
  };

  return (
    <div className="laptop" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <header className="row row--spread laptop__bar">
        <p className="laptop__session">
          <span className="laptop__badge">{t('voting.laptop.badge')}</span>
          {session.title}
        </p>
        <button type="button" className="button button--ghost" onClick={onExit}>
          {t('voting.laptop.exit')}
        </button>
      </header>
      <div className="laptop__body" key={`${turn}-${stage.name}`}>
        {!open ? (
          <section className="laptop__screen laptop__screen--center">
            <h1 id={titleId} ref={heading} tabIndex={-1} className="laptop__title">
              {t('voting.laptop.closed')}
            </h1>
            <p className="laptop__lead">{t('voting.laptop.closed.body')}</p>
            <button type="button" className="button button--primary button--large" onClick={onExit}>
              {t('voting.laptop.exit')}
            </button>
          </section>
        ) : stage.name === 'ready' ? (
          <ReadyScreen session={session} titleId={titleId} heading={heading} onStart={(voter) => setStage({ name: 'vote', voter })} />
        ) : stage.name === 'vote' ? (
          <VoteScreen
            session={session}
            voter={stage.voter}
            titleId={titleId}
            heading={heading}
            onCancel={() => setStage({ name: 'ready' })}
            onDone={() => setStage({ name: 'handoff', voter: stage.voter })}
          />
        ) : (
          <section className="laptop__screen laptop__screen--center">
            <span className="laptop__check" aria-hidden="true">
              ✓
            </span>
            <h1 id={titleId} ref={heading} tabIndex={-1} className="laptop__title">
              {stage.voter ? t('voting.laptop.thanksName', { name: stage.voter }) : t('voting.laptop.thanks')}
            </h1>
            <p className="laptop__lead">{t('voting.laptop.handoff')}</p>
            <p className="laptop__count">{votedLabel({ t, tc }, session.votedCount, session.voterCount)}</p>
            <div className="laptop__actions">
              <button type="button" className="button button--primary button--large" onClick={next}>
                {t('voting.laptop.nextVoter')}
              </button>
              <button type="button" className="button button--large" onClick={onExit}>
                {t('voting.laptop.finish')}
              </button>
            </div>
          </section>
        )}
      </div>
    </div>
  );
}

interface ScreenProps {
  session: VotingSessionView;
  titleId: string;
  heading: RefObject<HTMLHeadingElement | null>;
}

function ReadyScreen({ session, titleId, heading, onStart }: ScreenProps & { onStart: (voter: string | null) => void }) {
  const { t, tc } = useI18n();
  const [name, setName] = useState('');
  const named = !session.rules.anonymous;
  const start = (event: FormEvent): void => {
    event.preventDefault();
    if (named && !name.trim()) return;
    onStart(named ? name.trim() : null);
  };
  return (
    <form className="laptop__screen laptop__screen--center" onSubmit={start}>
      <h1 id={titleId} ref={heading} tabIndex={-1} className="laptop__title">
        {t('voting.laptop.ready')}
      </h1>
      <p className="laptop__lead">
        {tc('voting.laptop.rules', session.rules.dotsPerVoter, { max: session.rules.maxPerItem })}
        <br />
        {t('voting.laptop.secret')}
      </p>
      {named && (
        <VoterNameField
          label={t('voting.laptop.name')}
          value={name}
          names={session.notVotedNames}
          className="laptop__name"
          required
          onChange={setName}
        />
      )}
      <button type="submit" className="button button--primary button--large" disabled={named && !name.trim()}>
        {t('voting.laptop.start')}
      </button>
    </form>
  );
}

function VoteScreen({ session, voter, titleId, heading, onCancel, onDone }: ScreenProps & { voter: string | null; onCancel: () => void; onDone: () => void }) {
  const { api, run } = useAppState();
  const { t, tc } = useI18n();
  const [dots, setDots] = useState<DotCounts>({});
  const [busy, setBusy] = useState(false);
  const used = dotsUsed(dots);
  const left = session.rules.dotsPerVoter - used;

  const confirm = async (): Promise<void> => {
    if (used === 0 || busy) return;
    setBusy(true);
    // Someone expected by name (registered before the vote) votes as that voter, not as a new one.
    const registered =
      voter === null ? undefined : session.voters.find((v) => v.kind !== 'phone' && !v.hasVoted && v.name !== null && sameName(v.name, voter));
    const saved = await run(
      api.votingLaptopBallot({ sessionId: session.id, name: voter, voterId: registered?.id, dots: toBallot(session.items, dots) }),
    );
    setBusy(false);
    if (saved) onDone();
  };

  return (
    <section className="laptop__screen laptop__screen--vote">
      <div className="laptop__vote-head">
        <div>
          <h1 id={titleId} ref={heading} tabIndex={-1} className="laptop__title laptop__title--small">
            {voter ? t('voting.laptop.voteAs', { name: voter }) : t('voting.laptop.vote')}
          </h1>
          <p className="laptop__hint">{t('voting.laptop.howTo', { max: session.rules.maxPerItem })}</p>
        </div>
        <DotsLeft rules={session.rules} dots={dots} className="dots-left--large" />
      </div>
      <DotPicker items={session.items} rules={session.rules} dots={dots} onChange={setDots} size="large" label={t('voting.laptop.items')} />
      <footer className="laptop__foot">
        <button type="button" className="button button--large" onClick={onCancel}>
          {t('voting.laptop.startOver')}
        </button>
        <p className="laptop__foot-note">{used > 0 && left > 0 ? tc('voting.laptop.unused', left) : ''}</p>
        <button type="button" className="button button--primary button--large" disabled={used === 0 || busy} onClick={() => void confirm()}>
          {t('voting.laptop.confirm')}
        </button>
      </footer>
    </section>
  );
}
