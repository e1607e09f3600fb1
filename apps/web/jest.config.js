const { node, swc } = require('../../jest.preset');
module.exports = {
  ...node,
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  transform: { '^.+\\.(t|j)sx?$': swc(true) },
  moduleNameMapper: { ...node.moduleNameMapper, '\\.css$': '<rootDir>/test/style-stub.js' },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
};
