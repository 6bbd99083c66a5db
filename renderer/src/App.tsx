import { useAppState } from './app-state';
import { ErrorToasts } from './components/ErrorToasts';
import { I18nProvider } from './i18n';
import { RouterProvider, useRouter } from './router';
import { DeliverableScreen } from './screens/DeliverableScreen';
import { HomeScreen } from './screens/HomeScreen';
import { LoadingScreen } from './screens/LoadingScreen';
import { PresenterScreen } from './screens/PresenterScreen';
import { RecoveryScreen } from './screens/RecoveryScreen';
import { WorkshopScreen } from './screens/WorkshopScreen';

export function App() {
  const { lang } = useAppState();
  return (
    <I18nProvider lang={lang}>
      <RouterProvider>
        <Screens />
        <ErrorToasts />
      </RouterProvider>
    </I18nProvider>
  );
}

function Screens() {
  const { status } = useAppState();
  const { route } = useRouter();
  if (status === null) return <LoadingScreen />;
  if (status.mode === 'recovery') return <RecoveryScreen status={status} />;
  switch (route.name) {
    case 'present':
      return <PresenterScreen />;
    case 'workshop':
      return <WorkshopScreen key={route.id} id={route.id} />;
    case 'deliverable':
      return <DeliverableScreen key={route.id} id={route.id} />;
    case 'home':
      return <HomeScreen />;
  }
}
