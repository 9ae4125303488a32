// Unit tests against real HTTP servers (no mocks of fetch); the package test packs and type-checks consumers.
module.exports = require("../../jest.preset.js")(__dirname);
