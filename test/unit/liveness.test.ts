import { describe, expect, it } from 'vitest';
import { Liveness } from '../../renderer/src/api/http-transport';

describe('reading again only when a push may have been missed', () => {
  const watch = () => {
    const liveness = new Liveness();
    let catchUps = 0;
    liveness.setCatchUp(() => (catchUps += 1));
    return { liveness, catchUps: () => catchUps };
  };

  it('does not read again when every answer before the socket went live was at its revision', () => {
    const { liveness, catchUps } = watch();
    liveness.answered(4);
    liveness.answered(4);
    expect(liveness.wentLive(4)).toBe(false);
    liveness.answered(4);
    liveness.answered(5);
    expect(catchUps()).toBe(0);
  });

  it('reads again when an answer came before a push the socket never got', () => {
    const { liveness } = watch();
    liveness.answered(4);
    liveness.answered(5);
    expect(liveness.wentLive(5)).toBe(true);
  });

  it('reads again when an answer read before the socket went live arrives after it', () => {
    const { liveness, catchUps } = watch();
    expect(liveness.wentLive(7)).toBe(false);
    liveness.answered(6);
    expect(catchUps()).toBe(1);
  });

  it('starts over after the socket goes down', () => {
    const { liveness, catchUps } = watch();
    liveness.answered(1);
    expect(liveness.wentLive(1)).toBe(false);
    liveness.wentDown();
    liveness.answered(2);
    // Answers while down are not compared to the old revision…
    expect(catchUps()).toBe(0);
    // …but to the one the next socket starts at.
    expect(liveness.wentLive(3)).toBe(true);
    expect(liveness.wentLive(3)).toBe(false);
  });
});
