import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { LoginPage } from '../features/auth/LoginPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { JoinPage } from '../features/invitations/JoinPage';
import { MyNetworksPage } from '../features/networks/MyNetworksPage';
import { NetworkCreatePage } from '../features/networks/NetworkCreatePage';
import { NetworkEditPage } from '../features/networks/NetworkEditPage';
import { NetworkPage } from '../features/networks/NetworkPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

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
