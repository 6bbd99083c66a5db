type Handlers<M> = { [K in keyof M]?: (event: M[K]) => void };

/** Adds each listener to the target; returns the one function that removes them all. */
export function listen<T extends EventTarget, M = T extends Window ? WindowEventMap : HTMLElementEventMap>(
  target: T,
  handlers: Handlers<M>,
  options?: AddEventListenerOptions,
): () => void {
  const entries = Object.entries(handlers) as [string, EventListener][];
  for (const [type, handler] of entries) target.addEventListener(type, handler, options);
  return () => {
    for (const [type, handler] of entries) target.removeEventListener(type, handler, options);
  };
}
