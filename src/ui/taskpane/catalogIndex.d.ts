/** `../templates/catalog?index`: the template list made at build time by scripts/catalog-index-loader.js. */
declare module "*/catalog?index" {
  const index: import("./TemplateSummary").TemplateSummary[];
  export default index;
}
