// The result page of one /feh/async job: its phase and progress until it ends, then the stars and the plots.
"use strict";

(() => {
  const ACTIVE = new Set(["PENDING", "QUEUED", "EXECUTING", "HELD", "SUSPENDED"]);
  const MAIN = ["source_id", "status", "period", "period_error", "feh", "feh_error", "feh_method", "feh_bayes", "feh_xgb",
                "feh_lstm", "feh_transformer", "feh_flags", "n_epochs_used", "file", "message"];
  const { el, text } = Lyrae;
  const $ = id => document.getElementById(id);
  const id = new URLSearchParams(location.search).get("job");
  const jobUrl = "feh/async/" + encodeURIComponent(id || "");

  function fail(message) {
    $("error").textContent = message;
    $("error").hidden = false;
  }

  function showProgress(info) {
    $("info").textContent = info || "";
    const m = info && /(\d+) of (\d+)/.exec(info);
    $("progress").hidden = !m;
    if (m) { $("progress").max = m[2]; $("progress").value = m[1]; }
  }

  async function showSummary(results) {
    if (!results.some(r => r.id === "summary")) return;
    const s = JSON.parse((await Lyrae.fetchText(jobUrl + "/results/summary")).body);
    const models = s.models || {};
    const parts = [s.stars + (s.stars === 1 ? " star: " : " stars: ") + s.ok + " analysed, " + s.failed + " failed"];
    if (models.used && models.used.length) parts.push("models " + models.used.join(", "));
    if (models.not_available && models.not_available.length) parts.push("not available here: " + models.not_available.join(", "));
    $("summary").textContent = parts.join("; ") + ".";
  }

  async function showResults(results) {
    const links = results.filter(r => !r.id.startsWith("plot-")).map(r =>
      el("a", { href: jobUrl + "/results/" + encodeURIComponent(r.id), download: r.id }, r.id + " (" + r.type + ")"));
    $("downloads").replaceChildren("Download: ", ...links.flatMap((a, i) => i ? [", ", a] : [a]));
    await showSummary(results);
    const result = results.find(r => r.id === "result");
    if (result && !/fits/.test(result.type)) {
      const table = Lyrae.parseTable((await Lyrae.fetchText(jobUrl + "/results/result")).body, result.type);
      Lyrae.fillTable($("stars"), table, MAIN);
      Lyrae.fillTable($("all"), table, null);
    } else if (result) {
      $("summary").append(" The table is FITS: download it to see it.");
    }
    $("plots").replaceChildren(...results.filter(r => r.id.startsWith("plot-")).map(r => {
      const star = r.id.replace(/^plot-/, "").replace(/\.png$/, "");
      return el("figure", {},
        el("img", { src: jobUrl + "/results/" + encodeURIComponent(r.id), alt: "Folded light curve and Fourier fit of " + star,
                    loading: "lazy", width: 640, height: 480 }),
        el("figcaption", {}, star));
    }));
    $("results").hidden = false;
  }

  async function follow() {
    let doc;
    try {
      doc = Lyrae.parseXml((await Lyrae.fetchText(jobUrl)).body);
    } catch (e) {
      $("phase").textContent = "unknown";
      fail("Cannot read job " + id + ": " + e.message);
      return;
    }
    const phase = text(doc, "phase");
    $("phase").textContent = phase;
    $("phase").className = "phase phase-" + phase.toLowerCase();
    showProgress(text(doc, "jobInfo"));
    if (ACTIVE.has(phase)) {
      setTimeout(follow, 1000);
      return;
    }
    $("progress").hidden = true;
    if (phase === "ERROR") {
      fail(text(doc, "message") || "The job failed.");
      $("error").append(" ", el("a", { href: jobUrl + "/error" }, "error document"));
    } else if (phase === "ABORTED") {
      fail("The job was aborted.");
    }
    const results = [...doc.getElementsByTagNameNS("*", "result")].map(r =>
      ({ id: r.getAttribute("id"), type: r.getAttribute("mime-type") || "" }));
    if (phase === "COMPLETED") {
      try {
        await showResults(results);
      } catch (e) {
        fail("Cannot show the results: " + e.message);
      }
    }
  }

  if (!id) {
    $("phase").textContent = "none";
    fail("No job given: open one from the jobs page.");
  } else {
    $("job-id").textContent = id;
    document.title = "Job " + id + " · Lyrae";
    follow();
  }
})();
