/*
 * The webview check, inlined into taskpane.html, commands.html and dialog.html (webpack.config.js,
 * allowed by its sha256 in the CSP) and run before the bundles. ES5 on purpose: it must run
 * in Internet Explorer 11 (volume-licensed Office 2016 / 2019, retail ones without WebView2), which cannot parse the
 * ES2017 bundles. Where the add-in cannot run (Trident, or a missing Promise, fetch or ES2017
 * built-in) it marks <html class="not-supported">, replaces the page with a plain message
 * (Microsoft's guidance for unsupported webviews), and on the function file answers the ribbon
 * buttons by opening the dialog, which shows the same message. Elsewhere it does nothing.
 * The texts are the notSupported.* entries of src/ui/i18n.ts (a test keeps them equal).
 */
/* global window */
/* eslint-disable @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding */
(function (root) {
  "use strict";

  var TEXT = {
    zh: {
      title: "此版本的 Office 无法运行规划指标填报助手",
      body: "当前 Office 使用的是旧版 Internet Explorer 浏览器组件，加载项的按钮在这里无法工作。Microsoft 365、Office 2021 和 Office 2024 可以运行本加载项；零售版 Office 2016 / 2019 需安装 Microsoft Edge WebView2 运行时；批量许可版 Office 2016 / 2019 和 Office 2013 始终使用旧组件，需升级到 Office 2021 或以上版本。请联系信息化管理员。填报表自带的数据验证和颜色标记不需要加载项，可照常填写。",
      reason: "原因：",
      close: "关闭"
    },
    en: {
      title: "This version of Office cannot run Plan Returns",
      body: "This Office uses the old Internet Explorer browser component, in which the add-in's buttons cannot work. Microsoft 365, Office 2021 and Office 2024 run the add-in; retail Office 2016 or 2019 needs the Microsoft Edge WebView2 Runtime installed; volume-licensed Office 2016 or 2019 and Office 2013 always use the old component and need Office 2021 or later. Ask your IT administrator. The return sheets' own data validation and colour marks work without the add-in, so you can keep filling them in.",
      reason: "Reason: ",
      close: "Close"
    }
  };

  /** What the bundles need (compiled to ES2017): each [name, test on the window]. */
  var NEEDS = [
    ["Promise", function (w) { return typeof w.Promise === "function"; }],
    ["fetch", function (w) { return typeof w.fetch === "function"; }],
    ["Symbol", function (w) { return typeof w.Symbol === "function"; }],
    ["Map", function (w) { return typeof w.Map === "function"; }],
    ["Set", function (w) { return typeof w.Set === "function"; }],
    ["URLSearchParams", function (w) { return typeof w.URLSearchParams === "function"; }],
    ["Array.from", function (w) { return !!w.Array && typeof w.Array.from === "function"; }],
    ["Array.prototype.includes", function (w) { return !!w.Array && typeof w.Array.prototype.includes === "function"; }],
    ["Object.entries", function (w) { return !!w.Object && typeof w.Object.entries === "function"; }],
    ["Object.values", function (w) { return !!w.Object && typeof w.Object.values === "function"; }],
    ["String.prototype.padStart", function (w) { return !!w.String && typeof w.String.prototype.padStart === "function"; }]
  ];

  /** Why this webview cannot run the add-in ("Internet Explorer 11 (Trident)", "Promise, fetch"), or null. */
  function unsupportedReason(w) {
    var ua = (w.navigator && w.navigator.userAgent) || "";
    if (/Trident\/|MSIE /.test(ua)) return "Internet Explorer 11 (Trident)";
    var missing = [];
    for (var i = 0; i < NEEDS.length; i++) {
      var ok = false;
      try { ok = NEEDS[i][1](w); } catch (e) { ok = false; }
      if (!ok) missing.push(NEEDS[i][0]);
    }
    return missing.length > 0 ? missing.join(", ") : null;
  }

  function add(doc, parent, tag, text, lang) {
    var e = doc.createElement(tag);
    if (text) e.appendChild(doc.createTextNode(text));
    if (lang) e.setAttribute("lang", lang);
    parent.appendChild(e);
    return e;
  }

  /** The message, Chinese first and English complete (Office's language is not known yet). */
  function showMessage(doc, reason, onClose) {
    var body = doc.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = add(doc, body, "div");
    box.className = "not-supported-message";
    box.setAttribute("role", "alert");
    box.style.margin = "16px";
    box.style.fontFamily = "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', sans-serif";
    box.style.color = "#242424";
    box.style.lineHeight = "1.5";
    var langs = [["zh", "zh-CN"], ["en", "en"]];
    for (var i = 0; i < langs.length; i++) {
      var t = TEXT[langs[i][0]];
      var h = add(doc, box, i === 0 ? "h1" : "h2", t.title, langs[i][1]);
      h.style.fontSize = "16px";
      add(doc, box, "p", t.body, langs[i][1]);
      add(doc, box, "p", t.reason + reason, langs[i][1]).style.color = "#616161";
    }
    if (onClose) {
      var b = add(doc, box, "button", TEXT.zh.close + " / " + TEXT.en.close);
      b.setAttribute("type", "button");
      b.onclick = onClose;
    }
  }

  /** The ribbon's function names (manifest.xml ExecuteFunction). */
  var COMMANDS = ["runCheck", "makeSummary", "makeEvaluation", "makeReview"];

  /** On the function file: each ribbon button opens the dialog (which shows the message), then completes. */
  function answerCommands(w, doc) {
    var office = w.Office;
    if (!office) return;
    var url = doc.location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "dialog.html");
    var handler = function (event) {
      var done = function () { try { event.completed(); } catch (e) { /* already completed */ } };
      try {
        office.context.ui.displayDialogAsync(url, { height: 40, width: 30, displayInIframe: true }, function (res) {
          if (res.status !== "succeeded") { done(); return; }
          var dialog = res.value;
          var closed = function () { try { dialog.close(); } catch (e) { /* closed by the user */ } done(); };
          dialog.addEventHandler(office.EventType.DialogMessageReceived, closed);
          dialog.addEventHandler(office.EventType.DialogEventReceived, done);
        });
      } catch (e) {
        done();
      }
    };
    for (var i = 0; i < COMMANDS.length; i++) {
      // older hosts call the global function of that name; newer ones ask Office.actions
      w[COMMANDS[i]] = handler;
      if (office.actions && typeof office.actions.associate === "function") office.actions.associate(COMMANDS[i], handler);
    }
  }

  function run(w) {
    var doc = w.document;
    var reason = unsupportedReason(w);
    if (reason === null) return null;
    doc.documentElement.className += " not-supported";
    var page = doc.body.getAttribute("data-page");
    var office = w.Office;
    if (office && typeof office.initialize !== "function") office.initialize = function () { /* the message needs nothing */ };
    var close = page === "dialog" && office ? function () { try { office.context.ui.messageParent("close"); } catch (e) { /* opened outside Office */ } } : null;
    if (page === "commands") answerCommands(w, doc);
    else showMessage(doc, reason, close);
    return reason;
  }

  root.planReturnsNotSupported = { unsupportedReason: unsupportedReason, run: run, TEXT: TEXT, COMMANDS: COMMANDS };
  if (root.document && root.document.body) run(root);
})(typeof window !== "undefined" ? window : this);
