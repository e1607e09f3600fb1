// Every table, for drizzle-kit's generator and for code that needs the whole schema.
export * from '../../auth/auth.tables';
export * from '../../themes/themes.tables';
export * from '../../networks/networks.tables';
export * from '../../invitations/invitations.tables';
