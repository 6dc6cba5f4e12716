"use strict";
// The dashboard: cards and alerts pushed by server-sent events; commands sent with the anti-forgery token.
(() => {
  const cardsBox = document.getElementById("cards");
  const alertsBox = document.getElementById("alerts");
  const connection = document.getElementById("connection");
  const soundButton = document.getElementById("sound");
  const shown = new Map();

  async function send(headsetId, command) {
    const root = shown.get(headsetId);
    cards.showOutcome(root, { summary: command.type, outcome: "sending", reason: "waiting for the headset" });
    const result = await kap.send("POST", `/api/headsets/${encodeURIComponent(headsetId)}/commands`, command);
    cards.showOutcome(root, result.ok ? result.data : { summary: command.type, outcome: "rejected", reason: result.data?.problem ?? `the console refused it (${result.status})` });
  }

  function showCard(card) {
    let root = shown.get(card.headsetId);
    if (!root) {
      document.getElementById("empty")?.remove();
      root = cards.create(card, send);
      shown.set(card.headsetId, root);
      const after = [...shown.keys()].sort().indexOf(card.headsetId);
      const next = [...shown.keys()].sort()[after + 1];
      cardsBox.insertBefore(root, next ? shown.get(next) : null);
    }
    cards.update(root, card);
    markAlerting();
  }

  function label(type) {
    return { helpRequested: "Help requested", checkInMissed: "Check-in missed", linkLost: "Link lost", notOkay: "Not okay" }[type] ?? type;
  }

  function showAlert(alert) {
    if (alertsBox.querySelector(`[data-alert="${alert.id}"]`)) return;
    const acknowledge = kap.el("button", { type: "button", "data-action": "acknowledge", onclick: async () => {
      acknowledge.disabled = true;
      const result = await kap.send("POST", `/api/alerts/${alert.id}/acknowledge`);
      if (!result.ok) acknowledge.disabled = false;
    } }, "Acknowledge");
    const box = kap.el("div", { class: `alert ${alert.type}`, role: "alert", "data-alert": String(alert.id), "data-headset": alert.headsetId },
      kap.el("span", { class: "what" }, `${label(alert.type)} · ${alert.headsetId}: ${alert.text}`),
      kap.el("span", { class: "when" }, kap.time(alert.raisedAt)), acknowledge);
    alertsBox.append(box);
    markAlerting();
    chime.play();
    if (chime.blocked()) soundButton.classList.remove("hidden");
  }

  function clearAlert(cleared) {
    alertsBox.querySelector(`[data-alert="${cleared.id}"]`)?.remove();
    markAlerting();
  }

  function markAlerting() {
    const alerting = new Set([...alertsBox.querySelectorAll(".alert")].map(a => a.dataset.headset));
    for (const [id, root] of shown) root.classList.toggle("alerting", alerting.has(id));
  }

  function connect() {
    const stream = new EventSource("/api/stream");
    stream.addEventListener("open", () => { connection.textContent = "live"; connection.className = "status online"; });
    stream.addEventListener("error", () => { connection.textContent = "reconnecting…"; connection.className = "status offline"; });
    stream.addEventListener("card", e => showCard(JSON.parse(e.data)));
    stream.addEventListener("alert", e => showAlert(JSON.parse(e.data)));
    stream.addEventListener("alertCleared", e => clearAlert(JSON.parse(e.data)));
    stream.addEventListener("outcome", e => {
      const report = JSON.parse(e.data);
      const root = shown.get(report.headsetId);
      if (root) cards.showOutcome(root, report);
    });
  }

  soundButton.addEventListener("click", () => { chime.ensure(); soundButton.classList.add("hidden"); });
  document.addEventListener("click", () => { if (chime.blocked()) chime.ensure(); }, { once: true });
  setInterval(() => shown.forEach(root => cards.tick(root)), 1000);

  document.addEventListener("DOMContentLoaded", async () => {
    const [options, presets] = await Promise.all([kap.get("/api/options"), kap.get("/api/presets")]);
    cards.configure(options, presets.filter(p => p.problems.length === 0));
    connect();
  });
})();
