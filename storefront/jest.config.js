const path = require("node:path")

/** Unit tests of the shop's pure pieces (parsing, validation, texts, decisions); the pages are tested in the browser (e2e/). */
module.exports = {
  testEnvironment: "node",
  testMatch: ["**/__tests__/**/*.spec.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/.next/"],
  transform: { "^.+\\.tsx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2022" } }] },
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    // server modules are loaded as on the server, where "server-only" is empty
    "^server-only$": path.join(path.dirname(require.resolve("server-only")), "empty.js"),
  },
}
