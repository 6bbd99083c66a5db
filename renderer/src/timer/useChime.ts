import { useEffect, useRef } from 'react';
import { chimeDue, timerRemainingMs, type Chime } from '../../../shared/domain/timer';
import type { Workshop } from '../../../shared/domain/workshop';
import chimeUrl from '../assets/chime.wav';

/** The end of a step rings twice, one minute left rings once: the room can tell them apart. */
const RINGS: Record<Chime, number> = { 'one-minute': 1, end: 2 };
const RING_GAP_MS = 1_300;

/**
 * Rings the chime when the current step crosses one minute left and when its time is up, unless
 * muted. Used by the facilitator's timer only — never by the presenter — so the room hears it once.
 * Readings are compared tick to tick (chimeDue): loading a step already in overtime, moving to
 * another step or adding time never rings; only a running timer does.
 */
export function useChime(workshop: Workshop, now: number, muted: boolean): void {
  const audio = useRef<HTMLAudioElement | null>(null);
  const previous = useRef<{ key: string; remaining: number } | null>(null);
  const pending = useRef<number[]>([]);

  const step = workshop.steps.find((s) => s.id === workshop.currentStepId) ?? null;
  const key = step ? `${workshop.id}:${step.id}` : '';
  const remaining = step ? timerRemainingMs(workshop.timer, step.plannedMinutes, now) : 0;
  const running = workshop.timer.status === 'running';

  useEffect(() => {
    const last = previous.current;
    previous.current = { key, remaining };
    if (!step || !running || muted || !last || last.key !== key) return;
    const chime = chimeDue(last.remaining, remaining);
    if (chime) ring(RINGS[chime]);
  });

  function ring(times: number): void {
    audio.current ??= new Audio(chimeUrl);
    const play = (): void => {
      const element = audio.current;
      if (!element) return;
      element.currentTime = 0;
      // Autoplay rules may refuse before the first click; the visual timer still says it all.
      void element.play().catch(() => undefined);
    };
    play();
    for (let i = 1; i < times; i += 1) pending.current.push(window.setTimeout(play, i * RING_GAP_MS));
  }

  useEffect(
    () => () => {
      for (const id of pending.current) window.clearTimeout(id);
      audio.current?.pause();
    },
    [],
  );

  // Muting silences a ring already under way.
  useEffect(() => {
    if (!muted) return;
    for (const id of pending.current) window.clearTimeout(id);
    pending.current = [];
    audio.current?.pause();
  }, [muted]);
}
