import { DEFAULT_BRANDING } from '../../shared/domain/branding';
import { describe, expect, it } from 'vitest';
import { emptyBoardDiff } from '../../shared/domain/board-change';
import type { AppEvent } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { Follower, readPart, type FollowSpec } from '../../renderer/src/api/follower';
import type { EventSourceLike } from '../../renderer/src/api/types';
import { cardOf } from '../helpers/card';

/** An event link the test drives: pushes, and the link going down and coming back. */
function fakeLink() {
  const listeners = new Set<(event: AppEvent) => void>();
  const connection = new Set<(connected: boolean) => void>();
  const source: EventSourceLike = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onConnectionChange: (listener) => {
      connection.add(listener);
      return () => connection.delete(listener);
    },
  };
  return {
    source,
    push: (event: AppEvent) => listeners.forEach((listener) => listener(event)),
    reconnect: () => connection.forEach((listener) => listener(true)),
    listeners: () => listeners.size,
  };
}

/** Reads the test answers by hand, in any order. */
function manualReads<T>() {
  const pending: ((value: T) => void)[] = [];
  return {
    read: () => new Promise<Result<T>>((resolve) => pending.push((value) => resolve({ ok: true, value }))),
    count: () => pending.length,
    answer: async (index: number, value: T) => {
      pending[index]!(value);
      await flush();
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const settings = (language: 'fr' | 'en'): AppEvent => ({ type: 'settingsChanged', payload: { language, muted: false, branding: DEFAULT_BRANDING } });

/** Follows a language, from reads and from settingsChanged pushes that carry the whole value. */
function followLanguage() {
  const link = fakeLink();
  const reads = manualReads<string>();
  const spec: FollowSpec<string> = {
    read: reads.read,
    react: (event) => (event.type === 'settingsChanged' ? { kind: 'value', value: event.payload.language ?? '' } : undefined),
  };
  const follower = new Follower(() => spec, link.source);
  const stop = follower.start();
  return { link, reads, follower, stop };
}

interface Counted {
  revision: number;
  cards: string[];
}

/** Follows a board-like value whose pushes carry the change to the next revision. */
function followCounted() {
  const link = fakeLink();
  const reads = manualReads<Counted>();
  const spec: FollowSpec<Counted> = {
    read: reads.read,
    react: (event) =>
      event.type === 'boardChanged'
        ? {
            kind: 'patch',
            revision: event.payload.revision,
            apply: (shown) => ({ revision: event.payload.revision, cards: [...shown.cards, ...(event.payload.diff?.cards.map((c) => c.text) ?? [])] }),
          }
        : undefined,
    revisionOf: (value) => value.revision,
  };
  const follower = new Follower(() => spec, link.source);
  follower.start();
  return { link, reads, follower };
}

const cardPush = (revision: number, text: string): AppEvent => ({
  type: 'boardChanged',
  payload: {
    workshopId: 'w',
    revision,
    canUndo: true,
    canRedo: false,
    diff: { ...emptyBoardDiff(), cards: [cardOf({ id: text, createdAt: '', updatedAt: '' })] },
  },
});

describe('following a value main pushes whole', () => {
  it('shows the first answer, then each push', async () => {
    const { link, reads, follower } = followLanguage();
    expect(follower.get().value).toBeUndefined();
    await reads.answer(0, 'fr');
    expect(follower.get().value).toBe('fr');

    link.push(settings('en'));

    expect(follower.get().value).toBe('en');
    expect(reads.count()).toBe(1);
  });

  it('never lets a read that was under way overwrite a newer push, and reads once more after it', async () => {
    const { link, reads, follower } = followLanguage();
    await reads.answer(0, 'fr');
    link.reconnect();
    link.push(settings('en'));

    await reads.answer(1, 'fr'); // read before the push: dropped
    expect(follower.get().value).toBe('en');
    expect(reads.count()).toBe(3);
    await reads.answer(2, 'en');
    expect(follower.get().value).toBe('en');
  });

  it('reads everything again when the link comes back, one read at a time however often it is asked', async () => {
    const { link, reads, follower } = followLanguage();
    await reads.answer(0, 'fr');

    link.reconnect();
    link.reconnect();
    link.reconnect();
    expect(reads.count()).toBe(2);
    await reads.answer(1, 'en');

    expect(follower.get().value).toBe('en');
    expect(reads.count()).toBe(3);
    await reads.answer(2, 'en');
    expect(reads.count()).toBe(3);
  });

  it('reads again after the first answer when a push came before it', async () => {
    const { link, reads, follower } = followLanguage();
    link.push(settings('en'));
    await reads.answer(0, 'fr');
    expect(reads.count()).toBe(2);
    await reads.answer(1, 'en');
    expect(follower.get().value).toBe('en');
  });

  it('keeps showing the last value when a read fails, and tells', async () => {
    const link = fakeLink();
    const errors: string[] = [];
    let fail = false;
    const follower = new Follower<string>(
      () => ({
        read: async () => (fail ? { ok: false, error: { code: 'internal', message: 'down' } } : { ok: true, value: 'fr' }),
        react: () => undefined,
        onError: (error) => errors.push(error.message),
      }),
      link.source,
    );
    follower.start();
    await flush();
    fail = true;
    link.reconnect();
    await flush();
    expect(follower.get()).toEqual({ value: 'fr', error: null });
    expect(errors).toEqual(['down']);
  });

  it('stops listening when stopped', async () => {
    const { link, reads, follower, stop } = followLanguage();
    await reads.answer(0, 'fr');
    stop();
    link.push(settings('en'));
    expect(follower.get().value).toBe('fr');
    expect(link.listeners()).toBe(0);
  });
});

describe('following a value whose pushes carry the change to the next revision', () => {
  it('applies the change that follows the revision shown, ignores one already in it, and reads when one was missed', async () => {
    const { link, reads, follower } = followCounted();
    await reads.answer(0, { revision: 10, cards: [] });

    link.push(cardPush(11, 'a'));
    link.push(cardPush(11, 'a'));
    expect(follower.get().value).toEqual({ revision: 11, cards: ['a'] });
    expect(reads.count()).toBe(1);

    link.push(cardPush(13, 'c'));
    expect(reads.count()).toBe(2);
    await reads.answer(1, { revision: 13, cards: ['a', 'b', 'c'] });
    expect(follower.get().value).toEqual({ revision: 13, cards: ['a', 'b', 'c'] });
  });

  it('takes whichever of a read and a push is newer, whatever order they arrive in', async () => {
    const { link, reads, follower } = followCounted();
    await reads.answer(0, { revision: 1, cards: [] });
    link.reconnect();
    link.push(cardPush(2, 'a'));

    await reads.answer(1, { revision: 1, cards: [] }); // read before the push: older, dropped
    expect(follower.get().value).toEqual({ revision: 2, cards: ['a'] });
    expect(reads.count()).toBe(2);

    link.reconnect();
    await reads.answer(2, { revision: 3, cards: ['a', 'b'] });
    expect(follower.get().value).toEqual({ revision: 3, cards: ['a', 'b'] });
  });

  it('reads again when a change cannot be placed', async () => {
    const link = fakeLink();
    const reads = manualReads<Counted>();
    const follower = new Follower<Counted>(
      () => ({ read: reads.read, react: (event) => (event.type === 'boardChanged' ? { kind: 'patch', revision: event.payload.revision, apply: () => null } : undefined), revisionOf: (v) => v.revision }),
      link.source,
    );
    follower.start();
    await reads.answer(0, { revision: 1, cards: [] });
    link.push(cardPush(2, 'a'));
    expect(reads.count()).toBe(2);
  });

  it('takes an offered value only if it is at least as new as the one shown', async () => {
    const { reads, follower } = followCounted();
    await reads.answer(0, { revision: 5, cards: ['x'] });
    follower.offer({ revision: 4, cards: [] });
    expect(follower.get().value).toEqual({ revision: 5, cards: ['x'] });
    follower.offer({ revision: 6, cards: ['x', 'y'] });
    expect(follower.get().value).toEqual({ revision: 6, cards: ['x', 'y'] });
  });
});

/** A tally per session, whose ballots-only pushes read only that session's count. */
interface Tallied {
  counts: Record<string, number>;
  language: string;
}

const ballots = (sessionId: string | null): AppEvent => ({ type: 'votingChanged', payload: { workshopId: 'w', sessionId, ballotsOnly: true } });

/** Follows a value whole, and in parts: a ballots push reads that session's count (or every count for null). */
function followParts() {
  const link = fakeLink();
  const reads = manualReads<Tallied>();
  const parts = manualReads<Record<string, number>>();
  const asked: (string | null)[] = [];
  const spec: FollowSpec<Tallied> = {
    read: reads.read,
    react: (event) => {
      if (event.type === 'settingsChanged') return { kind: 'value', value: { counts: {}, language: event.payload.language ?? '' } };
      if (event.type !== 'votingChanged') return undefined;
      const { sessionId } = event.payload;
      if (!event.payload.ballotsOnly) return { kind: 'read' };
      return readPart(
        sessionId ?? '*',
        () => {
          asked.push(sessionId);
          return parts.read();
        },
        (shown, part) => (Object.keys(part).every((id) => id in shown.counts) ? { ...shown, counts: { ...shown.counts, ...part } } : null),
      );
    },
  };
  const follower = new Follower(() => spec, link.source);
  follower.start();
  return { link, reads, parts, asked, follower };
}

describe('following a value whose pushes say which part to read', () => {
  it('reads only the part and lays it over the value shown', async () => {
    const { link, reads, parts, asked, follower } = followParts();
    await reads.answer(0, { counts: { a: 0, b: 0 }, language: 'fr' });

    link.push(ballots('a'));
    await parts.answer(0, { a: 3 });

    expect(follower.get().value).toEqual({ counts: { a: 3, b: 0 }, language: 'fr' });
    expect(asked).toEqual(['a']);
    expect(reads.count()).toBe(1);
  });

  it('reads the part once more after the one under way, however many pushes came meanwhile', async () => {
    const { link, reads, parts, follower } = followParts();
    await reads.answer(0, { counts: { a: 0 }, language: 'fr' });

    link.push(ballots('a'));
    link.push(ballots('a'));
    link.push(ballots('a'));
    expect(parts.count()).toBe(1);
    await parts.answer(0, { a: 1 });
    expect(follower.get().value?.counts).toEqual({ a: 1 });
    expect(parts.count()).toBe(2);
    await parts.answer(1, { a: 4 });

    expect(follower.get().value?.counts).toEqual({ a: 4 });
    expect(parts.count()).toBe(2);
    expect(reads.count()).toBe(1);
  });

  it('reads the whole value when the part cannot be placed', async () => {
    const { link, reads, parts, follower } = followParts();
    await reads.answer(0, { counts: { a: 0 }, language: 'fr' });

    link.push(ballots('new'));
    await parts.answer(0, { new: 2 });
    expect(follower.get().value?.counts).toEqual({ a: 0 });
    expect(reads.count()).toBe(2);
    await reads.answer(1, { counts: { a: 0, new: 2 }, language: 'fr' });
    expect(follower.get().value?.counts).toEqual({ a: 0, new: 2 });
  });

  it('reads the whole value when the part read fails', async () => {
    const link = fakeLink();
    const reads = manualReads<Tallied>();
    const follower = new Follower<Tallied>(
      () => ({
        read: reads.read,
        react: () => readPart('a', async () => ({ ok: false, error: { code: 'not_found', message: 'gone' } }), (shown) => shown),
      }),
      link.source,
    );
    follower.start();
    await reads.answer(0, { counts: { a: 0 }, language: 'fr' });
    link.push(ballots('a'));
    await flush();
    expect(reads.count()).toBe(2);
    await reads.answer(1, { counts: { a: 1 }, language: 'fr' });
    expect(follower.get()).toEqual({ value: { counts: { a: 1 }, language: 'fr' }, error: null });
  });

  it('reads the part after a whole read that was under way when the push came, and keeps that read', async () => {
    const { link, reads, parts, follower } = followParts();
    await reads.answer(0, { counts: { a: 0 }, language: 'fr' });
    link.reconnect();
    link.push(ballots('a'));
    expect(parts.count()).toBe(0);

    await reads.answer(1, { counts: { a: 1 }, language: 'en' }); // may predate the ballots: kept, then the part
    expect(follower.get().value).toEqual({ counts: { a: 1 }, language: 'en' });
    expect(parts.count()).toBe(1);
    await parts.answer(0, { a: 2 });
    expect(follower.get().value).toEqual({ counts: { a: 2 }, language: 'en' });
    expect(reads.count()).toBe(2);
  });

  it('never lets a part read under way overwrite a push applied meanwhile: it reads the part again', async () => {
    const { link, reads, parts, follower } = followParts();
    await reads.answer(0, { counts: { a: 0 }, language: 'fr' });

    link.push(ballots('a'));
    follower.offer({ counts: { a: 5 }, language: 'en' });
    await parts.answer(0, { a: 1 }); // read before the offer: dropped
    expect(follower.get().value).toEqual({ counts: { a: 5 }, language: 'en' });
    expect(parts.count()).toBe(2);
    await parts.answer(1, { a: 6 });
    expect(follower.get().value).toEqual({ counts: { a: 6 }, language: 'en' });
    expect(reads.count()).toBe(1);
  });

  it('reads each kind of part waiting once, in turn, with no whole read', async () => {
    const { link, reads, parts, asked, follower } = followParts();
    await reads.answer(0, { counts: { a: 0, b: 0 }, language: 'fr' });

    link.push(ballots('a'));
    link.push(ballots('a'));
    link.push(ballots(null));
    link.push(ballots('a'));
    await parts.answer(0, { a: 1 });
    await parts.answer(1, { a: 2 });
    await parts.answer(2, { a: 2, b: 1 });
    expect(asked).toEqual(['a', 'a', null]);
    expect(reads.count()).toBe(1);
    expect(follower.get().value).toEqual({ counts: { a: 2, b: 1 }, language: 'fr' });
  });

  it('lets a whole read asked for meanwhile hold the parts waiting', async () => {
    const { link, reads, parts, asked } = followParts();
    await reads.answer(0, { counts: { a: 1, b: 1 }, language: 'fr' });

    link.push(ballots('b'));
    link.reconnect();
    link.push(ballots('b'));
    await parts.answer(0, { b: 2 });
    expect(reads.count()).toBe(2); // the whole read holds the ballots of b too: no part read after it
    await reads.answer(1, { counts: { a: 1, b: 2 }, language: 'fr' });
    expect(parts.count()).toBe(1);
    expect(asked).toEqual(['b']);
  });

  it('drops the part waiting when a whole read starts after its push', async () => {
    const { link, reads, parts, follower } = followParts();
    await reads.answer(0, { counts: { a: 0 }, language: 'fr' });
    link.reconnect();
    link.push(ballots('a'));
    follower.offer({ counts: { a: 0 }, language: 'en' });

    await reads.answer(1, { counts: { a: 0 }, language: 'fr' }); // predates the offer: dropped, read again
    expect(reads.count()).toBe(3);
    await reads.answer(2, { counts: { a: 1 }, language: 'en' }); // started after the ballots: holds them
    expect(follower.get().value).toEqual({ counts: { a: 1 }, language: 'en' });
    expect(parts.count()).toBe(0);
  });

  it('reads the whole value after the first answer when a part push came before it', async () => {
    const { link, reads, parts, follower } = followParts();
    link.push(ballots('a'));
    await reads.answer(0, { counts: { a: 0 }, language: 'fr' });
    expect(reads.count()).toBe(2);
    expect(parts.count()).toBe(0);
    await reads.answer(1, { counts: { a: 1 }, language: 'fr' });
    expect(follower.get().value?.counts).toEqual({ a: 1 });
  });
});
