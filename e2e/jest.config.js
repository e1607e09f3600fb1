const { node } = require('../jest.preset');
module.exports = {
  ...node,
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  testTimeout: 120000,
};
