export * from './networks/permissions';
export * from './networks/invitation-state';
