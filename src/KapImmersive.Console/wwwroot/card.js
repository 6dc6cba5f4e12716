"use strict";
// One headset's card: facts that update in place, and controls built once so typing is never interrupted.
const cards = (() => {
  let options = { patterns: [], phases: [], messageTemplates: [], commands: [] };
  let presets = [];
  function configure(o, p) { options = o; presets = p; }
  // A command argument's limit as the console's command catalogue states it (/api/options).
  function limit(type, argument, key) {
    return options.commands.find(c => c.type === type)?.arguments.find(a => a.name === argument)?.[key];
  }

  function fact(dl, label, key) {
    const dd = kap.el("dd", { "data-fact": key });
    dl.append(kap.el("dt", {}, label), dd);
    return dd;
  }
  function meter() { return kap.el("div", { class: "meter" }, kap.el("div", { class: "now" }), kap.el("div", { class: "target" })); }
  function select(name, values) { return kap.el("select", { name }, ...values.map(v => kap.el("option", { value: v }, v))); }

  function create(card, send) {
    const id = card.headsetId;
    const root = kap.el("article", { class: "card", "data-headset": id });
    const status = kap.el("span", { class: "status" });
    root.append(kap.el("h2", {}, kap.el("span", {}, id), status));
    const preview = kap.el("img", { class: "preview hidden", alt: `what ${id} sees` });
    root.append(preview);
    const dl = kap.el("dl", { class: "facts" });
    const f = {};
    [["Phase", "phase"], ["Headset", "headset"], ["Preset", "preset"], ["Darkness", "darkness"], ["Volume", "volume"], ["Breathing", "breathing"],
     ["Check-in", "checkin"], ["Message", "message"], ["In session", "elapsed"], ["Heart rate", "heart"], ["Blood pressure", "pressure"],
     ["Head motion", "motion"], ["Vitals due", "vitalsDue"]].forEach(([label, key]) => { f[key] = fact(dl, label, key); });
    const darknessMeter = meter(), volumeMeter = meter();
    for (const [key, bar] of [["darkness", darknessMeter], ["volume", volumeMeter]]) {
      const value = kap.el("span", {});
      f[key].append(value, bar);
      f[key] = value;
    }
    root.append(dl);

    const c = (type, args) => send(id, { type, args: args ? args() : {} });
    const num = (input) => input.value === "" ? null : Number(input.value);
    const presetSelect = select("preset", presets.map(p => p.id));
    const darkness = kap.el("input", { type: "range", name: "darkness", min: "0", max: "1", step: "0.05", value: "0.5" });
    const darknessSeconds = kap.el("input", { type: "number", name: "darknessSeconds", min: "0", placeholder: "s", size: "4" });
    const volume = kap.el("input", { type: "range", name: "volume", min: "0", max: "1", step: "0.05", value: "0.5" });
    const volumeSeconds = kap.el("input", { type: "number", name: "volumeSeconds", min: "0", placeholder: "s", size: "4" });
    const pattern = select("pattern", options.patterns);
    const prompt = kap.el("input", { type: "text", name: "prompt", maxlength: String(limit("requestCheckIn", "prompt", "maxLength")), placeholder: "prompt (optional)" });
    const every = kap.el("input", { type: "number", name: "every", min: "0", placeholder: "min", size: "4" });
    const listId = `templates-${id}`;
    const message = kap.el("input", { type: "text", name: "message", list: listId, maxlength: String(limit("showMessage", "text", "maxLength")), placeholder: "short message to the patient" });
    const templates = kap.el("datalist", { id: listId }, ...options.messageTemplates.map(t => kap.el("option", { value: t })));
    const phase = select("phase", options.phases);
    const vitals = ["heartRate", "systolic", "diastolic", "oxygenSaturation"].map(name =>
      kap.el("input", { type: "number", name, placeholder: { heartRate: "HR", systolic: "sys", diastolic: "dia", oxygenSaturation: "SpO2" }[name], size: "3" }));
    const button = (label, action, handler) => kap.el("button", { type: "button", "data-action": action, onclick: handler }, label);
    const controls = kap.el("div", { class: "controls" },
      kap.el("div", { class: "row" }, presetSelect, button("Load preset", "load", () => c("loadPreset", () => ({ presetId: presetSelect.value })))),
      kap.el("div", { class: "row" }, "Darkness", darkness, darknessSeconds,
        button("Set", "darkness", () => c("setDarkness", () => ({ level: Number(darkness.value), seconds: num(darknessSeconds) })))),
      kap.el("div", { class: "row" }, "Volume", volume, volumeSeconds,
        button("Set", "volume", () => c("setVolume", () => ({ level: Number(volume.value), seconds: num(volumeSeconds) })))),
      kap.el("div", { class: "row" }, pattern, button("Start breathing", "breathe", () => c("startBreathing", () => ({ pattern: pattern.value }))),
        button("Stop", "stop-breathing", () => c("stopBreathing"))),
      kap.el("div", { class: "row" }, prompt, button("Check in now", "checkin", () => c("requestCheckIn", () => ({ prompt: prompt.value || null })))),
      kap.el("div", { class: "row" }, "Check in every", every, "min", button("Set", "interval", () => c("setCheckInInterval", () => ({ minutes: num(every) ?? 0 })))),
      kap.el("div", { class: "row" }, message, templates, button("Send", "message", () => c("showMessage", () => ({ text: message.value }))),
        button("Clear", "clear-message", () => c("clearMessage"))),
      kap.el("div", { class: "row" }, phase, button("Set phase", "phase", () => c("setPhase", () => ({ phase: phase.value }))),
        button("End session gently", "end", () => c("endSession"))),
      kap.el("div", { class: "row vitals" }, ...vitals, button("Record vitals", "vitals", async () => {
        const body = Object.fromEntries(vitals.map(v => [v.name, num(v)]));
        const result = await kap.send("POST", `/api/headsets/${id}/vitals`, body);
        showOutcome(root, result.ok ? { summary: "vitals", outcome: "applied", reason: "recorded" } : { summary: "vitals", outcome: "rejected", reason: result.data?.problem ?? `error ${result.status}` });
        if (result.ok) vitals.forEach(v => { v.value = ""; });
      })));
    root.append(controls, kap.el("div", { class: "outcome", "aria-live": "polite" }, "No command sent yet."));
    root.kap = { f, status, preview, darknessMeter, volumeMeter, card };
    return root;
  }

  function ramp(view, at) {
    if (!view) return { now: 0, text: "–" };
    const reached = view.reachedAt ? new Date(view.reachedAt).getTime() : 0;
    const from = at ? new Date(at).getTime() : Date.now();
    let now = view.current;
    let text = `${view.current.toFixed(2)}`;
    if (reached > Date.now() && Math.abs(view.target - view.current) > 0.001) {
      const share = Math.min(1, Math.max(0, (Date.now() - from) / Math.max(1, reached - from)));
      now = view.current + (view.target - view.current) * share;
      text = `${now.toFixed(2)} → ${view.target.toFixed(2)} (ramping, ${Math.ceil((reached - Date.now()) / 1000)} s left)`;
    } else if (Math.abs(view.target - view.current) > 0.001) {
      text = `${view.current.toFixed(2)} → ${view.target.toFixed(2)}`;
    }
    return { now, target: view.target, text };
  }

  function update(root, card) {
    const k = root.kap;
    k.card = card;
    const s = card.state;
    k.status.textContent = card.online ? "online" : "offline";
    k.status.className = `status ${card.online ? "online" : "offline"}`;
    k.f.phase.textContent = s?.phase ?? "–";
    k.f.preset.textContent = s?.presetId ?? "–";
    k.f.breathing.textContent = s ? (s.breathingOn ? s.breathingPattern ?? "on" : "off") : "–";
    k.f.checkin.textContent = !s ? "–" : s.checkInPrompt ? `asked: ${s.checkInPrompt}`
      : s.lastAnswer ? `last answer: ${s.lastAnswer} at ${kap.time(s.lastAnswerAt)}` : "none yet";
    k.f.message.textContent = s?.message ?? "–";
    k.f.heart.textContent = card.heartRate ? `${card.heartRate} /min` : "–";
    k.f.pressure.textContent = card.bloodPressure ? `${card.bloodPressure} mmHg` : "–";
    k.f.motion.textContent = card.headMotion != null ? `${card.headMotion.toFixed(1)} °/s` : "–";
    if (card.previewVersion > 0) {
      k.preview.src = `/api/headsets/${encodeURIComponent(card.headsetId)}/preview?v=${card.previewVersion}`;
      k.preview.classList.remove("hidden");
    }
    tick(root);
  }

  // Time and ramps move between messages, so the card redraws them every second.
  function tick(root) {
    const k = root.kap, card = k.card, s = card.state;
    [["darkness", k.darknessMeter], ["volume", k.volumeMeter]].forEach(([key, bar]) => {
      const r = ramp(s?.[key], s?.at);
      k.f[key].textContent = r.text;
      bar.querySelector(".now").style.width = `${Math.round(r.now * 100)}%`;
      bar.querySelector(".target").style.left = `${Math.round((r.target ?? 0) * 100)}%`;
    });
    k.f.elapsed.textContent = kap.minutesSince(s?.dosingStartedAt ?? s?.phaseSince);
    const off = s?.headsetOff === true;
    k.f.headset.textContent = !s ? "–" : off ? `off for ${kap.minutesSince(s.headsetRemovedAt)}` : "on";
    k.f.headset.className = off ? "headset-off" : "";
    k.f.headset.title = off ? `taken off at ${kap.time(s.headsetRemovedAt)}` : "";
    const due = card.nextVitalsDue ? new Date(card.nextVitalsDue).getTime() : null;
    k.f.vitalsDue.textContent = due === null ? "–" : due <= Date.now() ? "now: blood pressure and heart rate" : `at ${kap.time(card.nextVitalsDue)}`;
    k.f.vitalsDue.className = due !== null && due <= Date.now() ? "vitals-due" : "";
  }

  function showOutcome(root, report) {
    const box = root.querySelector(".outcome");
    box.className = `outcome ${report.outcome}`;
    box.textContent = `${report.summary}: ${report.outcome}${report.reason ? ` (${report.reason})` : ""}`;
  }

  return { configure, create, update, tick, showOutcome };
})();
