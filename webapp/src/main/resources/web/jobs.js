// The jobs page: the recent /feh/async jobs with their phases, and the progress of those running.
"use strict";

(() => {
  const ACTIVE = new Set(["QUEUED", "EXECUTING", "HELD", "SUSPENDED"]);
  const tbody = document.querySelector("#jobs tbody");
  const status = document.getElementById("status");
  const { el, text } = Lyrae;

  /** "12 of 59 stars analysed ..." as a progress bar and the words. */
  function progress(info) {
    if (!info) return "";
    const m = /(\d+) of (\d+)/.exec(info);
    const bar = m ? el("progress", { value: m[1], max: m[2], "aria-label": info }) : null;
    return el("span", { class: "progress" }, bar, " ", info);
  }

  async function refresh() {
    let active = false;
    try {
      const list = Lyrae.parseXml((await Lyrae.fetchText("feh/async?LAST=50")).body);
      const refs = [...list.getElementsByTagNameNS("*", "jobref")].reverse();
      const rows = await Promise.all(refs.map(async ref => {
        const id = ref.getAttribute("id");
        let phase = text(ref, "phase") || "UNKNOWN", info = null;
        if (ACTIVE.has(phase)) {
          active = true;
          const job = Lyrae.parseXml((await Lyrae.fetchText("feh/async/" + encodeURIComponent(id))).body);
          phase = text(job, "phase") || phase;
          info = text(job, "jobInfo");
        }
        const created = new Date(text(ref, "creationTime"));
        return el("tr", { "data-job": id },
          el("td", {}, el("a", { href: "result?job=" + encodeURIComponent(id) }, id)),
          el("td", {}, el("span", { class: "phase phase-" + phase.toLowerCase() }, phase)),
          el("td", {}, progress(info)),
          el("td", {}, el("time", { datetime: created.toISOString() }, created.toLocaleString())));
      }));
      tbody.replaceChildren(...rows);
      status.textContent = rows.length ? "" : "No jobs yet: upload light curves to start one.";
    } catch (e) {
      status.textContent = "Cannot list the jobs: " + e.message;
    }
    setTimeout(refresh, active ? 1500 : 10000);
  }

  refresh();
})();
