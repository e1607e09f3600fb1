const { node } = require('../../jest.preset');
module.exports = { ...node, displayName: require('./package.json').name, rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
