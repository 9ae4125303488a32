// Unit tests of the pure helpers (no DOM); the browser journey is `npm run test:e2e` at the root.
module.exports = require("../../jest.preset.js")(__dirname);
