import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../shared/i18n';
import { timerStateLabel, timerToggle } from '../../renderer/src/timer/reading';
import {
  DURATION_PRESETS,
  extendedPlan,
  adjustTimer,
  chimeDue,
  formatClock,
  isOvertime,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
  timerDurationMs,
  timerElapsedMs,
  timerProgress,
  timerRemainingMs,
  toggleTimer,
} from '../../shared/domain/timer';
import { IDLE_TIMER, MAX_STEP_MINUTES, type TimerState } from '../../shared/domain/workshop';

const T0 = Date.UTC(2025, 2, 14, 9, 0, 0);
const sec = (n: number) => n * 1000;
const min = (n: number) => n * 60_000;

describe('the step timer', () => {
  it('an idle timer shows the whole planned duration and no progress', () => {
    expect(timerRemainingMs(IDLE_TIMER, 10, T0)).toBe(min(10));
    expect(timerProgress(IDLE_TIMER, 10, T0)).toBe(0);
    expect(isOvertime(IDLE_TIMER, 10, T0)).toBe(false);
  });

  it('start, pause and resume accumulate only the running stretches', () => {
    let timer = startTimer(IDLE_TIMER, T0);
    expect(timerElapsedMs(timer, T0 + min(3))).toBe(min(3));
    timer = pauseTimer(timer, T0 + min(3));
    expect(timer).toEqual({ status: 'paused', runningSince: null, elapsedMs: min(3), adjustMs: 0 });
    // A long pause does not count.
    expect(timerRemainingMs(timer, 10, T0 + min(30))).toBe(min(7));
    timer = resumeTimer(timer, T0 + min(30));
    expect(timerRemainingMs(timer, 10, T0 + min(32))).toBe(min(5));
    expect(timerProgress(timer, 10, T0 + min(32))).toBeCloseTo(0.5);
  });

  it('start keeps a running timer as it is, and resume does not start an idle one', () => {
    const running = startTimer(IDLE_TIMER, T0);
    expect(startTimer(running, T0 + min(5))).toBe(running);
    expect(resumeTimer(IDLE_TIMER, T0)).toBe(IDLE_TIMER);
    expect(pauseTimer(IDLE_TIMER, T0)).toBe(IDLE_TIMER);
  });

  it('the space bar toggles between running and paused', () => {
    let timer = toggleTimer(IDLE_TIMER, T0);
    expect(timer.status).toBe('running');
    timer = toggleTimer(timer, T0 + sec(20));
    expect(timer.status).toBe('paused');
    timer = toggleTimer(timer, T0 + sec(50));
    expect(timer.status).toBe('running');
    expect(timerElapsedMs(timer, T0 + sec(60))).toBe(sec(30));
  });

  it('adding and removing a minute changes the duration, running or not', () => {
    let timer = startTimer(IDLE_TIMER, T0);
    timer = adjustTimer(timer, min(1), 10);
    expect(timerDurationMs(10, timer)).toBe(min(11));
    expect(timerRemainingMs(timer, 10, T0 + min(4))).toBe(min(7));
    timer = adjustTimer(adjustTimer(timer, -min(1), 10), -min(1), 10);
    expect(timer.adjustMs).toBe(-min(1));
    expect(timerRemainingMs(timer, 10, T0 + min(4))).toBe(min(5));
    expect(adjustTimer(IDLE_TIMER, min(1), 5).adjustMs).toBe(min(1));
  });

  it('removing time never makes the duration negative, and extending stops at plan + 4 h', () => {
    const shortened = adjustTimer(IDLE_TIMER, -min(30), 5);
    expect(timerDurationMs(5, shortened)).toBe(0);
    expect(timerProgress(shortened, 5, T0)).toBe(1);
    const extended = adjustTimer(IDLE_TIMER, min(1000), 5);
    expect(timerDurationMs(5, extended)).toBe(min(5 + 240));
    expect(adjustTimer(IDLE_TIMER, Number.NaN, 5)).toBe(IDLE_TIMER);
  });

  it('removing more than is left puts a running step into overtime', () => {
    const timer = adjustTimer(startTimer(IDLE_TIMER, T0), -min(2), 5);
    expect(isOvertime(timer, 5, T0 + min(4))).toBe(true);
    expect(formatClock(timerRemainingMs(timer, 5, T0 + min(4)))).toBe('+01:00');
  });

  it('overtime counts up once the planned time is spent', () => {
    const timer = startTimer(IDLE_TIMER, T0);
    expect(timerRemainingMs(timer, 5, T0 + min(5))).toBe(0);
    expect(isOvertime(timer, 5, T0 + min(5))).toBe(false);
    expect(isOvertime(timer, 5, T0 + min(5) + 1)).toBe(true);
    expect(timerRemainingMs(timer, 5, T0 + min(6) + sec(5))).toBe(-sec(65));
    expect(formatClock(timerRemainingMs(timer, 5, T0 + min(6) + sec(5)))).toBe('+01:05');
    expect(timerProgress(timer, 5, T0 + min(9))).toBe(1);
  });

  it('after a restart (state saved as JSON) a later now shows the right remaining time', () => {
    let timer = startTimer(IDLE_TIMER, T0);
    timer = pauseTimer(timer, T0 + min(2));
    timer = adjustTimer(resumeTimer(timer, T0 + min(3)), min(1), 15);
    const reloaded = JSON.parse(JSON.stringify(timer)) as TimerState;
    expect(reloaded).toEqual(timer);
    // The app was closed between T0+4 and T0+9: the running stretch kept counting.
    expect(timerRemainingMs(reloaded, 15, T0 + min(9))).toBe(min(16) - min(2) - min(6));
    expect(formatClock(timerRemainingMs(reloaded, 15, T0 + min(9)))).toBe('08:00');
  });

  it('a clock that goes backwards counts the running stretch as zero, never as negative', () => {
    const timer = pauseTimer(startTimer(IDLE_TIMER, T0), T0 + min(2));
    const resumed = resumeTimer(timer, T0 + min(10));
    expect(timerElapsedMs(resumed, T0 + min(5))).toBe(min(2));
    expect(pauseTimer(resumed, T0 + min(5)).elapsedMs).toBe(min(2));
    expect(timerProgress(resumed, 10, T0)).toBeCloseTo(0.2);
  });

  it('reset gives a fresh idle timer', () => {
    const reset = resetTimer();
    expect(reset).toEqual(IDLE_TIMER);
    expect(reset).not.toBe(IDLE_TIMER);
  });
});

