import { coverlessUnit } from "../../src/cycle/coverlessUnit";

/*
 * The one rule for a coverless return's unit (trial35 F1): without a ledger, summary and report took a return whose
 * 填报说明 sheet was deleted for one whose C4 was left blank (no unit, "fill C4 in") while check read the unit from
 * the file's name. A deleted sheet's unit is distribute's name; a blank C4 is still never guessed without a list.
 */
test.each([
  ["deleted cover, no list: distribute's name", "收到/2023-木鱼镇.xlsx", 2023, [], true, "木鱼镇"],
  ["deleted cover, no list, Windows path, upper-case extension", "C:\\收到\\2023-木鱼镇.XLSX", 2023, [], true, "木鱼镇"],
  ["deleted cover, no list, another year's name", "收到/2022-木鱼镇.xlsx", 2023, [], true, undefined],
  ["deleted cover, no list, a renamed file", "收到/木鱼镇报表.xlsx", 2023, [], true, undefined],
  ["deleted cover, no list, a name distribute never gives (trailing dot)", "收到/2023-木鱼镇..xlsx", 2023, [], true, undefined],
  ["deleted cover, no list, nothing after the year", "收到/2023-.xlsx", 2023, [], true, undefined],
  ["blank C4, no list: never guessed", "收到/2023-木鱼镇.xlsx", 2023, [], false, undefined],
  ["blank C4, listed: the listed unit", "收到/2023-木鱼镇.xlsx", 2023, ["乔庄镇", "木鱼镇"], false, "木鱼镇"],
  ["deleted cover, listed: the listed unit", "收到/2023-木鱼镇.xlsx", 2023, ["木鱼镇"], true, "木鱼镇"],
  ["deleted cover, listed, the name not of a listed unit", "收到/2023-木鱼镇.xlsx", 2023, ["乔庄镇"], true, undefined],
] as const)("coverlessUnit: %s", (_name, file, year, listed, deleted, unit) => {
  expect(coverlessUnit(file, year, listed, deleted)).toBe(unit);
});
