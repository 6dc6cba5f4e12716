// The web headset's page: starts the C# runtime, pairs the headset once with the clinician's code, connects to the
// console, and lets the patient (or the nurse) enter the room with one large button. WebXR and sound both need that
// first tap; everything the patient sees and hears is decided in C#.

import { dotnet } from './_framework/dotnet.js';
import * as gl from './gl.js';
import * as audio from './audio.js';
import * as panel from './panel.js';
import * as storage from './storage.js';
import * as xr from './xr.js';

const credentialsKey = 'kap-headset-credentials';
const say = text => { document.getElementById('status').textContent = text; };
const show = (id, visible) => { document.getElementById(id).hidden = !visible; };

function webSocketAddress(path) {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

async function startRuntime() {
  const { setModuleImports, getAssemblyExports, getConfig, runMain } = await dotnet.create();
  setModuleImports('kap', { gl: gl.calls, audio: audio.calls, panel: panel.calls, storage: storage.calls, xr: xr.calls });
  await runMain();
  const exports = await getAssemblyExports(getConfig().mainAssemblyName);
  return exports.WebHeadsetExports;
}

async function pair(code) {
  const response = await fetch('/headset/pair', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.problem ?? `the console said no (${response.status})`);
  localStorage.setItem(credentialsKey, JSON.stringify(body));
  return body;
}

// Shows the pairing form, with why it is asked, until the console accepts a code.
function askForCode(reason) {
  say(reason);
  show('pairing', true);
  const form = document.getElementById('pairing');
  return new Promise(resolve => {
    const submit = async event => {
      event.preventDefault();
      try {
        const credentials = await pair(document.getElementById('code').value.trim());
        form.removeEventListener('submit', submit);
        show('pairing', false);
        resolve(credentials);
      } catch (problem) {
        say(problem.message);
      }
    };
    form.addEventListener('submit', submit);
  });
}

async function connect(headset, credentials) {
  say('Connecting to the console…');
  const status = JSON.parse(await headset.Connect(credentials.headsetId, credentials.password, webSocketAddress(credentials.mqttPath ?? '/mqtt')));
  if (status.refused) {
    localStorage.removeItem(credentialsKey);
    throw new Error('This headset is no longer paired with the console. Ask the clinician for a new code and type it here.');
  }
  if (status.presets.length === 0) throw new Error('The console has no rooms for this headset yet. It will try again in a moment.');
  say('Preparing the room’s sound…');
  await headset.PrepareSound();
  return status;
}

async function enterRoom(headset) {
  show('enter', false);
  say('Entering the room…');
  let withSound = true;
  try {
    await audio.open();
  } catch {
    withSound = false;
  }
  await xr.enter(headset, withSound, () => {
    say('The room is paused. Tap “Enter the room” to go back in.');
    show('enter', true);
  });
  say('In the room.');
}

async function main() {
  if (!await xr.isSupported()) {
    say('This browser cannot show the room in a headset. Open this page in the headset’s own browser (Meta Quest Browser, Pico Browser, or Safari on Apple Vision Pro).');
    return;
  }
  say('Getting the room ready…');
  const headset = await startRuntime();
  // Stills drawn by this browser exactly as the headset draws the room: how a technician checks a headset's browser.
  window.kapPictures = (...args) => {
    gl.useIfNone(() => document.createElement('canvas').getContext('webgl2', { antialias: false, alpha: false, depth: false }));
    return headset.RenderPictures(...args);
  };
  // The room's WebGL2 cost against a bare full-screen pass in the same eyes, and the C# time of the session's frames.
  window.kapRenderCost = (...args) => {
    gl.useIfNone(() => document.createElement('canvas').getContext('webgl2', { antialias: false, alpha: false, depth: false }));
    return JSON.parse(headset.RenderCost(...args));
  };
  window.kapFrameTimes = () => JSON.parse(headset.FrameTimes());
  // A scripted session heard through this browser as the headset hears the room, for `seconds`: what the speakers
  // were given (interleaved stereo, 48 kHz, base64 of the float bytes) and the engine's figures.
  window.kapSoundCheck = async (documents, presetId, script, seconds) => {
    if (!audio.isOpen()) await audio.open();
    audio.capture(true);
    headset.SoundCheckStart(documents, presetId, script);
    const started = performance.now();
    await new Promise(resolve => {
      const timer = setInterval(() => {
        const at = (performance.now() - started) / 1000;
        if (at >= seconds) {
          clearInterval(timer);
          resolve();
        } else {
          headset.SoundCheckFrame(at);
        }
      }, 1000 / 90);
    });
    const samples = await audio.takeCapture();
    audio.capture(false);
    const bytes = new Uint8Array(samples.buffer);
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { samples: btoa(text), figures: JSON.parse(headset.SoundCheckFigures()), sampleRate: audio.sampleRate() };
  };
  let reason = 'Type the 6-digit code the clinician sees on the console.';
  for (;;) {
    const credentials = JSON.parse(localStorage.getItem(credentialsKey) ?? 'null') ?? await askForCode(reason);
    try {
      await connect(headset, credentials);
      break;
    } catch (problem) {
      say(problem.message);
      reason = problem.message;
      if (localStorage.getItem(credentialsKey)) await new Promise(resolve => setTimeout(resolve, 5000));
    }
  }
  say('Ready.');
  const enter = document.getElementById('enter');
  enter.addEventListener('click', () => enterRoom(headset).catch(problem => { say(problem.message); show('enter', true); }));
  show('enter', true);
}

main().catch(problem => say(`Something went wrong: ${problem.message}`));
