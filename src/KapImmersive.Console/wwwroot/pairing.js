"use strict";
// Pairing: "Add a headset" shows a one-time code large enough to read across the room, until the headset uses it or it
// expires; a paired headset's card gets a row to rename or revoke it.
const pairing = (() => {
  const boxes = new Map();

  function grouped(code) { return `${code.slice(0, 3)} ${code.slice(3)}`; }

  function left(expiresAt) {
    const seconds = Math.max(0, Math.ceil((new Date(expiresAt).getTime() - Date.now()) / 1000));
    return `${Math.floor(seconds / 60)} min ${seconds % 60} s left`;
  }

  function close(headsetId) {
    boxes.get(headsetId)?.remove();
    boxes.delete(headsetId);
  }

  function show(pending) {
    const title = pending.name ? `${pending.name} (${pending.headsetId})` : pending.headsetId;
    const secure = pending.headsetPage.startsWith("https://");
    const cancel = kap.el("button", { type: "button", "data-action": "cancel-code", onclick: async () => {
      await kap.send("DELETE", `/api/pairings/${encodeURIComponent(pending.headsetId)}`);
      close(pending.headsetId);
    } }, "Cancel code");
    const box = kap.el("div", { class: "pairing-code", role: "group", "aria-label": `Pairing code for ${title}`, "data-headset": pending.headsetId },
      kap.el("p", { class: "instruction" }, "On the headset, open ", kap.el("strong", { class: "page" }, pending.headsetPage), " and type this code:"),
      kap.el("p", { class: "code" }, kap.el("span", { class: "visually-hidden" }, `code ${pending.code.split("").join(" ")}`),
        kap.el("span", { "aria-hidden": "true" }, grouped(pending.code))),
      kap.el("p", { class: "expiry" }),
      secure ? "" : kap.el("p", { class: "note" },
        "This console has no certificate, so a headset's browser will not enter VR from this address: see Kap:Clinic:CertificatePath in docs/console.md."),
      kap.el("p", { class: "for" }, `For ${title}. The code works once.`),
      cancel);
    box.kap = { pending, state: "waiting" };
    document.getElementById("pairing-codes").append(box);
    boxes.set(pending.headsetId, box);
    tick();
  }

  function finish(box, text) {
    box.kap.state = "done";
    for (const part of box.querySelectorAll(".instruction, .code, .expiry, .note, .for, button")) part.remove();
    box.append(kap.el("p", { class: "done" }, text),
      kap.el("button", { type: "button", "data-action": "close-code", onclick: () => close(box.kap.pending.headsetId) }, "Close"));
  }

  function tick() {
    for (const box of boxes.values()) {
      if (box.kap.state !== "waiting") continue;
      const { expiresAt } = box.kap.pending;
      if (new Date(expiresAt).getTime() <= Date.now()) {
        finish(box, "This code has expired. Add the headset again for a new one.");
      } else {
        box.querySelector(".expiry").textContent = `Valid until ${kap.time(expiresAt)} (${left(expiresAt)})`;
      }
    }
  }

  // A paired headset's own row: a new name for its card, and revoking it (asked first, like ending a session).
  function managing(id, root, showOutcome) {
    const name = kap.el("input", { type: "text", name: "headsetName", maxlength: "40", placeholder: "new name", "aria-label": "New name for the headset" });
    const outcome = (type, result, done) => showOutcome(root, result.ok ? { type, summary: type, outcome: "applied", reason: done }
      : { type, summary: type, outcome: "rejected", reason: result.data?.problem ?? `error ${result.status}` });
    const button = (label, action, handler) => kap.el("button", { type: "button", "data-action": action, onclick: handler }, label);
    const confirm = kap.el("div", { class: "confirm hidden", role: "group", "aria-label": `Revoke ${id}?` },
      kap.el("span", {}, `Revoke ${id}? It is disconnected at once and can connect again only if paired anew.`),
      button("Revoke", "revoke-confirm", async () => {
        confirm.classList.add("hidden");
        outcome("revoke", await kap.send("POST", `/api/headsets/${encodeURIComponent(id)}/revoke`), "disconnected; its account is gone");
      }),
      button("Keep it", "revoke-cancel", () => confirm.classList.add("hidden")));
    const row = kap.el("div", { class: "row", "data-row": "manage" }, name,
      button("Rename", "rename", async () => {
        const result = await kap.send("POST", `/api/headsets/${encodeURIComponent(id)}/name`, { name: name.value });
        outcome("rename", result, `now "${name.value.trim()}"`);
        if (result.ok) name.value = "";
      }),
      button("Revoke…", "revoke", () => confirm.classList.remove("hidden")));
    return [row, confirm];
  }

  // The dashboard hands every card over: the new headset's card means its code was used.
  function cardSeen(card) {
    const box = boxes.get(card.headsetId);
    if (box && box.kap.state === "waiting" && card.paired) {
      finish(box, `Paired: ${card.name ?? card.headsetId} now has its own account and appears below.`);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("add-headset");
    const problem = document.getElementById("pairing-problem");
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      problem.textContent = "";
      const name = form.elements.name.value.trim();
      const result = await kap.send("POST", "/api/pairings", { name: name || null });
      if (!result.ok) { problem.textContent = result.data?.problem ?? `the console refused it (${result.status})`; return; }
      form.elements.name.value = "";
      show(result.data);
    });
    setInterval(tick, 1000);
  });

  return { cardSeen, managing };
})();
