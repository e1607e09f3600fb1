// PGlite's CommonJS build loads node built-ins with dynamic import(), which jest's VM sandbox
// refuses without --experimental-vm-modules. Loading PGlite here, outside the sandbox, and
// handing it in (see pglite-native.js) lets tests use the real PGlite without that flag.
const { TestEnvironment } = require('jest-environment-node');
const pglite = require('@electric-sql/pglite');

class ApiTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__nativePglite = pglite;
  }
}

module.exports = ApiTestEnvironment;
