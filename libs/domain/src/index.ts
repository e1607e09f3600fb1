export * from './networks/permissions';
export * from './networks/invitation-state';
export * from './networks/joining';
