"use strict";
// One session's timeline: every line of the record (filtered by kind), and a plot of heart rate and head motion, each
// against its own labelled scale, with alerts and commands marked.
(() => {
  const svg = "http://www.w3.org/2000/svg";
  function draw(tag, attrs, text) {
    const node = document.createElementNS(svg, tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Heart rate on the left scale, head motion on the right; the times of the first and last line along the bottom.
  const series = [
    { kind: "vitals", colour: "#e0605c", low: 40, high: 140, unit: "/min", side: "left" },
    { kind: "motion", colour: "#8fb3e6", low: 0, high: 20, unit: "°/s", side: "right" },
  ];

  function plot(box, entries) {
    const w = 1200, h = 240, left = 56, right = 56, top = 28, bottom = 28;
    box.replaceChildren();
    if (entries.length === 0) return;
    const times = entries.map(e => new Date(e.at).getTime());
    const t0 = Math.min(...times), t1 = Math.max(...times, t0 + 60000);
    const x = t => left + (t - t0) / (t1 - t0) * (w - left - right);
    const y = (value, s) => h - bottom - (Math.min(s.high, Math.max(s.low, value)) - s.low) / (s.high - s.low) * (h - top - bottom);
    box.append(draw("line", { class: "axis", x1: left, y1: h - bottom, x2: w - right, y2: h - bottom }));
    for (const [kind, colour] of [["alert", "#e0b15c"], ["command", "#6b7480"]]) {
      entries.filter(e => e.kind === kind).forEach(e =>
        box.append(draw("rect", { x: x(new Date(e.at).getTime()) - 1, y: top, width: 2, height: h - top - bottom, fill: colour })));
    }
    for (const s of series) {
      const axisX = s.side === "left" ? left : w - right;
      box.append(draw("line", { class: "axis", x1: axisX, y1: top, x2: axisX, y2: h - bottom }));
      for (let i = 0; i <= 4; i++) {
        const value = s.low + (s.high - s.low) * i / 4;
        box.append(draw("text", { class: `y-tick ${s.kind}`, x: s.side === "left" ? axisX - 6 : axisX + 6, y: y(value, s) + 4,
          "text-anchor": s.side === "left" ? "end" : "start" }, String(value)));
      }
      box.append(draw("text", { class: `y-unit ${s.kind}`, x: axisX, y: top - 12, "text-anchor": "middle" }, s.unit));
      const points = entries.filter(e => e.kind === s.kind && e.value != null).map(e => [x(new Date(e.at).getTime()), y(e.value, s)]);
      if (points.length > 1) box.append(draw("polyline", { points: points.map(p => p.join(",")).join(" "), fill: "none", stroke: s.colour, "stroke-width": 2 }));
      else if (points.length === 1) box.append(draw("circle", { cx: points[0][0], cy: points[0][1], r: 4, fill: s.colour }));
    }
    box.append(draw("text", { class: "x-tick", x: left, y: h - 6 }, kap.time(new Date(t0).toISOString())));
    box.append(draw("text", { class: "x-tick", x: w - right, y: h - 6, "text-anchor": "end" }, kap.time(new Date(t1).toISOString())));
  }

  // One checkbox per kind of line, with its count; head motion (a line every few seconds) starts hidden.
  function filters(box, entries, body) {
    const counts = new Map();
    entries.forEach(e => counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1));
    for (const [kind, count] of counts) {
      const shown = kap.el("input", { type: "checkbox", name: kind, "data-kind": kind });
      shown.checked = kind !== "motion";
      shown.addEventListener("change", () => body.querySelectorAll(`tr.${CSS.escape(kind)}`).forEach(tr => { tr.hidden = !shown.checked; }));
      box.append(kap.el("label", {}, shown, ` ${kap.words(kind === "motion" ? "headMotion" : kind)} (${count})`));
    }
  }

  document.addEventListener("DOMContentLoaded", async () => {
    const id = location.pathname.split("/").pop();
    const data = await kap.get(`/api/sessions/${encodeURIComponent(id)}`);
    if (!data) {
      document.getElementById("title").textContent = `Session #${id}`;
      const missing = document.getElementById("missing");
      missing.textContent = `Session #${id} does not exist in the record. The session record lists every session there is.`;
      missing.append(" ", kap.el("a", { href: "/sessions" }, "Go to the session record"));
      missing.hidden = false;
      return;
    }
    document.getElementById("title").textContent = `Session #${data.session.id} · ${data.session.headsetId}`;
    document.getElementById("csv").href = `/api/sessions/${id}/export.csv`;
    document.getElementById("json").href = `/api/sessions/${id}/export.json`;
    document.getElementById("found").hidden = false;
    plot(document.getElementById("plot"), data.entries);
    const body = document.querySelector("#entries tbody");
    for (const e of data.entries) {
      const row = kap.el("tr", { class: e.kind }, kap.el("td", {}, kap.time(e.at)), kap.el("td", {}, e.kind),
        kap.el("td", {}, kap.words(e.type)), kap.el("td", {}, e.who), kap.el("td", {}, e.text));
      row.hidden = e.kind === "motion";
      body.append(row);
    }
    filters(document.getElementById("filters"), data.entries, body);
  });
})();
