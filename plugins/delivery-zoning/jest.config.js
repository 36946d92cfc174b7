// Unit tests of the plugin's pure logic, and its module alone on real PostgreSQL
// (Medusa's moduleIntegrationTestRunner; npm test gives it a server). Its HTTP
// routes are tested in a plain Medusa store (npm run test:plugins) and in OC Pizza's backend.
module.exports = {
  testEnvironment: "node",
  transform: {
    "^.+\\.[jt]sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } }],
  },
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/"],
  testMatch: ["<rootDir>/src/**/__tests__/**/*.spec.ts"],
}
