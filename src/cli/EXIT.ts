/**
 * Exit codes (docs/cli-reference.md and architecture.md hold the same table), so a script knows what to do next:
 * 0 the command ran; 1 the command line is wrong (usage: options, a --year outside the plan, `review
 * --replaces` naming the file itself, a copy or another year's return, `rollover` of a folder that makes no new return) or a refusal to overwrite; 2 a
 * file problem (unreadable or not a plan-returns workbook, permissions, disk, changed meanwhile…; for
 * `check` of several files, at least one file could not be checked, the others were); 3 an internal
 * error; 4 `import` wrote the template but left rows of the table out (each listed with its line and
 * reason); 5 refused: the command was right and the file readable, but what it holds does not allow
 * it (`lock` on errors, a 退回修改 in force, 待复核 rows, 待人工评估 rows unless --accept-unassessed;
 * `lock` or `review` whose written file does
 * not read back as the original), the file unchanged (`check` itself exits 0 whatever it finds: it ran).
 */
export const EXIT = { ok: 0, usage: 1, unreadable: 2, internal: 3, partial: 4, refused: 5 } as const;
