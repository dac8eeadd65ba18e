/*
 * webpack loader for `src/templates/catalog.ts?index`: the pane's template list (id, kind,
 * region, title, plan period) read at build time from the seeds catalog.ts imports, so the
 * first load carries about 1 KB instead of the whole catalog (~130 KB, loaded on 加载模板).
 * The seed list stays in one place: catalog.ts's own `import … from "…json"` lines.
 */
"use strict";
const fs = require("fs");
const path = require("path");

module.exports = function catalogIndexLoader(source) {
  const dir = path.dirname(this.resourcePath);
  const files = [...source.matchAll(/^import\s+\w+\s+from\s+"([^"]+\.json)";/gm)].map((m) => path.resolve(dir, m[1]));
  if (files.length === 0) throw new Error(`${this.resourcePath}: no seed imports found for the template index`);
  const index = files.map((file) => {
    this.addDependency(file);
    const t = JSON.parse(fs.readFileSync(file, "utf8"));
    return { id: t.id, kind: t.kind, region: t.region, title: t.title, baselineYear: t.baselineYear, targetYear: t.targetYear };
  });
  return `export default ${JSON.stringify(index)};`;
};
