// Tests against real HTTP servers (no mocks of fetch); the package test packs and type-checks consumers.
const preset = require("../../jest.preset.js")(__dirname);
module.exports = {
  ...preset,
  moduleNameMapper: { ...preset.moduleNameMapper, "^(\\.{1,2}/.*)\\.js$": "$1" },
};
