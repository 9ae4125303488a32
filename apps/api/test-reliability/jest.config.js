// `npm run test:reliability`: real processes (sandbox, API replicas, a private Postgres cluster).
// Kept out of `npm test`'s testMatch; one file at a time, generous timeouts.
const preset = require("../../../jest.preset.js")(require("node:path").join(__dirname, ".."));

module.exports = {
  ...preset,
  testMatch: ["<rootDir>/test-reliability/**/*.test.ts"],
  testTimeout: 180_000,
  maxWorkers: 1,
  verbose: true,
};
