import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Route = { name: 'home' } | { name: 'workshop'; id: string } | { name: 'present' } | { name: 'deliverable'; id: string };

export function parseRoute(pathname: string): Route {
  if (pathname === '/present' || pathname === '/present/') return { name: 'present' };
  const match = /^\/workshops\/([A-Za-z0-9_-]{6,64})\/?$/.exec(pathname);
  if (match?.[1]) return { name: 'workshop', id: match[1] };
  const deliverable = /^\/workshops\/([A-Za-z0-9_-]{6,64})\/deliverable\/?$/.exec(pathname);
  if (deliverable?.[1]) return { name: 'deliverable', id: deliverable[1] };
  return { name: 'home' };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'present':
      return '/present';
    case 'workshop':
      return `/workshops/${route.id}`;
    case 'deliverable':
      return `/workshops/${route.id}/deliverable`;
  }
}

interface RouterValue {
  route: Route;
  navigate: (route: Route) => void;
}

const RouterContext = createContext<RouterValue | null>(null);

/** History-API routing: the same paths work on app://atelier and on the browser host. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const onPop = (): void => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.history.pushState(null, '', routePath(next));
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);
  const value = useMemo(() => ({ route, navigate }), [route, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter outside RouterProvider');
  return value;
}
