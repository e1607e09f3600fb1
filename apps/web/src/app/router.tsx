import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/RequireAuth';
import { HomeRedirect } from './HomeRedirect';
import { lazyPage } from './lazy-page';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

// Each page is its own download, so signing in or joining does not fetch the network editing code.
const LoginPage = lazyPage(() => import('../features/auth/LoginPage'), (m) => m.LoginPage);
const RegisterPage = lazyPage(() => import('../features/auth/RegisterPage'), (m) => m.RegisterPage);
const JoinPage = lazyPage(() => import('../features/invitations/JoinPage'), (m) => m.JoinPage);
const MyNetworksPage = lazyPage(() => import('../features/networks/MyNetworksPage'), (m) => m.MyNetworksPage);
const NetworkCreatePage = lazyPage(() => import('../features/networks/NetworkCreatePage'), (m) => m.NetworkCreatePage);
const NetworkEditPage = lazyPage(() => import('../features/networks/NetworkEditPage'), (m) => m.NetworkEditPage);
const NetworkPage = lazyPage(() => import('../features/networks/NetworkPage'), (m) => m.NetworkPage);
const ProfilePage = lazyPage(() => import('../features/profile/ProfilePage'), (m) => m.ProfilePage);

const signedIn = (element: React.ReactNode) => <RequireAuth>{element}</RequireAuth>;

export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'join/:token', element: <JoinPage /> },
      { path: 'networks', element: signedIn(<MyNetworksPage />) },
      { path: 'networks/new', element: signedIn(<NetworkCreatePage />) },
      { path: 'networks/:networkId', element: signedIn(<NetworkPage />) },
      { path: 'networks/:networkId/edit', element: signedIn(<NetworkEditPage />) },
      { path: 'profile', element: signedIn(<ProfilePage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
