import { HAN, dropTrailingEmpty, squash, trimCell } from "../text";
import { ATTRIBUTES } from "./attributes";
import { bareNumber, splitNumbering, subNumber } from "./numbering";
import { isNameText } from "./nameText";
import { numberedGroup, type NumberedGroup } from "./numberedGroup";
import { unitGroup } from "./unitGroup";
import { classifyUnit } from "../../domain/Unit";

/**
 * Where a table row starts, by content: its 序号 and name (findNumber, from the left: category
 * cells, then a number, then the name), or, for tables with category columns and no 序号,
 * read from the right by the header's layout (alignRight).
 */
export interface NumberCell {
  /** index of the cell holding the number */
  at: number;
  number: string;
  name: string;
  /** index of the cell holding the name (same as `at` when number and name share a cell) */
  nameAt: number;
  /** the category cells, when read from the right (alignRight) */
  domain?: string[];
  /** number and name were written together without a space (`1.学前…`) */
  glued?: boolean;
  /** read under a header whose name label spans a sub-category column too (alignRight's subCategory) */
  spanned?: boolean;
  /**
   * read from the right: the category cell right before the name is a numbered sub-group (`1.空气质量`, numberedGroup),
   * or an indicator over its parts without a number (`主要污染物排放总量减少（%）`, unitGroup)
   */
  group?: NumberedGroup;
}

/** The row's 序号 and name: `\t6\t持证…`, `8\t高等教育…`, `\t44 亿元 GDP …`, `1.学前…`, `（2）…`, `①…`, `1.1\t人均…`. */
export function findNumber(cells: readonly string[]): NumberCell | null {
  for (let i = 0; i < Math.min(cells.length, 4); i++) {
    const cell = cells[i] ?? "";
    if (cell === "") continue;
    const bare = bareNumber(cell, true) ?? subNumber(cell);
    if (bare !== null) {
      let j = i + 1;
      while (j < cells.length && cells[j] === "") j++;
      const name = cells[j];
      if (name !== undefined && isNameText(name) && !ATTRIBUTES[squash(name)]) return { at: i, number: bare, name, nameAt: j };
      return null;
    }
    const joined = splitNumbering(cell);
    if (joined && isNameText(joined.name)) {
      return { at: i, number: joined.number, name: trimCell(joined.name), nameAt: i, glued: joined.glued };
    }
    // Only a domain cell may stand before the number: Chinese text, which may hold a digit (第1类, 领域0), but
    // not lead with one (2025年, 35万人: a value, this line no row starting at a 序号), and no unit (trial34: a PDF
    // line `死亡率 | 人/10万人 | 1.1 | 下降20%`, the end of a wrapped name, read 1.1 as its 序号 under a domain 死亡率人/10万人)
    if (/^[\d.,，%\s]/.test(cell) || !HAN.test(cell) || classifyUnit(cell) !== "other") return null;
  }
  return null;
}

/**
 * The header's name label spans one column more than its cell (a merged `指标` over a sub-category
 * column and the names): the row has one cell more before the name than the header, and that cell
 * is blank (the sub-category above goes on) or a numbered category of its own (`1.空气质量`).
 */
function subCategory(all: readonly string[], lead: number, nameAt: number): boolean {
  if (nameAt !== lead + 1) return false;
  const cell = all[nameAt - 1] ?? "";
  const numbered = splitNumbering(cell);
  return cell === "" || (numbered !== null && HAN.test(numbered.name) && numbered.name.length <= 8);
}

/**
 * A row read from the right, by the header's layout: the last `k` cells are the values, the cell
 * before them the name, the cells before that categories (a category may carry its own number,
 * `1.空气质量`, which is dropped from the category; the one right before the name is also given as
 * `group`). For tables with category columns before the name and no 序号 of their own. `lead`: the
 * name's cell in a full row; `first`: the fewest cells a row may have before its name (a header
 * whose 指标 label spans 领域 | 小类 | 名称 gives 1 to 2: a row whose empty 小类 cell was not copied);
 * `optionalTail`: how many of the last columns a row may stop before (TableReading.optionalTail);
 * `attributeLast`: the last column is 属性 and the one before it may be blank (not the baseline or target),
 * so a row one cell short ending in a 属性 word is read with one value fewer (the blank before 属性 left
 * out by a web copy: TableReading.setValues, attribute-early).
 */
export function alignRight(cells: readonly string[], k: number, lead: number, optionalTail = 0, first = lead, attributeLast = false): NumberCell | null {
  // a row may stop before its last `optionalTail` columns (a blank 备注): the fewest left out first
  for (let left = 0; left <= Math.min(optionalTail, k - 1); left++) {
    const r = alignRightWith(cells, k - left, lead, first);
    if (r) return r;
  }
  const last = dropTrailingEmpty(cells).pop() ?? "";
  return attributeLast && k > 1 && ATTRIBUTES[squash(last)] !== undefined ? alignRightWith(cells, k - 1, lead, first) : null;
}

function alignRightWith(cells: readonly string[], k: number, lead: number, first: number): NumberCell | null {
  const all = dropTrailingEmpty(cells);
  const nameAt = all.length - k - 1;
  if (nameAt < 1 || ((nameAt < first || nameAt > lead) && !subCategory(all, lead, nameAt))) return null;
  const name = all[nameAt] ?? "";
  if (!isNameText(name) || ATTRIBUTES[squash(name)] !== undefined) return null;
  const own = splitNumbering(name);
  const domain = all.slice(0, nameAt).map((c) => {
    const n = splitNumbering(c);
    return n && HAN.test(n.name) ? n.name : c;
  });
  if (domain.some((c) => /\d/.test(c))) return null;
  const group = numberedGroup(all[nameAt - 1] ?? "") ?? unitGroup(all[nameAt - 1] ?? "", name);
  return {
    at: nameAt, number: own?.number ?? "", name: own ? trimCell(own.name) : name, nameAt, domain, glued: own?.glued ?? false,
    ...(nameAt <= lead ? {} : { spanned: true }),
    ...(group ? { group } : {}),
  };
}

