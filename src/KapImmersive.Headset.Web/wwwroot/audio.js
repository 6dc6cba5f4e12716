// Web Audio for the headset: an AudioWorklet fed with what the C# audio engine renders ahead. The context must be
// made in the patient's (or nurse's) first tap, as browsers ask; until then the headset is silent.

let context = null;
let node = null;
let played = 0;
let underruns = 0;
let captured = null;

export async function open() {
  context = new AudioContext({ sampleRate: 48000, latencyHint: 'playback' });
  await context.audioWorklet.addModule(new URL('./audio-worklet.js', import.meta.url));
  node = new AudioWorkletNode(context, 'kap-sound-feed', { numberOfInputs: 0, outputChannelCount: [2] });
  node.port.onmessage = event => {
    if (event.data.played !== undefined) {
      played = event.data.played;
      underruns = event.data.underruns;
    } else if (event.data.captured) {
      captured?.(event.data.captured);
    }
  };
  node.connect(context.destination);
  await context.resume();
  return context.sampleRate;
}

export function isOpen() { return node !== null; }

export function sampleRate() { return context?.sampleRate ?? 0; }

// For tests and checks: what the speakers were given, from now on (from the first sound, once sound has started).
export function capture(on) { node?.port.postMessage({ capture: on }); }

export function takeCapture() {
  return new Promise(resolve => {
    captured = chunks => {
      const length = chunks.reduce((sum, c) => sum + c.length, 0);
      const all = new Float32Array(length);
      let at = 0;
      for (const chunk of chunks) { all.set(chunk, at); at += chunk.length; }
      resolve(all);
    };
    node.port.postMessage({ takeCapture: true });
  });
}

export const calls = {
  push: samples => {
    const bytes = samples.slice();
    const chunk = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    node.port.postMessage({ chunk }, [chunk.buffer]);
  },
  framesPlayed: () => played,
  underruns: () => underruns,
};
