/**
 * The version of the template schema (TemplateSchema.ts) a workbook's stored templates were
 * validated against when it was written (WorkbookMeta.validated). Raise it whenever the schema
 * refuses something it accepted before, or reads a field otherwise: a workbook marked with an
 * earlier version is then validated again when read.
 */
export const TEMPLATE_SCHEMA = 1;
