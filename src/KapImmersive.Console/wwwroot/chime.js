"use strict";
// A soft two-note chime made with the Web Audio API: no sound file, nothing loud, a gentle attack and a long decay.
const chime = (() => {
  let context = null;
  function ensure() {
    if (!context) context = new AudioContext();
    if (context.state === "suspended") context.resume();
    return context;
  }
  function play() {
    const audio = ensure();
    const start = audio.currentTime + 0.02;
    [[659.25, 0], [880, 0.28]].forEach(([frequency, delay]) => {
      const tone = audio.createOscillator();
      const level = audio.createGain();
      tone.type = "sine";
      tone.frequency.value = frequency;
      level.gain.setValueAtTime(0, start + delay);
      level.gain.linearRampToValueAtTime(0.18, start + delay + 0.03);
      level.gain.exponentialRampToValueAtTime(0.0001, start + delay + 1.6);
      tone.connect(level).connect(audio.destination);
      tone.start(start + delay);
      tone.stop(start + delay + 1.7);
    });
  }
  function blocked() { return !context || context.state !== "running"; }
  return { play, ensure, blocked };
})();
