// The PGlite module loaded outside jest's sandbox by environment.js.
module.exports = globalThis.__nativePglite;
