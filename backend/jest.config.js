// Unit tests (src, in __tests__ folders) and integration tests (integration-tests/) on real PostgreSQL.
module.exports = {
  testEnvironment: "node",
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          target: "es2021",
          transform: { decoratorMetadata: true, react: { runtime: "automatic" } },
        },
      },
    ],
  },
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  // the "@/" alias of tsconfig.json
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/src/$1" },
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/dist/"],
  testMatch: ["<rootDir>/src/**/__tests__/**/*.spec.ts", "<rootDir>/integration-tests/**/*.spec.ts"],
  globalSetup: "<rootDir>/integration-tests/global-setup.ts",
  testSequencer: "<rootDir>/integration-tests/slow-files-first.js",
  globalTeardown: "<rootDir>/integration-tests/global-teardown.ts",
  setupFiles: ["<rootDir>/integration-tests/setup-env.ts"],
  testTimeout: 180000,
  // One file at a time by default (each boots Medusa; `npm test` at the root runs two at
  // a time, scripts/test.ts), in a worker that is replaced once a file leaves it above
  // this size: forty files in one process ran out of heap.
  maxWorkers: 1,
  workerIdleMemoryLimit: "1500MB",
}
