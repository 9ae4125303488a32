// Shared jest settings: swc compiles TypeScript (with legacy decorators and metadata for type-graphql
// and TypeORM); workspace packages resolve to their sources so tests never need a prior build.
const os = require("node:os");
const path = require("node:path");

module.exports = function preset(dir) {
  return {
    rootDir: dir,
    testEnvironment: "node",
    testMatch: ["<rootDir>/test/**/*.test.ts"],
    transform: {
      "^.+\\.ts$": [
        "@swc/jest",
        {
          jsc: {
            target: "es2022",
            parser: { syntax: "typescript", decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          },
          module: { type: "commonjs" },
        },
      ],
    },
    moduleNameMapper: {
      "^@lockerkit/core$": path.join(__dirname, "packages/core/src/index.ts"),
      "^@lockerkit/sandbox$": path.join(__dirname, "apps/sandbox/src/index.ts"),
      "^@lockerkit/testkit$": path.join(__dirname, "packages/testkit/src/index.ts"),
    },
    testTimeout: 60000,
    // Jest's default (cores − 1) runs a 2-core CI machine's suites in band, leaving one core idle while
    // test files wait on their servers: two workers there. Each file has its own database and ports.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
  };
};
