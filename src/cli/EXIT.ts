/**
 * Exit codes (architecture.md): 0 the command ran; 1 usage error or a refusal to overwrite; 2 a file
 * problem (unreadable or not a plan-returns workbook, permissions, disk…; for `check` of several files,
 * at least one file could not be checked, the others were); 3 an internal error; 4 `import` wrote the
 * template but left rows of the table out (each listed with its line and reason).
 */
export const EXIT = { ok: 0, usage: 1, unreadable: 2, internal: 3, partial: 4 } as const;
