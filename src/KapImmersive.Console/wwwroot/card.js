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
  function meter() { return kap.el("div", { class: "meter", "aria-hidden": "true" }, kap.el("div", { class: "now" }), kap.el("div", { class: "target" })); }
  function select(name, label, values) {
    return kap.el("select", { name, "aria-label": label }, ...values.map(v => kap.el("option", { value: v }, kap.words(v))));
  }
  function field(attrs, label) { return kap.el("input", Object.assign({ "aria-label": label }, attrs)); }

  // A slider shows its number and starts at the headset's level; the clinician's own setting wins until it is sent.
  function slider(name, label) {
    const input = field({ type: "range", name, min: "0", max: "1", step: "0.05", value: "0" }, label);
    const shown = kap.el("output", { class: "level", "data-level": name, "aria-hidden": "true" }, "0.00");
    input.addEventListener("input", () => { input.dataset.touched = "1"; shown.textContent = Number(input.value).toFixed(2); });
    return { input, shown, follow(level) {
      if (input.dataset.touched || level == null) return;
      input.value = String(level);
      shown.textContent = Number(input.value).toFixed(2);
    } };
  }

  // Which control row a command's outcome belongs beside.
  const rowOf = { loadPreset: "load", setDarkness: "darkness", setVolume: "volume", startBreathing: "breathe", stopBreathing: "breathe",
    requestCheckIn: "checkin", setCheckInInterval: "interval", showMessage: "message", clearMessage: "message", setPhase: "phase",
    endSession: "phase", vitals: "vitals", rename: "manage", revoke: "manage" };

  function create(card, send) {
    const id = card.headsetId;
    const root = kap.el("article", { class: "card", "data-headset": id, "aria-label": `Headset ${id}` });
    const status = kap.el("span", { class: "status" });
    const title = kap.el("span", { class: "title" }, id);
    root.append(kap.el("h2", {}, title, status));
    const revoked = kap.el("p", { class: "revoked-note hidden" });
    root.append(revoked);
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
    const presetSelect = select("preset", "Preset to load", presets.map(p => p.id));
    const darkness = slider("darkness", "Darkness level");
    const darknessSeconds = field({ type: "number", name: "darknessSeconds", min: "0", placeholder: "s", size: "4" }, "Darkness ramp seconds");
    const volume = slider("volume", "Volume level");
    const volumeSeconds = field({ type: "number", name: "volumeSeconds", min: "0", placeholder: "s", size: "4" }, "Volume ramp seconds");
    const pattern = select("pattern", "Breathing pattern", options.patterns);
    const prompt = field({ type: "text", name: "prompt", maxlength: String(limit("requestCheckIn", "prompt", "maxLength")), placeholder: "prompt (optional)" }, "Check-in prompt");
    const every = field({ type: "number", name: "every", min: "0", placeholder: "min", size: "4" }, "Minutes between check-ins");
    const listId = `templates-${id}`;
    const message = field({ type: "text", name: "message", list: listId, maxlength: String(limit("showMessage", "text", "maxLength")), placeholder: "short message to the patient" },
      "Message to the patient");
    const templates = kap.el("datalist", { id: listId }, ...options.messageTemplates.map(t => kap.el("option", { value: t })));
    const phase = select("phase", "Phase to set", options.phases);
    phase.addEventListener("change", () => { phase.dataset.touched = "1"; });
    const vitals = [["heartRate", "HR", "Heart rate, per minute"], ["systolic", "sys", "Systolic blood pressure, mmHg"],
      ["diastolic", "dia", "Diastolic blood pressure, mmHg"], ["oxygenSaturation", "SpO2", "Oxygen saturation, %"]]
      .map(([name, placeholder, label]) => field({ type: "number", name, placeholder, size: "3" }, label));
    const button = (label, action, handler) => kap.el("button", { type: "button", "data-action": action, onclick: handler }, label);
    const row = (name, ...children) => kap.el("div", { class: "row", "data-row": name }, ...children);
    const sent = (slider) => { delete slider.input.dataset.touched; };

    const confirmEnd = kap.el("div", { class: "confirm hidden", role: "group", "aria-label": `End the session on ${id}?` },
      kap.el("span", {}, `End the session on ${id}? Light and sound return gently.`),
      button("End session", "end-confirm", () => { confirmEnd.classList.add("hidden"); c("endSession"); }),
      button("Keep going", "end-cancel", () => confirmEnd.classList.add("hidden")));
    const controls = kap.el("div", { class: "controls" },
      row("load", presetSelect, button("Load preset", "load", () => c("loadPreset", () => ({ presetId: presetSelect.value })))),
      row("darkness", kap.el("span", { class: "row-label" }, "Darkness"), darkness.input, darkness.shown, darknessSeconds,
        button("Set", "darkness", () => { c("setDarkness", () => ({ level: Number(darkness.input.value), seconds: num(darknessSeconds) })); sent(darkness); })),
      row("volume", kap.el("span", { class: "row-label" }, "Volume"), volume.input, volume.shown, volumeSeconds,
        button("Set", "volume", () => { c("setVolume", () => ({ level: Number(volume.input.value), seconds: num(volumeSeconds) })); sent(volume); })),
      row("breathe", pattern, button("Start breathing", "breathe", () => c("startBreathing", () => ({ pattern: pattern.value }))),
        button("Stop", "stop-breathing", () => c("stopBreathing"))),
      row("checkin", prompt, button("Check in now", "checkin", () => c("requestCheckIn", () => ({ prompt: prompt.value || null })))),
      row("interval", kap.el("span", { class: "row-label" }, "Check in every"), every, "min",
        button("Set", "interval", () => c("setCheckInInterval", () => ({ minutes: num(every) ?? 0 })))),
      row("message", message, templates, button("Send", "message", () => c("showMessage", () => ({ text: message.value }))),
        button("Clear", "clear-message", () => c("clearMessage"))),
      row("phase", phase, button("Set phase", "phase", () => { c("setPhase", () => ({ phase: phase.value })); delete phase.dataset.touched; }),
        button("End session gently…", "end", () => confirmEnd.classList.remove("hidden"))),
      confirmEnd,
      row("vitals", ...vitals, button("Record vitals", "vitals", async () => {
        const body = Object.fromEntries(vitals.map(v => [v.name, num(v)]));
        const result = await kap.send("POST", `/api/headsets/${encodeURIComponent(id)}/vitals`, body);
        showOutcome(root, result.ok ? { type: "vitals", summary: "vitals", outcome: "applied", reason: "recorded" }
          : { type: "vitals", summary: "vitals", outcome: "rejected", reason: result.data?.problem ?? `error ${result.status}` });
        if (result.ok) vitals.forEach(v => { v.value = ""; });
      })),
      ...(card.paired ? pairing.managing(id, root, showOutcome) : []),
      kap.el("output", { class: "outcome", "aria-live": "polite" }, "No command sent yet."));
    root.append(controls);
    root.kap = { f, status, title, revoked, controls, preview, darknessMeter, volumeMeter, card, darkness, volume, phase };
    return root;
  }

  // Where a ramp is at this instant, along the headset's own smoothstep from its start to its end.
  function rampAt(view, nowMs) {
    if (!view) return { now: 0, target: 0, text: "–" };
    const end = view.reachedAt ? new Date(view.reachedAt).getTime() : null;
    const start = view.startedAt ? new Date(view.startedAt).getTime() : null;
    if (end === null || nowMs >= end || start === null || view.from == null) {
      return { now: view.target, target: view.target, text: view.target.toFixed(2) };
    }
    const u = Math.min(1, Math.max(0, (nowMs - start) / Math.max(1, end - start)));
    const now = view.from + (view.target - view.from) * u * u * (3 - 2 * u);
    return { now, target: view.target, text: `${now.toFixed(2)} → ${view.target.toFixed(2)} (${Math.ceil((end - nowMs) / 1000)} s left)` };
  }

  function nextPhase(current) {
    const order = options.phases;
    const at = order.indexOf(current);
    return at < 0 ? order[0] : order[Math.min(order.length - 1, at + 1)];
  }

  function update(root, card) {
    const k = root.kap;
    k.card = card;
    const s = card.state;
    const state = card.revokedAt ? "revoked" : card.online ? "online" : "offline";
    k.status.textContent = state;
    k.status.className = `status ${state}`;
    k.title.textContent = card.name ? `${card.name} · ${card.headsetId}` : card.headsetId;
    root.setAttribute("aria-label", card.name ? `Headset ${card.name} (${card.headsetId})` : `Headset ${card.headsetId}`);
    k.revoked.textContent = card.revokedAt ? `Revoked at ${kap.time(card.revokedAt)}: disconnected, and refused if it tries again.` : "";
    k.revoked.classList.toggle("hidden", !card.revokedAt);
    k.controls.classList.toggle("hidden", !!card.revokedAt);
    k.f.phase.textContent = s ? kap.words(s.phase) : "–";
    k.f.preset.textContent = s?.presetId ?? "–";
    k.f.breathing.textContent = s ? (s.breathingOn ? s.breathingPattern ?? "on" : "off") : "–";
    k.f.checkin.textContent = !s ? "–" : s.checkInPrompt ? `asked: ${s.checkInPrompt}`
      : s.lastAnswer ? `last answer: ${kap.words(s.lastAnswer)} at ${kap.time(s.lastAnswerAt)}` : "none yet";
    k.f.message.textContent = s?.message ?? "–";
    k.f.heart.textContent = card.heartRate ? `${card.heartRate} /min` : "–";
    k.f.pressure.textContent = card.bloodPressure ? `${card.bloodPressure} mmHg` : "–";
    k.f.motion.textContent = card.headMotion != null ? `${card.headMotion.toFixed(1)} °/s` : "–";
    if (s) {
      k.darkness.follow(s.darkness?.target);
      k.volume.follow(s.volume?.target);
      if (!k.phase.dataset.touched) k.phase.value = nextPhase(s.phase);
    }
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
      const r = rampAt(s?.[key], Date.now());
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

  // The outcome line moves beside the control that sent the command, so the clinician sees it where they pressed.
  function showOutcome(root, report) {
    const box = root.querySelector(".outcome");
    const besides = root.querySelector(`[data-row="${rowOf[report.type] ?? ""}"]`);
    if (besides && box.previousElementSibling !== besides) besides.after(box);
    box.className = `outcome ${report.outcome}`;
    box.textContent = `${report.summary}: ${kap.words(report.outcome)}${report.reason ? ` (${report.reason})` : ""}`;
  }

  return { configure, create, update, tick, showOutcome, rampAt };
})();
