"use strict";
// The dashboard: cards and alerts pushed by server-sent events; commands sent with the anti-forgery token.
(() => {
  const cardsBox = document.getElementById("cards");
  const alertsBox = document.getElementById("alerts");
  const acknowledgedBox = document.getElementById("acknowledged");
  const connection = document.getElementById("connection");
  const soundButton = document.getElementById("sound");
  const shown = new Map();

  async function send(headsetId, command) {
    const root = shown.get(headsetId);
    cards.showOutcome(root, { type: command.type, summary: command.type, outcome: "sending", reason: "waiting for the headset" });
    const result = await kap.send("POST", `/api/headsets/${encodeURIComponent(headsetId)}/commands`, command);
    cards.showOutcome(root, result.ok ? result.data
      : { type: command.type, summary: command.type, outcome: "rejected", reason: result.data?.detail ?? result.data?.problem ?? `the console refused it (${result.status})` });
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
    pairing.cardSeen(card);
    markAlerting();
  }

  function label(type) {
    return { helpRequested: "Help requested", checkInMissed: "Check-in missed", linkLost: "Link lost", notOkay: "Not okay" }[type] ?? type;
  }

  // Repeats of one kind of alert from one headset share a banner with a count; acknowledging it acknowledges them all.
  function showAlert(alert) {
    if (alertsBox.querySelector(`[data-alert~="${alert.id}"]`)) return;
    let box = alertsBox.querySelector(`.alert[data-headset="${CSS.escape(alert.headsetId)}"][data-type="${CSS.escape(alert.type)}"]`);
    if (!box) {
      const acknowledge = kap.el("button", { type: "button", "data-action": "acknowledge", onclick: async () => {
        acknowledge.disabled = true;
        const results = await Promise.all(box.dataset.alert.split(" ").map(id => kap.send("POST", `/api/alerts/${id}/acknowledge`)));
        if (results.some(r => !r.ok)) acknowledge.disabled = false;
      } }, "Acknowledge");
      box = kap.el("div", { class: `alert ${alert.type}`, role: "alert", "data-alert": "", "data-headset": alert.headsetId, "data-type": alert.type },
        kap.el("span", { class: "what" }), kap.el("span", { class: "count" }), kap.el("span", { class: "when" }), acknowledge);
      alertsBox.append(box);
    }
    const ids = box.dataset.alert.split(" ").filter(Boolean);
    ids.push(String(alert.id));
    box.dataset.alert = ids.join(" ");
    box.querySelector(".what").textContent = `${label(alert.type)} · ${alert.headsetId}: ${alert.text}`;
    box.querySelector(".count").textContent = ids.length > 1 ? `${ids.length} times` : "";
    box.querySelector(".when").textContent = ids.length > 1 ? `last at ${kap.time(alert.raisedAt)}` : kap.time(alert.raisedAt);
    markAlerting();
    chime.play();
    if (chime.blocked()) soundButton.classList.remove("hidden");
  }

  // Gone from every dashboard once anyone acknowledges it, here or on another console; a quiet line says who did.
  function clearAlert(cleared) {
    const box = alertsBox.querySelector(`[data-alert~="${cleared.id}"]`);
    if (box) {
      const ids = box.dataset.alert.split(" ").filter(id => id && id !== String(cleared.id));
      box.dataset.alert = ids.join(" ");
      if (ids.length === 0) box.remove();
      else box.querySelector(".count").textContent = ids.length > 1 ? `${ids.length} times` : "";
      if (cleared.by) noteAcknowledged(`${label(box.dataset.type)} · ${box.dataset.headset}: acknowledged by ${cleared.by} at ${kap.time(new Date().toISOString())}`);
    }
    markAlerting();
  }

  let noteTimer = 0;
  function noteAcknowledged(text) {
    acknowledgedBox.textContent = text;
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => { acknowledgedBox.textContent = ""; }, 30000);
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
