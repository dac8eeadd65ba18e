/* global window, setTimeout */
/*
 * Test-only scripted Office host for the task pane (never shipped).
 * The browser test serves this file in place of office.js (Playwright page.route), so it
 * runs before the bundle. It defines a minimal window.Office (onReady resolves at once,
 * displayLanguage zh-CN, requirements.isSetSupported) and exposes the task pane's
 * OfficeActions interface as window.__planReturnsActions over an in-memory workbook
 * (window.__fakeWorkbook). It is plain JS and also loads in node (module.exports).
 *
 * Number formats (Range.numberFormat) are kept per cell only where a test sets one (setNumberFormat,
 * or typeCell as Excel stores what a user types: `95%` is 0.95 in 0%); a cell without one is General,
 * and every read then is as before. readGrid reads a formatted number as the Office host does
 * (hosts/office officeCellValue: a percent style marks it, a fixed-decimals style says what it shows),
 * applyFixes compares and writes as hosts/office applyFixes does (the cell's text as checked, then a
 * number written in General), and text() is what Range.text shows. Formats the plan writes are not kept:
 * tests that never set a format see the fake as it always was. exportBook() gives the whole workbook.
 */
(function (root) {
  "use strict";

  function colNum(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
    return n;
  }
  function parseA1(a) {
    var m = /^\$?([A-Z]+)\$?(\d+)$/.exec(String(a).split("!").pop());
    if (!m) throw new Error("bad cell address " + a);
    return { row: Number(m[2]), col: colNum(m[1]) };
  }
  function toCell(v) {
    if (v === null || v === undefined || v === "") return { type: "empty" };
    if (typeof v === "number") return { type: "number", value: v };
    if (typeof v === "boolean") return { type: "boolean", value: v };
    return { type: "string", text: String(v) };
  }

  // the formats modelled (Range.numberFormat codes): General, Text (@) and the fixed-decimals styles
  // (0, 0.00, #,##0.0, 0%, 0.0%); any other code is refused, so no test relies on a format shown wrongly
  var FIXED = /^(?:#,##)?0(?:\.(0+))?(%?)$/;
  function formatKind(code) {
    if (code === "General") return "general";
    if (code === "@") return "text";
    var m = FIXED.exec(code);
    if (!m) throw new Error("fake host: number format " + code + " is not modelled");
    return { decimals: m[1] ? m[1].length : 0, percent: m[2] === "%", grouped: code.indexOf("#,##") === 0 };
  }
  /** n to 12 significant digits, as the engine writes a number (cellAsText) */
  function written(n) { return Number(n.toPrecision(12)); }
  /** n with `d` decimals as Excel shows it: halves away from zero on the number as written (hosts/storedNumber fixedText) */
  function fixed(n, d, grouped) {
    var w = written(n);
    var r = (Math.round(Number(Math.abs(w) + "e" + d)) / Math.pow(10, d)).toFixed(d);
    if (grouped) r = r.replace(/^(\d+)/, function (i) { return i.replace(/\B(?=(\d{3})+$)/g, ","); });
    return (w < 0 && Number(r.replace(/,/g, "")) !== 0 ? "-" : "") + r;
  }
  /** Range.text of a cell holding `v` (a CellValue) in format `code` */
  function shownText(v, code, ungrouped) {
    if (v.type === "empty") return "";
    if (v.type === "string") return v.text;
    if (v.type === "boolean") return v.value ? "TRUE" : "FALSE";
    if (v.type !== "number") return "";
    var k = formatKind(code);
    if (typeof k === "string") return String(written(v.value));
    return fixed(k.percent ? v.value * 100 : v.value, k.decimals, k.grouped && !ungrouped) + (k.percent ? "%" : "");
  }
  /** the cell as the Office host reads it (officeCellValue over storedNumber): a percent style marked, a fixed style's other text `shown` */
  function readCell(v, code) {
    if (code === undefined) return v;
    var k = formatKind(code);
    if (k === "text") return v.type === "string" ? { type: "string", text: v.text, textStyle: true } : v;
    if (v.type !== "number" || typeof k === "string") return v;
    var plain = k.percent ? { type: "number", value: v.value, percentStyle: true } : { type: "number", value: v.value };
    // the reader's `shown` has no thousands separators (storedNumber), though Range.text has
    var shown = shownText(v, code, true);
    return shown === cellText(plain) ? plain : Object.assign({}, plain, { shown: shown });
  }
  /** domain cellText: what a fix's `from` quotes (a percent style shows 0.95 as 95%) */
  function cellText(v) {
    if (v.type === "number") return v.percentStyle ? written(v.value * 100) + "%" : String(v.value);
    if (v.type === "string") return v.text;
    if (v.type === "boolean") return v.value ? "TRUE" : "FALSE";
    return "";
  }
  function colLetters(c) {
    var s = "";
    for (var n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }

  function createWorkbook() {
    var sheets = []; // { name, visible, cells: Map "r,c" -> CellValue, formulas: Map }
    var names = {};
    var log = { selects: [], writes: [], applies: [], replaces: [], drops: [] };
    var selection = { address: "Sheet1!A1", text: [[""]] };

    function find(name) {
      for (var i = 0; i < sheets.length; i++) if (sheets[i].name === name) return sheets[i];
      return null;
    }
    function get(sheet, a) {
      var s = find(sheet);
      if (!s) throw new Error("no sheet " + sheet);
      var p = parseA1(a);
      return s.cells.get(p.row + "," + p.col) || { type: "empty" };
    }
    function set(sheet, a, v) {
      var s = find(sheet);
      if (!s) throw new Error("no sheet " + sheet);
      var p = parseA1(a);
      s.cells.set(p.row + "," + p.col, toCell(v));
    }
    /** Range.numberFormat of a cell: General unless a test set one (or typed a percentage into a General cell) */
    function numberFormat(sheet, a) {
      var s = find(sheet);
      if (!s) throw new Error("no sheet " + sheet);
      var p = parseA1(a);
      return s.formats.get(p.row + "," + p.col) || "General";
    }
    function setNumberFormat(sheet, a, code) {
      var s = find(sheet);
      if (!s) throw new Error("no sheet " + sheet);
      formatKind(code);
      var p = parseA1(a);
      if (code === "General") s.formats.delete(p.row + "," + p.col);
      else s.formats.set(p.row + "," + p.col, code);
    }
    /** Range.text of a cell: its value as its format shows it */
    function text(sheet, a) { return shownText(get(sheet, a), numberFormat(sheet, a)); }
    /**
     * What Excel stores when a user types `typed` into the cell: in a Text (@) cell the text; a number
     * (95, 95%: 0.95) as a number, a percentage giving a General cell a percent style (0%, 0.00% with
     * decimals, as Excel does); anything else as text. The cell's format otherwise stays.
     */
    function typeCell(sheet, a, typed) {
      var t = String(typed).trim();
      if (numberFormat(sheet, a) === "@" || !/^[+-]?(\d+\.?\d*|\.\d+)%?$/.test(t)) { set(sheet, a, typed); return; }
      if (!/%$/.test(t)) { set(sheet, a, Number(t)); return; }
      var n = t.slice(0, -1);
      set(sheet, a, written(Number(n) / 100));
      if (numberFormat(sheet, a) === "General") setNumberFormat(sheet, a, /\.\d/.test(n) ? "0.00%" : "0%");
    }
    /** a cell's formula as planned (the fake calculates none), or null */
    function formula(sheet, a) {
      var s = find(sheet);
      if (!s) throw new Error("no sheet " + sheet);
      var p = parseA1(a);
      var f = s.formulas.get(p.row + "," + p.col);
      return f === undefined ? null : f;
    }
    /** every non-empty cell, for "nothing else changed" assertions */
    function snapshot() {
      var out = {};
      sheets.forEach(function (s) {
        s.cells.forEach(function (v, k) { if (v.type !== "empty") out[s.name + "|" + k] = JSON.stringify(v); });
        s.formats.forEach(function (f, k) { out[s.name + "|" + k + "|numberFormat"] = f; });
      });
      return out;
    }
    function grid() {
      return {
        sheets: sheets.map(function (s) {
          var rows = [];
          s.cells.forEach(function (v, k) {
            var rc = k.split(",").map(Number);
            while (rows.length < rc[0]) rows.push([]);
            var row = rows[rc[0] - 1];
            while (row.length < rc[1]) row.push({ type: "empty" });
            row[rc[1] - 1] = readCell(v, s.formats.get(k));
          });
          return { name: s.name, visible: s.visible, rows: rows };
        }),
        names: JSON.parse(JSON.stringify(names)),
      };
    }
    function applyPlan(plan, refresh, clear) {
      log.applies.push({ sheets: plan.sheets.map(function (s) { return s.name; }), refresh: refresh.slice(), clear: (clear || []).slice() });
      plan.sheets.forEach(function (ps) {
        var s = find(ps.name);
        var refreshing = refresh.indexOf(ps.name) >= 0;
        var shared = ps.role === "cover" || ps.role === "meta";
        if (s && !refreshing && !shared) throw new Error("fake host: would overwrite sheet " + ps.name);
        if (!s) {
          s = { name: ps.name, visible: ps.visibility === "visible", cells: new Map(), formulas: new Map(), links: new Map(), charts: [], formats: new Map() };
          sheets.push(s);
        } else if (shared && ps.role === "cover") {
          // an existing cover keeps its unit; a refresh writes the plan's year where 报告年份 points
          // (as refreshPlan does: that is how a workbook rolls over to another year)
          var yr = names["报告年份"];
          var planned = ps.cells.filter(function (c) { return c.address === "C5"; })[0];
          if (refresh.length > 0 && yr && planned && typeof planned.value === "number") {
            find(yr.sheet).cells.set(yr.row + "," + yr.col, toCell(planned.value));
          }
          return;
        }
        ps.cells.forEach(function (c) {
          var p = parseA1(c.address);
          var k = p.row + "," + p.col;
          var input = c.style === "input" || c.style === "inputText";
          var old = s.cells.get(k);
          // a refresh keeps what was entered in input cells and writes every other planned cell again
          if (refreshing && input && old && old.type !== "empty") return;
          if (c.formula !== undefined) { s.formulas.set(k, c.formula); s.cells.set(k, { type: "empty" }); return; }
          if (refreshing && !input && c.value === null) { s.cells.delete(k); return; }
          if (shared && old && old.type !== "empty" && ps.role !== "meta") return; // keep entered values
          if (c.value !== undefined && c.value !== null) s.cells.set(k, toCell(c.value));
          if (c.hyperlink !== undefined) s.links.set(k, c.hyperlink);
        });
        if (!refreshing && ps.charts) s.charts = s.charts.concat(ps.charts);
      });
      // a change of year empties the cells the pane named (refreshPlan's opts.clear): on refreshed sheets and the cover
      (clear || []).forEach(function (c) {
        var s = find(c.sheet);
        var refreshed = refresh.indexOf(c.sheet) >= 0;
        var other = !plan.sheets.some(function (ps) { return ps.name === c.sheet && ps.role === "template"; });
        if (s && (refreshed || other)) s.cells.delete(c.row + "," + c.col);
      });
      plan.names.forEach(function (n) {
        var m = /^'?(.*?)'?!(.+)$/.exec(n.ref);
        if (!m) return;
        var p = parseA1(m[2]);
        if (!names[n.name]) names[n.name] = { sheet: m[1].replace(/''/g, "'"), row: p.row, col: p.col };
      });
    }

    var actions = {
      sheets: function () {
        return Promise.resolve(sheets.map(function (s) {
          var a2 = s.cells.get("2,1");
          var text = a2 && a2.type === "string" ? a2.text : "";
          var prefix = "plan-returns:template:";
          return { name: s.name, templateId: text.indexOf(prefix) === 0 ? text.slice(prefix.length) : null };
        }));
      },
      // `drop` (a change of year: the old year's 审核 sheet) is deleted while its A2 still holds drop.mark, as refreshPlan does
      apply: function (plan, refresh, clear, drop) {
        return new Promise(function (resolve) { setTimeout(resolve, 50); }).then(function () {
          applyPlan(plan, refresh, clear);
          var s = drop && refresh.length > 0 ? find(drop.sheet) : null;
          var a2 = s ? s.cells.get("2,1") : null;
          if (!s || !a2 || a2.type !== "string" || a2.text !== drop.mark) return { refused: [] };
          sheets.splice(sheets.indexOf(s), 1);
          log.drops.push(drop.sheet);
          return { refused: [], dropped: drop.sheet };
        });
      },
      readGrid: function () { return Promise.resolve(grid()); },
      sheetNames: function () { return Promise.resolve(sheets.map(function (s) { return s.name; })); },
      // `old`: one sheet (the 审核 sheet) or several (our unchanged 汇总 and 问题清单)
      replace: function (plan, old) {
        return new Promise(function (resolve) { setTimeout(resolve, 50); }).then(function () {
          var places = (typeof old === "string" ? [old] : old).map(function (o) {
            var s = find(o);
            if (!s) throw new Error("fake host: no sheet " + o + " to replace");
            return { name: o, at: sheets.indexOf(s) };
          });
          places.forEach(function (p) {
            log.replaces.push(p.name);
            sheets.splice(sheets.indexOf(find(p.name)), 1);
          });
          applyPlan(plan, []);
          // as replaceSheet: each new sheet where its old one stood in the tab order (set in tab order, after the deletes)
          places.sort(function (x, y) { return x.at - y.at; }).forEach(function (p) {
            var s = find(p.name);
            if (!s) return;
            sheets.splice(sheets.indexOf(s), 1);
            sheets.splice(p.at, 0, s);
          });
          return { refused: [] };
        });
      },
      // the selection a test sets with __fakeWorkbook.setSelection(address, text rows)
      selectedRangeText: function () {
        return Promise.resolve(selection);
      },
      select: function (sheet, cell) {
        if (!find(sheet)) return Promise.reject(new Error("no sheet " + sheet));
        log.selects.push({ sheet: sheet, cell: cell });
        return Promise.resolve();
      },
      // as the Office host does: a fix whose cell no longer holds what was checked is refused
      applyFixes: function (fixes) {
        var refused = [];
        fixes.forEach(function (f) {
          var now = cellText(readCell(get(f.sheet, f.cell), numberFormat(f.sheet, f.cell)));
          if (now !== f.from) { refused.push({ sheet: f.sheet, cell: f.cell, reason: "changed", from: f.from, now: now, to: String(f.to) }); return; }
          // as the Office host: a number is written in General (95 typed as 95% loses the percent style); a text
          // in Text (@) where the cell had a format set, else the cell stays General as the fake always kept it
          if (typeof f.to === "number") setNumberFormat(f.sheet, f.cell, "General");
          else if (f.to !== "" && numberFormat(f.sheet, f.cell) !== "General") setNumberFormat(f.sheet, f.cell, "@");
          set(f.sheet, f.cell, f.to);
          log.writes.push({ sheet: f.sheet, cell: f.cell, value: f.to });
        });
        // coded, as excelActions rejects (ui/shared/FixesRefused): the pane words it in its language
        return refused.length ? Promise.reject(Object.assign(new Error("fixes refused"), { code: "fixes_refused", refused: refused })) : Promise.resolve();
      },
    };

    /** a sheet the user made (for tests): name and A1 → value */
    function addSheet(name, values) {
      if (find(name)) throw new Error("fake host: sheet " + name + " exists");
      var s = { name: name, visible: true, cells: new Map(), formulas: new Map(), links: new Map(), charts: [], formats: new Map() };
      sheets.push(s);
      Object.keys(values || {}).forEach(function (a) { set(name, a, values[a]); });
    }
    function sheetInfo(name) {
      var s = find(name);
      if (!s) return null;
      var links = {};
      s.links.forEach(function (v, k) { links[k] = v; });
      return { name: s.name, visible: s.visible, charts: s.charts, links: links };
    }

    function setSelection(address, rows) { selection = { address: address, text: rows }; }

    /**
     * The workbook as the host holds it, for a test to save or compare: per sheet (tab order) each cell
     * that holds something or has a format, by A1 address, with its value (Range.values: number, text,
     * boolean; a formula's is "" as the fake calculates none), formula, numberFormat and text (Range.text);
     * and the defined names.
     */
    function exportBook() {
      return {
        sheets: sheets.map(function (s) {
          var keys = {};
          [s.cells, s.formulas, s.formats].forEach(function (m) { m.forEach(function (_, k) { keys[k] = true; }); });
          var cells = {};
          Object.keys(keys).sort(function (x, y) { var a = x.split(",").map(Number), b = y.split(",").map(Number); return a[0] - b[0] || a[1] - b[1]; }).forEach(function (k) {
            var rc = k.split(",").map(Number);
            var v = s.cells.get(k) || { type: "empty" };
            var f = s.formulas.get(k);
            if (v.type === "empty" && f === undefined && !s.formats.has(k)) return;
            var code = s.formats.get(k) || "General";
            var out = { value: v.type === "number" || v.type === "boolean" ? v.value : v.type === "string" ? v.text : "", numberFormat: code, text: shownText(v, code) };
            if (f !== undefined) out.formula = f;
            cells[colLetters(rc[1]) + rc[0]] = out;
          });
          return { name: s.name, visible: s.visible, cells: cells };
        }),
        names: JSON.parse(JSON.stringify(names)),
      };
    }

    /** a sheet the user deleted (for tests: the 填报说明 sheet, as a unit deleted it); its defined names go with it, as Excel's #REF! */
    function deleteSheet(name) {
      var s = find(name);
      if (!s) throw new Error("fake host: no sheet " + name);
      sheets.splice(sheets.indexOf(s), 1);
      Object.keys(names).forEach(function (n) { if (names[n].sheet === name) delete names[n]; });
    }

    return { actions: actions, log: log, get: get, formula: formula, set: set, snapshot: snapshot, grid: grid, addSheet: addSheet, deleteSheet: deleteSheet, sheetInfo: sheetInfo, setSelection: setSelection,
      numberFormat: numberFormat, setNumberFormat: setNumberFormat, text: text, typeCell: typeCell, exportBook: exportBook,
      sheetNames: function () { return sheets.map(function (s) { return s.name; }); } };
  }

  // shownText: Range.text for test/office/fakeExcel.ts too, one home for how the fake shows a format
  var api = { createWorkbook: createWorkbook, shownText: shownText };
  if (typeof module !== "undefined" && module.exports) module.exports = api;

  if (typeof window !== "undefined" && root === window) {
    var wb = createWorkbook();
    window.__fakeWorkbook = wb;
    window.__planReturnsActions = wb.actions;
    window.Office = {
      HostType: { Excel: "Excel" },
      context: {
        // a test may set window.__fakeDisplayLanguage ("en-US") and window.__fakeExcelApi (1.7: an Excel below the floor) first
        displayLanguage: window.__fakeDisplayLanguage || "zh-CN",
        requirements: { isSetSupported: function (name, version) { return name === "ExcelApi" && Number(version || "1.1") <= (window.__fakeExcelApi || 1.8); } },
        // the result dialog (dialog.html) answers its command through messageParent
        ui: { messageParent: function (m) { (window.__dialogMessages = window.__dialogMessages || []).push(m); } },
      },
      onReady: function (cb) {
        var info = { host: "Excel", platform: "OfficeOnline" };
        if (cb) cb(info);
        return Promise.resolve(info);
      },
    };
  }
})(typeof window !== "undefined" ? window : globalThis);
