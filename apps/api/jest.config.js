module.exports = {
  ...require("../../jest.preset.js")(__dirname),
  // One migrated PGlite cluster per run, which every in-memory test stack starts from (test/support/pglite-seed.ts).
  globalSetup: "<rootDir>/test/support/pglite-seed.ts",
  globalTeardown: "<rootDir>/test/support/pglite-seed-teardown.ts",
};
