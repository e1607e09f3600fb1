export * from './networks/permissions';
export * from './networks/invitation-state';
export * from './networks/joining';
export * from './access/network-access';
export * from './networks/engagement';
export * from './activity/activity-access';
export * from './activity/changed-fields';
export * from './notifications/recipients';
