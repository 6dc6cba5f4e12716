"use strict";
(() => {
  document.addEventListener("DOMContentLoaded", async () => {
    const body = document.querySelector("#sessions tbody");
    for (const s of await kap.get("/api/sessions")) {
      body.append(kap.el("tr", { "data-session": String(s.id) },
        kap.el("td", {}, kap.el("a", { href: `/sessions/${s.id}` }, `#${s.id}`)), kap.el("td", {}, s.headsetId),
        kap.el("td", {}, new Date(s.startedAt).toLocaleString()), kap.el("td", {}, s.endedAt ? new Date(s.endedAt).toLocaleString() : "open"),
        kap.el("td", {}, s.entries),
        kap.el("td", {}, kap.el("a", { href: `/api/sessions/${s.id}/export.csv` }, "CSV"), " ", kap.el("a", { href: `/api/sessions/${s.id}/export.json` }, "JSON"))));
    }
  });
})();
