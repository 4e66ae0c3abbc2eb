// The ADQL page: the query POSTed to /tap/sync, the answer drawn as a table.
"use strict";

(() => {
  const form = document.getElementById("query");
  const status = document.getElementById("status");
  const button = document.getElementById("run");
  const tableEl = document.getElementById("table");

  const say = (message, isError) => Lyrae.say(status, message, isError);

  form.addEventListener("submit", async event => {
    event.preventDefault();
    const params = new URLSearchParams(new FormData(form));
    params.set("LANG", "ADQL");
    params.set("REQUEST", "doQuery");
    button.disabled = true;
    say("Running…");
    const started = performance.now();
    try {
      const answer = await Lyrae.fetchText("tap/sync", { method: "POST", body: params });
      const table = Lyrae.parseTable(answer.body, answer.type);
      Lyrae.fillTable(tableEl, table, null);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      say(table.rows.length + (table.rows.length === 1 ? " row" : " rows") + " in " + seconds + " s"
          + (table.overflow ? "; there are more: raise the limit or narrow the query." : "."));
    } catch (e) {
      tableEl.replaceChildren(tableEl.querySelector("caption") || "");
      say(e.message, true);
    } finally {
      button.disabled = false;
    }
  });
})();
