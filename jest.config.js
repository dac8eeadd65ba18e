/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  collectCoverageFrom: ["src/**/*.ts"],
  testTimeout: 120000,
  // one temporary folder per run, removed at its end (test/support/tmpSetup.js)
  globalSetup: "<rootDir>/test/support/tmpSetup.js",
  globalTeardown: "<rootDir>/test/support/tmpTeardown.js",
};
