import { useSyncExternalStore, type CSSProperties } from 'react';
import { roomUnit } from './room-unit';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

const current = (): number => roomUnit(window.innerWidth, window.innerHeight);

/** One room unit in CSS px for the window as it is now (see room-unit.ts); follows its resizing. */
export function useRoomUnit(): number {
  return useSyncExternalStore(subscribe, current);
}

/** The presenter root's --room-unit, which every size of presenter*.css is a multiple of. */
export function useRoomStyle(): CSSProperties {
  return { '--room-unit': `${useRoomUnit()}px` } as CSSProperties;
}