describe('formatClock', () => {
  it('rounds remaining time up so 00:00 never shows while time is left', () => {
    expect(formatClock(sec(59.2))).toBe('01:00');
    expect(formatClock(sec(60))).toBe('01:00');
    expect(formatClock(sec(60.001))).toBe('01:01');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(min(25))).toBe('25:00');
  });

  it('switches to h:mm:ss at one hour', () => {
    expect(formatClock(min(60) - sec(1))).toBe('59:59');
    expect(formatClock(min(60))).toBe('1:00:00');
    expect(formatClock(min(125) + sec(7))).toBe('2:05:07');
  });

  it('shows overtime with a leading + and rounds it down', () => {
    expect(formatClock(-1)).toBe('+00:00');
    expect(formatClock(-sec(1))).toBe('+00:01');
    expect(formatClock(-sec(65.9))).toBe('+01:05');
    expect(formatClock(-min(61))).toBe('+1:01:00');
  });

  it('shows 00:00 for a value that is not a number', () => {
    expect(formatClock(Number.NaN)).toBe('00:00');
  });
});

describe('chimeDue', () => {
  it('rings once when crossing one minute left', () => {
    expect(chimeDue(sec(60.5), sec(59.5))).toBe('one-minute');
    expect(chimeDue(sec(61), sec(60))).toBe('one-minute');
    expect(chimeDue(sec(60), sec(59))).toBeNull();
    expect(chimeDue(sec(90), sec(89))).toBeNull();
  });

  it('rings at the end, and only the end chime when one tick crosses both', () => {
    expect(chimeDue(sec(0.5), 0)).toBe('end');
    expect(chimeDue(sec(1), -sec(1))).toBe('end');
    expect(chimeDue(min(5), -sec(10))).toBe('end');
    expect(chimeDue(0, -sec(1))).toBeNull();
    expect(chimeDue(-sec(1), -sec(2))).toBeNull();
  });

  it('never rings when time is added', () => {
    expect(chimeDue(sec(30), sec(90))).toBeNull();
    expect(chimeDue(-sec(5), sec(55))).toBeNull();
  });
});

describe('the timer’s state label', () => {
  const t = (key: MessageKey) => translate('en', key);
  it('says overtime first, whatever the timer is doing, then paused, not started or time left', () => {
    expect(timerStateLabel(t, 'running', true)).toBe('Overtime');
    expect(timerStateLabel(t, 'paused', true)).toBe('Overtime');
    expect(timerStateLabel(t, 'paused', false)).toBe('Paused');
    expect(timerStateLabel(t, 'idle', false)).toBe('Not started');
    expect(timerStateLabel(t, 'running', false)).toBe('Time left');
  });
});

describe('the timer’s main button', () => {
  const t = (key: MessageKey) => translate('en', key);
  it('pauses a running timer, resumes a paused one and starts one not started', () => {
    expect(timerToggle(t, 'running').command).toBe('pause');
    expect(timerToggle(t, 'paused').command).toBe('resume');
    expect(timerToggle(t, 'idle')).toEqual({ command: 'start', label: translate('en', 'timer.start') });
  });
});

describe('duration presets', () => {
  it('offers 3, 5, 10 and 15 minutes, and "+5" stops at the longest step', () => {
    expect([...DURATION_PRESETS]).toEqual([3, 5, 10, 15]);
    expect(extendedPlan(10)).toBe(15);
    expect(extendedPlan(MAX_STEP_MINUTES - 2)).toBe(MAX_STEP_MINUTES);
    expect(extendedPlan(MAX_STEP_MINUTES)).toBe(MAX_STEP_MINUTES);
  });
});
