import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "out/**", "bench/out/**", "test/out/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain stays pure: no Office, ExcelJS, DOM or node built-ins, nothing outside it.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["../*", "!./*"], message: "src/domain must not import from outside src/domain." },
          { group: ["exceljs", "node:*", "fs", "path", "office-js", "@microsoft/*", "zod"], message: "src/domain is pure TypeScript." },
        ],
      }],
      "no-restricted-globals": ["error", "document", "window", "Excel", "Office", "process", "require"],
    },
  },
  {
    // The importer is pure too: it may use the domain and the template schema only.
    files: ["src/import/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["../sheet/*", "../hosts/*", "../ui/*", "../cli/*"], message: "src/import may only use domain and templates." },
          { group: ["exceljs", "node:*", "fs", "path"], message: "src/import is pure TypeScript." },
        ],
      }],
      "no-restricted-globals": ["error", "document", "window", "Excel", "Office", "process", "require"],
    },
  },
  {
    // Layers point one way: domain ← templates ← sheet ← hosts ← ui/cli.
    files: ["src/templates/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["../sheet/*", "../hosts/*", "../ui/*", "../cli/*"], message: "templates may only use domain." }] }] },
  },
  {
    files: ["src/sheet/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["../hosts/*", "../ui/*", "../cli/*", "exceljs"], message: "sheet is host-independent." }] }] },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { URL: "readonly", require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
