// Plays what the headset's audio engine (C#, Sound/WebAudioSound.cs) rendered ahead: interleaved stereo chunks in a
// queue, handed out 128 frames at a time. It starts once a tenth of a second is queued, as the engine's first lead
// arrives in many messages that need not all land before the first chunk is played out. When the queue runs dry it
// plays silence for the gap and counts an underrun, never a click of stale sound. It reports how much it has played, so
// the engine keeps a steady lead.

const primeFrames = sampleRate / 10;

class KapSoundFeed extends AudioWorkletProcessor {
  constructor() {
    super();
    this.queue = [];
    this.queuedFrames = 0;
    this.offset = 0;
    this.played = 0;
    this.underruns = 0;
    this.started = false;
    this.capture = null;
    this.sinceReport = 0;
    this.port.onmessage = event => {
      const message = event.data;
      if (message.chunk) {
        this.queue.push(message.chunk);
        this.queuedFrames += message.chunk.length / 2;
        this.started ||= this.queuedFrames >= primeFrames;
      } else if (message.capture !== undefined) {
        this.capture = message.capture ? [] : null;
      } else if (message.takeCapture) {
        this.port.postMessage({ captured: this.capture ?? [] });
        this.capture = [];
      }
    };
  }

  process(inputs, outputs) {
    const left = outputs[0][0];
    const right = outputs[0][1] ?? left;
    let frame = 0;
    while (this.started && frame < left.length && this.queue.length > 0) {
      const chunk = this.queue[0];
      while (frame < left.length && this.offset < chunk.length) {
        left[frame] = chunk[this.offset];
        right[frame] = chunk[this.offset + 1];
        this.offset += 2;
        frame++;
      }
      if (this.offset >= chunk.length) {
        this.queue.shift();
        this.offset = 0;
      }
    }
    if (frame < left.length) {
      left.fill(0, frame);
      right.fill(0, frame);
      if (this.started) this.underruns++;
    }
    this.played += frame;
    this.queuedFrames -= frame;
    if (this.capture && this.started) {
      const copy = new Float32Array(left.length * 2);
      for (let i = 0; i < left.length; i++) {
        copy[2 * i] = left[i];
        copy[2 * i + 1] = right[i];
      }
      this.capture.push(copy);
    }
    this.sinceReport += left.length;
    if (this.sinceReport >= 2400) {
      this.sinceReport = 0;
      this.port.postMessage({ played: this.played, underruns: this.underruns });
    }
    return true;
  }
}

registerProcessor('kap-sound-feed', KapSoundFeed);
