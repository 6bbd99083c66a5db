/** The app's screens and their paths: the same on app://atelier and on the browser host. */
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
