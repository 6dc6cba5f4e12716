"use strict";
// One session's timeline: every line of the record, and a plot of heart rate and head motion with alerts and commands marked.
(() => {
  function plot(canvas, entries) {
    const g = canvas.getContext("2d");
    const w = canvas.width, h = canvas.height, pad = 24;
    g.clearRect(0, 0, w, h);
    if (entries.length === 0) return;
    const times = entries.map(e => new Date(e.at).getTime());
    const t0 = Math.min(...times), t1 = Math.max(...times, t0 + 60000);
    const x = t => pad + (t - t0) / (t1 - t0) * (w - 2 * pad);
    const marks = [["alert", "#e0b15c"], ["command", "#6b7480"]];
    for (const [kind, colour] of marks) {
      g.fillStyle = colour;
      entries.filter(e => e.kind === kind).forEach(e => g.fillRect(x(new Date(e.at).getTime()) - 1, pad, 2, h - 2 * pad));
    }
    const series = [["vitals", "#e0605c", 40, 140], ["motion", "#8fb3e6", 0, 20]];
    for (const [kind, colour, low, high] of series) {
      const points = entries.filter(e => e.kind === kind && e.value != null);
      g.strokeStyle = colour; g.lineWidth = 2; g.beginPath();
      points.forEach((e, i) => {
        const px = x(new Date(e.at).getTime());
        const py = h - pad - (Math.min(high, Math.max(low, e.value)) - low) / (high - low) * (h - 2 * pad);
        if (i === 0) g.moveTo(px, py); else g.lineTo(px, py);
      });
      g.stroke();
    }
    g.fillStyle = "#9aa4b2"; g.font = "12px sans-serif";
    g.fillText(kap.time(new Date(t0).toISOString()), pad, h - 6);
    g.fillText(kap.time(new Date(t1).toISOString()), w - pad - 60, h - 6);
  }

  document.addEventListener("DOMContentLoaded", async () => {
    const id = location.pathname.split("/").pop();
    const data = await kap.get(`/api/sessions/${id}`);
    document.getElementById("title").textContent = `Session #${data.session.id} · ${data.session.headsetId}`;
    document.getElementById("csv").href = `/api/sessions/${id}/export.csv`;
    document.getElementById("json").href = `/api/sessions/${id}/export.json`;
    plot(document.getElementById("plot"), data.entries);
    const body = document.querySelector("#entries tbody");
    for (const e of data.entries) {
      body.append(kap.el("tr", { class: e.kind }, kap.el("td", {}, kap.time(e.at)), kap.el("td", {}, e.kind), kap.el("td", {}, e.type),
        kap.el("td", {}, e.who), kap.el("td", {}, e.text)));
    }
  });
})();
