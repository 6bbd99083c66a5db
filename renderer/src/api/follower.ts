import type { AppEvent } from '../../../shared/ipc/contract';
import type { AppErrorData, Result } from '../../../shared/ipc/result';
import type { EventSourceLike } from './types';

/** What one push means for a followed value. */
export type Reaction<T> =
  /** Something the value shows changed: read it again. */
  | { kind: 'read' }
  /** The push carries the whole new value. */
  | { kind: 'value'; value: T }
  /**
   * The push carries the change from `revision - 1` to `revision` (domains that count their
   * changes). `apply` answers null when it cannot place the change: the value is read again.
   */
  | { kind: 'patch'; revision: number; apply: (current: T) => T | null }
  /**
   * Only part of the value changed: read that part (see readPart) and lay it over the value.
   * Parts with the same `key` are the same read: pushes that come while one is under way cost one
   * more read of it, after it; parts with other keys wait their turn, each read once. A part that
   * cannot be placed (its change answers null) or fails gives way to a whole read.
   */
  | { kind: 'readPart'; key: string; read: () => Promise<Result<PartChange<T>>> };

/** What a part read answers: the change it makes to the value shown (null: it cannot be placed). */
export type PartChange<T> = (current: T) => T | null;

/** A readPart reaction: `read` answers the part, `apply` lays it over the value shown. */
export function readPart<T, P>(key: string, read: () => Promise<Result<P>>, apply: (current: T, part: P) => T | null): Reaction<T> {
  return {
    kind: 'readPart',
    key,
    read: async () => {
      const result = await read();
      return result.ok ? { ok: true, value: (current: T) => apply(current, result.value) } : result;
    },
  };
}

export interface FollowSpec<T> {
  /**
   * Reads the whole value; `first` is true for the first read (which may take an early answer).
   * Without it the value is only what pushes carry (an export's progress, which nothing stores).
   */
  read?(first: boolean): Promise<Result<T>>;
  /** What an event means for the value shown (undefined before the first answer); undefined when it is not about it. */
  react(event: AppEvent, shown: T | undefined): Reaction<T> | undefined;
  /** The revision a value is at, for domains whose pushes carry one. */
  revisionOf?(value: T): number;
  /** Merges a whole value read (or offered) into the one shown, keeping unchanged parts' objects. */
  reconcile?(shown: T | undefined, next: T): T;
  /** Called when a read fails (the last good value stays shown). */
  onError?(error: AppErrorData): void;
}

export interface FollowState<T> {
  /** undefined until the first answer. */
  value: T | undefined;
  /** The first read failed (nothing to show). */
  error: AppErrorData | null;
}

/**
 * The one way a screen follows a piece of main's state: a first read, then pushes, and a whole
 * read again whenever the event link comes back (pushes may have been missed meanwhile).
 *
 * A read that was under way when a push was applied may predate that push, so its answer must
 * not overwrite it. With revisions, the newer of the two wins; without them, the answer is
 * dropped and the value read once more. Reads never overlap: one asked for while another is
 * under way starts right after it, once, however many were asked for. A part read follows the
 * same rule (a push applied while it was under way: it is read once more), and a whole read
 * takes the place of the part reads waiting when it starts.
 */
export class Follower<T> {
  private state: FollowState<T> = { value: undefined, error: null };
  private readonly listeners = new Set<() => void>();
  private reading = false;
  private readAgain = false;
  /** The parts to read, by key, once the read under way is done (only while one is under way). */
  private readonly partsWaiting = new Map<string, Extract<Reaction<T>, { kind: 'readPart' }>>();
  private hasRead = false;
  /** Pushes (and offers) applied so far: a read answers for the value as it was when it started. */
  private applied = 0;
  private stopped = false;

  constructor(
    private readonly spec: () => FollowSpec<T>,
    private readonly events: EventSourceLike,
  ) {}

  /** Starts following: subscribes, then reads. Returns the function that stops it. */
  start(): () => void {
    const offEvents = this.events.subscribe((event) => this.onEvent(event));
    const offConnection = this.events.onConnectionChange((connected) => {
      if (connected) this.refresh();
    });
    this.refresh();
    return () => {
      this.stopped = true;
      offEvents();
      offConnection();
      this.listeners.clear();
    };
  }

