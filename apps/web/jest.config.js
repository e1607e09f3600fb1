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
  // A form test takes 1-3 s alone; with two full test runs sharing 2 cores (what CI and the stress run
  // do) the slowest reached 5-8 s. The tests were made fast first; this is headroom, not a cover-up.
  testTimeout: 15_000,
};
