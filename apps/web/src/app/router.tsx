import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/RequireAuth';
import { lazyComponent } from '../lib/lazy-component';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

// Each page is its own download, so signing in or joining does not fetch the network editing code.
// Login and register need only the first screen's styles; the other pages wait for all of Mantine's.
const withAllStyles =
  <Module,>(load: () => Promise<Module>) =>
  async () =>
    (await Promise.all([load(), import('./all-styles')]))[0];
const LoginPage = lazyComponent(() => import('../features/auth/LoginPage'), (m) => m.LoginPage);
const RegisterPage = lazyComponent(() => import('../features/auth/RegisterPage'), (m) => m.RegisterPage);
const ForgotPasswordPage = lazyComponent(() => import('../features/auth/ForgotPasswordPage'), (m) => m.ForgotPasswordPage);
const ResetPasswordPage = lazyComponent(() => import('../features/auth/ResetPasswordPage'), (m) => m.ResetPasswordPage);
const JoinPage = lazyComponent(withAllStyles(() => import('../features/invitations/JoinPage')), (m) => m.JoinPage);
const ForMePage = lazyComponent(withAllStyles(() => import('../features/for-me/ForMePage')), (m) => m.ForMePage);
const NotificationsPage = lazyComponent(withAllStyles(() => import('../features/notifications/NotificationsPage')), (m) => m.NotificationsPage);
const MyNetworksPage = lazyComponent(withAllStyles(() => import('../features/networks/MyNetworksPage')), (m) => m.MyNetworksPage);
const NetworkCreatePage = lazyComponent(withAllStyles(() => import('../features/networks/NetworkCreatePage')), (m) => m.NetworkCreatePage);
const NetworkEditPage = lazyComponent(withAllStyles(() => import('../features/networks/NetworkEditPage')), (m) => m.NetworkEditPage);
const NetworkPage = lazyComponent(withAllStyles(() => import('../features/networks/NetworkPage')), (m) => m.NetworkPage);
const ProfilePage = lazyComponent(withAllStyles(() => import('../features/profile/ProfilePage')), (m) => m.ProfilePage);
const OutboxPage = lazyComponent(withAllStyles(() => import('../features/mail/OutboxPage')), (m) => m.OutboxPage);
const AdminPage = lazyComponent(withAllStyles(() => import('../features/admin/AdminPage')), (m) => m.AdminPage);
// The front door brings its own few styles (welcome-styles.ts): it is the first page many phones open.
const WelcomePage = lazyComponent(() => import('../features/welcome/WelcomePage'), (m) => m.WelcomePage);
const MeetingPage = lazyComponent(withAllStyles(() => import('../features/meetings/MeetingPage')), (m) => m.MeetingPage);
const BeamerPage = lazyComponent(withAllStyles(() => import('../features/meetings/BeamerPage')), (m) => m.BeamerPage);
const PracticePage = lazyComponent(withAllStyles(() => import('../features/documents/PracticePage')), (m) => m.PracticePage);
const CyclePage = lazyComponent(withAllStyles(() => import('../features/cycles/CyclePage')), (m) => m.CyclePage);
const CycleReportPage = lazyComponent(withAllStyles(() => import('../features/cycles/CycleReportPage')), (m) => m.CycleReportPage);
const IntervisionSessionPage = lazyComponent(withAllStyles(() => import('../features/intervision/SessionPage')), (m) => m.SessionPage);
const IntervisionBeamerPage = lazyComponent(withAllStyles(() => import('../features/intervision/BeamerPage')), (m) => m.BeamerPage);
const ReflectionsPage = lazyComponent(withAllStyles(() => import('../features/reflection/ReflectionsPage')), (m) => m.ReflectionsPage);
const PublicNetworkPage = lazyComponent(withAllStyles(() => import('../features/welcome/PublicNetworkPage')), (m) => m.PublicNetworkPage);

const signedIn = (element: React.ReactNode) => <RequireAuth>{element}</RequireAuth>;

export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomeRedirect visitor={<WelcomePage />} /> },
      { path: 'openbaar/:networkId', element: <PublicNetworkPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset/:token', element: <ResetPasswordPage /> },
      { path: 'join/:token', element: <JoinPage /> },
      { path: 'voor-mij', element: signedIn(<ForMePage />) },
      { path: 'meldingen', element: signedIn(<NotificationsPage />) },
      { path: 'networks', element: signedIn(<MyNetworksPage />) },
      { path: 'networks/new', element: signedIn(<NetworkCreatePage />) },
      { path: 'networks/:networkId', element: signedIn(<NetworkPage />) },
      { path: 'networks/:networkId/edit', element: signedIn(<NetworkEditPage />) },
      { path: 'networks/:networkId/:tab', element: signedIn(<NetworkPage />) },
      { path: 'networks/:networkId/bijeenkomsten/:meetingId', element: signedIn(<MeetingPage />) },
      { path: 'networks/:networkId/bijeenkomsten/:meetingId/beamer', element: signedIn(<BeamerPage />) },
      // Opens offline too (service worker, local copy): typing goes on and is sent when the connection is back.
      { path: 'networks/:networkId/praktijk/:documentId', element: <RequireAuth offlineReady><PracticePage /></RequireAuth> },
      { path: 'networks/:networkId/cycli/:cycleId', element: signedIn(<CyclePage />) },
      { path: 'networks/:networkId/cycli-rapport', element: signedIn(<CycleReportPage />) },
      { path: 'networks/:networkId/intervisie/:sessionId', element: signedIn(<IntervisionSessionPage />) },
      { path: 'networks/:networkId/intervisie/:sessionId/beamer', element: signedIn(<IntervisionBeamerPage />) },
      { path: 'reflecties', element: signedIn(<ReflectionsPage />) },
      { path: 'profile', element: signedIn(<ProfilePage />) },
      { path: 'admin/outbox', element: signedIn(<OutboxPage />) },
      { path: 'beheer', element: signedIn(<AdminPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
