export * from './errors';
export * from './common';
export * from './auth';
export * from './themes';
export * from './networks';
export * from './invitations';
export * from './realtime';
export * from './health';
