import { findTool, type TestToolId } from "../../scripts/test-tools";

/**
 * Where a program the tests drive is (soffice, ssconvert, chromium, pdftoppm), found as
 * scripts/test-env.js finds it. Missing ⇒ the test fails with this line; it never skips
 * (`npm test` installs or names the program before any test runs).
 */
export function requireTool(id: TestToolId): string {
  const found = findTool(id);
  if (found === null) {
    throw new Error(`${id} not found: run \`npm test\` (scripts/test-env.js installs or names it), or set PLAN_RETURNS_${id.toUpperCase()} to its path`);
  }
  return found;
}
