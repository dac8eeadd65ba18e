import { missingToChase } from "./missingToChase";
import type { UnitFacts } from "./UnitFacts";

type Missing = Pick<UnitFacts, "missing" | "rows" | "deleted" | "explainedMissing">;

/**
 * What the rows deleted from a return (`deleted` of `missing`; withMissingRows) ask of the unit, to go
 * inside the brackets after the count: it cannot fill a row it no longer has, so it restores it from
 * the distributed workbook first. "" when none. Chinese begins with ；, English with "; ".
 */
export function deletedNote(f: Missing, lang: "zh" | "en"): string {
  const gone = f.deleted ?? 0;
  if (!gone) return "";
  const rows = gone === f.missing ? (gone === 1 ? "its row was" : "their rows were") : `the row${gone === 1 ? "" : "s"} of ${gone} of them ${gone === 1 ? "was" : "were"}`;
  if (lang === "en") return `; ${rows} deleted from the return: restore ${gone === 1 ? "it" : "them"} from the distributed workbook, then fill ${gone === 1 ? "it" : "them"} in`;
  return `；其中 ${gone} 项的行已从填报表中删除，无法直接补填：请用下发的原表补回该行后填写`;
}

/**
 * The one wording of a unit's rows left 未填报 in the chase lines (the terminal's 请督促补填, the
 * ledger sheet's 补填): 1 项（共 54 项） / 1 of 54, with deletedNote inside. The rows counted are those
 * to chase (missingToChase): a row left blank with a 说明 is not asked for.
 */
export function missingWords(f: Missing, lang: "zh" | "en"): string {
  const chased = { ...f, missing: missingToChase(f) };
  const note = deletedNote(chased, lang);
  return lang === "en" ? `${chased.missing} of ${f.rows}${note ? ` (${note.slice(2)})` : ""}` : `${chased.missing} 项（共 ${f.rows} 项${note}）`;
}
