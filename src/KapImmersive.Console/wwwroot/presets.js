"use strict";
// Presets: list, view, preview (picture and sound), check with the validator (problems by line), upload and publish.
(() => {
  const text = document.getElementById("text");
  const result = document.getElementById("result");
  const problems = list => list.map(p => `line ${p.line}, column ${p.column}: ${p.path}: ${p.message}`).join("\n");

  async function load() {
    const body = document.querySelector("#presets tbody");
    body.replaceChildren();
    for (const p of await kap.get("/api/presets")) {
      const view = kap.el("button", { type: "button", onclick: async () => {
        const preset = await kap.get(`/api/presets/${encodeURIComponent(p.id)}`);
        text.value = preset.text;
        result.textContent = preset.problems.length ? problems(preset.problems) : `${p.id}: no problems`;
      } }, "View");
      const publish = kap.el("button", { type: "button", onclick: async () => {
        const r = await kap.send("POST", `/api/presets/${encodeURIComponent(p.id)}/publish`);
        result.textContent = r.ok ? `${p.id} published to the headsets` : `not published: ${r.data?.problem ?? r.status}`;
      } }, "Publish");
      const preview = kap.el("button", { type: "button", onclick: () => {
        const id = encodeURIComponent(p.id);
        document.getElementById("preview-title").textContent = `Preview: ${p.name}`;
        document.getElementById("preview-picture").src = `/api/presets/${id}/picture.png`;
        document.getElementById("preview-sound").src = `/api/presets/${id}/sound.wav`;
        document.getElementById("preview").hidden = false;
      } }, "Preview");
      body.append(kap.el("tr", { "data-preset": p.id }, kap.el("td", {}, p.id), kap.el("td", {}, p.name), kap.el("td", {}, p.file + (p.uploaded ? " (uploaded)" : "")),
        kap.el("td", {}, p.problems.length ? `${p.problems.length} problem(s)` : "valid"), kap.el("td", {}, view, " ", preview, " ", publish)));
    }
  }

  document.getElementById("check").addEventListener("click", async () => {
    const r = await kap.send("POST", "/api/presets/validate", text.value, "text/plain");
    result.textContent = r.data?.valid ? `valid: ${r.data.id}` : problems(r.data?.problems ?? []);
  });
  document.getElementById("upload").addEventListener("click", async () => {
    const r = await kap.send("POST", "/api/presets", text.value, "text/plain");
    result.textContent = r.ok ? `uploaded and published: ${r.data.id}` : `refused:\n${problems(r.data?.problems ?? [])}`;
    if (r.ok) load();
  });
  document.addEventListener("DOMContentLoaded", load);
})();
