/**
 * Exit codes (architecture.md): 0 the command ran; 1 usage error or a refusal to overwrite; 2 a file
 * problem (unreadable or not a plan-returns workbook, permissions, disk…; for `check` of several files,
 * at least one file could not be checked, the others were); 3 an internal error; 4 `import` wrote the
 * template but left rows of the table out (each listed with its line and reason); 5 `lock` refused
 * the return for what it holds (errors, a 退回修改 in force, 待复核 rows, 待人工评估 rows unless
 * --accept-unassessed): the command was right and
 * the file readable, so neither 1 nor 2 (`check` itself exits 0 whatever it finds: it ran).
 */
export const EXIT = { ok: 0, usage: 1, unreadable: 2, internal: 3, partial: 4, refused: 5 } as const;
