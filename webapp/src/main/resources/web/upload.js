// The upload page: the chosen files as one /feh/async job (UPLOAD=lc,param:lc, or lc1..lcN), run at once.
"use strict";

(() => {
  const form = document.getElementById("upload");
  const status = document.getElementById("status");
  const button = document.getElementById("submit");

  const say = (message, isError) => Lyrae.say(status, message, isError);

  form.addEventListener("submit", async event => {
    event.preventDefault();
    const files = [...document.getElementById("files").files];
    const models = [...form.querySelectorAll("input[name=model]:checked")].map(m => m.value);
    if (!files.length) { say("Choose at least one light-curve file.", true); return; }
    if (!models.length) { say("Pick at least one model.", true); return; }
    const names = files.length === 1 ? ["lc"] : files.map((f, i) => "lc" + (i + 1));
    const data = new FormData();
    data.append("UPLOAD", names.map(n => n + ",param:" + n).join(";"));
    data.append("MODELS", models.join(","));
    data.append("PHASE", "RUN");
    const period = document.getElementById("period").value.trim();
    if (period) data.append("PERIOD", period);
    const band = document.getElementById("band").value.trim();
    if (band) data.append("BAND", band);
    data.append("PLOTS", document.getElementById("plots").checked ? "true" : "false");
    files.forEach((f, i) => data.append(names[i], f, f.name));
    button.disabled = true;
    say("Sending " + files.length + (files.length === 1 ? " file" : " files") + "…");
    try {
      // the job list answers 303 See Other to the new job, which fetch follows
      const job = await Lyrae.fetchText("feh/async", { method: "POST", body: data });
      const id = new URL(job.url).pathname.split("/").pop();
      say("Job " + id + " created; opening it.");
      location.assign("result?job=" + encodeURIComponent(id));
    } catch (e) {
      say("Not accepted: " + e.message, true);
      button.disabled = false;
    }
  });
})();
