// Shared by the Lyrae pages: building elements, reading UWS, VOTable and CSV documents, drawing tables.
"use strict";

const Lyrae = (() => {
  /** An element with attributes (on* not allowed: the pages' policy forbids inline handlers) and children. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  /** The first element of that local name (UWS and VOTable documents use namespaces), or null. */
  function first(node, name) {
    return node.getElementsByTagNameNS("*", name)[0] || null;
  }

  function text(node, name) {
    const e = first(node, name);
    return e && e.getAttribute("xsi:nil") !== "true" ? e.textContent.trim() : null;
  }

  function parseXml(body) {
    const doc = new DOMParser().parseFromString(body, "application/xml");
    if (doc.getElementsByTagName("parsererror").length) throw new Error("the server's answer is not XML");
    return doc;
  }

  /** The message of a DALI error document (a VOTable with INFO QUERY_STATUS=ERROR), else the text itself. */
  function errorMessage(body) {
    try {
      const info = [...parseXml(body).getElementsByTagNameNS("*", "INFO")].find(i => i.getAttribute("name") === "QUERY_STATUS");
      if (info) return info.textContent.trim() || info.getAttribute("value");
    } catch (ignored) { /* not XML */ }
    return body.trim().slice(0, 500);
  }

  /** GET or POST; the body as text, or an Error carrying the server's message. */
  async function fetchText(url, options) {
    const r = await fetch(url, options);
    const body = await r.text();
    if (!r.ok) throw new Error(errorMessage(body) || (r.status + " " + r.statusText));
    return { body, url: r.url, type: r.headers.get("Content-Type") || "" };
  }

  /** A VOTable (TABLEDATA) as {columns: [{name, datatype, unit, description}], rows: [[text or null]], overflow}. */
  function parseVotable(body) {
    const doc = parseXml(body);
    const status = [...doc.getElementsByTagNameNS("*", "INFO")].find(i => i.getAttribute("name") === "QUERY_STATUS");
    if (status && status.getAttribute("value") === "ERROR") throw new Error(status.textContent.trim());
    const table = first(doc, "TABLE");
    if (!table) return { columns: [], rows: [], overflow: false };
    const columns = [...table.getElementsByTagNameNS("*", "FIELD")].map(f => ({
      name: f.getAttribute("name"), datatype: f.getAttribute("datatype"), unit: f.getAttribute("unit"),
      description: text(f, "DESCRIPTION")
    }));
    const data = first(table, "TABLEDATA");
    if (!data && first(table, "DATA")) throw new Error("this VOTable is binary: download it instead");
    const rows = data ? [...data.getElementsByTagNameNS("*", "TR")].map(tr =>
      [...tr.getElementsByTagNameNS("*", "TD")].map(td => td.textContent === "" ? null : td.textContent)) : [];
    return { columns, rows, overflow: !!status && status.getAttribute("value") === "OVERFLOW" };
  }

  /** CSV (RFC 4180, a header line) in the same shape as parseVotable's. */
  function parseCsv(body) {
    const records = [];
    let row = [], field = "", quoted = false, i = 0;
    while (i < body.length) {
      const c = body[i];
      if (quoted) {
        if (c === '"' && body[i + 1] === '"') { field += '"'; i += 2; continue; }
        if (c === '"') quoted = false; else field += c;
      } else if (c === '"') {
        quoted = true;
      } else if (c === ",") {
        row.push(field); field = "";
      } else if (c === "\n" || c === "\r") {
        if (c === "\r" && body[i + 1] === "\n") i++;
        row.push(field); records.push(row); row = []; field = "";
      } else {
        field += c;
      }
      i++;
    }
    if (field !== "" || row.length) { row.push(field); records.push(row); }
    const header = records.shift() || [];
    return {
      columns: header.map(name => ({ name, datatype: null, unit: null, description: null })),
      rows: records.map(r => r.map(v => v === "" ? null : v)), overflow: false
    };
  }

  function parseTable(body, type) {
    return /csv/.test(type) ? parseCsv(body) : parseVotable(body);
  }

  const FLOATING = new Set(["float", "double"]);

  /** Floating-point values with 6 significant digits (the exact value in the title); everything else as sent. */
  function display(raw, column) {
    if (raw === null) return "";
    const floating = column.datatype ? FLOATING.has(column.datatype) : /^[-+]?\d*\.\d*(e[-+]?\d+)?$|^[-+]?\d+e[-+]?\d+$/i.test(raw);
    const n = Number(raw);
    return floating && raw.trim() !== "" && Number.isFinite(n) ? n.toPrecision(6) : raw;
  }

  /**
   * Fills a table element with the columns named (all when names is null); each cell carries its
   * column's name (data-col) and, when shown rounded, its exact value (data-value and title).
   */
  function fillTable(tableEl, table, names) {
    const picked = (names ? names.map(n => table.columns.findIndex(c => c.name === n)) : table.columns.map((c, i) => i))
      .filter(i => i >= 0);
    const caption = tableEl.querySelector("caption");
    tableEl.replaceChildren();
    if (caption) tableEl.append(caption);
    tableEl.append(el("thead", {}, el("tr", {}, ...picked.map(i => {
      const c = table.columns[i];
      const title = [c.description, c.unit ? "unit: " + c.unit : null].filter(Boolean).join("; ");
      return el("th", { scope: "col", title: title || null }, c.name, c.unit ? el("span", { class: "unit" }, " [" + c.unit + "]") : null);
    }))));
    const body = el("tbody");
    for (const row of table.rows) {
      body.append(el("tr", {}, ...picked.map(i => {
        const c = table.columns[i], raw = row[i], shown = display(raw, c);
        const rounded = raw !== null && shown !== raw;
        return el("td", { "data-col": c.name, "data-value": rounded ? raw : null, title: rounded ? raw : null,
                          class: rounded || (raw !== null && /^[-+]?\d+$/.test(raw)) ? "num" : null }, shown);
      })));
    }
    tableEl.append(body);
  }

  /** A message in a status line (read out by screen readers), marked as an error or not. */
  function say(statusEl, message, isError) {
    statusEl.textContent = message;
    statusEl.classList.toggle("error", !!isError);
  }

  /** Where this page is served from, for examples that show a full URL. */
  function base() {
    return new URL(".", document.baseURI).href.replace(/\/$/, "");
  }

  document.addEventListener("DOMContentLoaded", () => {
    for (const span of document.querySelectorAll(".base")) span.textContent = base();
  });

  return { el, first, text, parseXml, errorMessage, fetchText, parseTable, fillTable, say, base };
})();
