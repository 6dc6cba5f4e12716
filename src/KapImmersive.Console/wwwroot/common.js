"use strict";
// Shared by every page: the anti-forgery token, JSON requests, and the sign-out form.
const kap = (() => {
  let token = null;
  async function csrf() {
    if (!token) {
      const response = await fetch("/api/csrf", { credentials: "same-origin" });
      token = (await response.json()).token;
    }
    return token;
  }
  async function send(method, url, body, contentType) {
    const headers = { "X-CSRF-TOKEN": await csrf() };
    if (body !== undefined) headers["Content-Type"] = contentType || "application/json";
    const response = await fetch(url, {
      method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : (typeof body === "string" ? body : JSON.stringify(body)),
    });
    let data = null;
    try { data = await response.json(); } catch { data = null; }
    return { ok: response.ok, status: response.status, data };
  }
  // The JSON at url, or null when there is none (a 404, say); signed out, back to the sign-in page.
  async function get(url) {
    const response = await fetch(url, { credentials: "same-origin" });
    if (response.status === 401) { location.href = "/signin"; return null; }
    if (!response.ok) return null;
    return response.json();
  }
  // The protocol's names as a clinician would say them.
  const plain = { notOkay: "not okay", timedOut: "timed out", checkInAnswered: "check-in answered", checkInAsked: "check-in asked",
    checkInMissed: "check-in missed", helpRequested: "help requested", phaseChanged: "phase changed", headsetRemoved: "headset taken off",
    headsetWorn: "headset back on", headMotion: "head motion", linkLost: "link lost" };
  function words(name) { return plain[name] ?? name; }
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
    return node;
  }
  function time(iso) { return iso ? new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" }) : "–"; }
  function minutesSince(iso) {
    if (!iso) return "–";
    const seconds = Math.max(0, (Date.now() - new Date(iso).getTime()) / 1000);
    return `${Math.floor(seconds / 60)} min ${Math.floor(seconds % 60)} s`;
  }
  document.addEventListener("DOMContentLoaded", async () => {
    const form = document.querySelector("form.signout");
    if (form) form.querySelector("input").value = await csrf();
    const who = document.getElementById("who");
    if (who) who.textContent = (await get("/api/me"))?.name ?? "";
  });
  return { csrf, send, get, el, time, minutesSince, words };
})();