  get(): FollowState<T> {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the whole value again (now, or right after the read under way). */
  refresh(): void {
    if (this.stopped || !this.spec().read) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    void this.read();
  }

  /**
   * A whole value main answered to an edit (an undo, a settings change): taken like a push, or,
   * with revisions, only if it is at least as new as what is shown.
   */
  offer(value: T): void {
    const { revisionOf } = this.spec();
    const current = this.state.value;
    if (revisionOf && current !== undefined && revisionOf(value) < revisionOf(current)) return;
    this.applied += 1;
    this.set({ value: this.merged(value), error: null });
  }

  /** A local change shown at once (an optimistic move); main's push then confirms or corrects it. */
  update(change: (current: T) => T): void {
    const current = this.state.value;
    if (current === undefined) return;
    this.set({ value: change(current), error: null });
  }

  private async read(): Promise<void> {
    this.reading = true;
    // A whole read starting now holds every part asked for before it.
    this.partsWaiting.clear();
    const spec = this.spec();
    const first = !this.hasRead;
    this.hasRead = true;
    const appliedBefore = this.applied;
    let result: Result<T>;
    try {
      result = spec.read ? await spec.read(first) : { ok: false, error: { code: 'internal', message: 'Nothing to read' } };
    } catch (error) {
      result = { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
    this.reading = false;
    if (this.stopped) return;
    if (result.ok) {
      if (this.accepts(result.value, appliedBefore)) this.set({ value: this.merged(result.value), error: null });
      else if (!spec.revisionOf) this.readAgain = true;
    } else {
      spec.onError?.(result.error);
      if (this.state.value === undefined) this.set({ value: undefined, error: result.error });
    }
    this.next();
  }

  /** Reads part of the value now, or once the read under way is done. */
  private readPart(part: Extract<Reaction<T>, { kind: 'readPart' }>): void {
    if (this.reading) {
      if (this.readAgain) return; // a whole read comes next: it holds this part
      this.partsWaiting.set(part.key, part);
      return;
    }
    void this.readPartNow(part);
  }

  private async readPartNow(part: Extract<Reaction<T>, { kind: 'readPart' }>): Promise<void> {
    this.reading = true;
    const appliedBefore = this.applied;
    let result: Result<PartChange<T>>;
    try {
      result = await part.read();
    } catch (error) {
      result = { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
    this.reading = false;
    if (this.stopped) return;
    const current = this.state.value;
    if (!result.ok || current === undefined) this.readAgain = true;
    else if (this.applied !== appliedBefore) {
      // A push was applied while the part was read: the answer may predate it. Read the part again.
      if (!this.readAgain) this.partsWaiting.set(part.key, part);
    } else {
      const next = result.value(current);
      if (next === null) this.readAgain = true;
      else {
        this.applied += 1;
        this.set({ value: next, error: null });
      }
    }
    this.next();
  }

  /** What was asked for while a read was under way: a whole read first, else the waiting part. */
  private next(): void {
    if (this.readAgain) {
      this.readAgain = false;
      void this.read();
      return;
    }
    const [part] = this.partsWaiting.values();
    if (part) {
      this.partsWaiting.delete(part.key);
      void this.readPartNow(part);
    }
  }

  private accepts(value: T, appliedBefore: number): boolean {
    const { revisionOf } = this.spec();
    const current = this.state.value;
    if (current === undefined) return true;
    if (revisionOf) return revisionOf(value) >= revisionOf(current);
    return this.applied === appliedBefore;
  }

  private onEvent(event: AppEvent): void {
    if (this.stopped) return;
    const spec = this.spec();
    const current = this.state.value;
    const reaction = spec.react(event, current);
    if (!reaction) return;
    // Nothing shown yet: the read under way may predate this push, so read (again) after it.
    if (reaction.kind === 'read' || (current === undefined && spec.read)) return this.refresh();
    if (reaction.kind === 'value') {
      this.applied += 1;
      this.set({ value: reaction.value, error: null });
      return;
    }
    if (reaction.kind === 'readPart') return current === undefined ? this.refresh() : this.readPart(reaction);
    if (current === undefined) return;
    const at = spec.revisionOf?.(current);
    if (at === undefined || reaction.revision > at + 1) return this.refresh(); // a change was missed
    if (reaction.revision <= at) return; // already in what was read
    const next = reaction.apply(current);
    if (next === null) return this.refresh();
    this.applied += 1;
    this.set({ value: next, error: null });
  }

  private merged(next: T): T {
    const { reconcile } = this.spec();
    return reconcile ? reconcile(this.state.value, next) : next;
  }

  private set(state: FollowState<T>): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }
}
