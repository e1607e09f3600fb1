const { node } = require('../../jest.preset');
module.exports = {
  ...node,
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testEnvironment: '<rootDir>/test/support/environment.js',
  moduleNameMapper: {
    ...node.moduleNameMapper,
    '^@electric-sql/pglite$': '<rootDir>/test/support/pglite-native.js',
  },
  // content-disposition (used by @fastify/static) ships ESM only and @fastify/cookie loads `cookie` with
  // import(); node 20 handles both, jest's sandbox needs them compiled to require().
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|@fastify/cookie|cookie)/)'],
  testTimeout: 30000,
  maxWorkers: 2,
};
