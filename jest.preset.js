// Shared jest setup: swc compiles TypeScript (with Nest's decorator metadata) for every project.
const path = require('node:path');

const swc = (react) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: react },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        ...(react ? { react: { runtime: 'automatic' } } : {}),
      },
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  node: {
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': swc(false) },
    moduleNameMapper: {
      '^@broedplaats/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
      '^@broedplaats/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
      '^@broedplaats/editor-schema$': path.join(__dirname, 'libs/editor-schema/src/index.ts'),
    },
  },
  swc,
};
