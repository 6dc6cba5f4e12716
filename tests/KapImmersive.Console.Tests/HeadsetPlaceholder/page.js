"use strict";
// Stands in for the web headset: what its page relies on from the console, under the console's own CSP.
document.getElementById("secure").textContent = `secure context: ${window.isSecureContext}`;
WebAssembly.instantiateStreaming(fetch("room.wasm")).then(
  module => { document.getElementById("wasm").textContent = `wasm: ${module.instance.exports.answer()}`; },
  error => { document.getElementById("wasm").textContent = `wasm failed: ${error}`; });
document.getElementById("pair").addEventListener("submit", async event => {
  event.preventDefault();
  const response = await fetch("/headset/pair", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code: document.getElementById("code").value }),
  });
  const answer = await response.json();
  if (!response.ok) { document.getElementById("paired").textContent = `refused: ${answer.problem}`; return; }
  document.getElementById("paired").textContent = `paired: ${answer.headsetId}`;
  const socket = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${answer.mqttPath}`, "mqtt");
  socket.addEventListener("open", () => { document.getElementById("socket").textContent = `socket: open (${socket.protocol})`; socket.close(); });
  socket.addEventListener("error", () => { document.getElementById("socket").textContent = "socket: failed"; });
});
