// The WebXR session: an immersive-vr session in a 'local' space (the patient lies or sits still), both eyes at the
// headset's recommended size, 90 or 72 Hz where the headset lets us choose, fixed foveation where the layer has it.
// Each XR frame, the viewer's pose and views are laid out as floats for C# (Display/XrFrameData.cs), which draws.

import * as gl from './gl.js';

const frameFloats = new Float32Array(8 + 2 * 15);
const frameBytes = new Uint8Array(frameFloats.buffer);
let previewJpeg = null;
let encoding = false;

// A view's field of view as four angles (left and down negative), read off its projection matrix.
function angles(projection, into, at) {
  const x = projection[0], y = projection[5], ox = projection[8], oy = projection[9];
  into[at] = Math.atan((ox - 1) / x);
  into[at + 1] = Math.atan((ox + 1) / x);
  into[at + 2] = Math.atan((oy + 1) / y);
  into[at + 3] = Math.atan((oy - 1) / y);
}

function pose(transform, into, at) {
  const p = transform.position, o = transform.orientation;
  into[at] = p.x; into[at + 1] = p.y; into[at + 2] = p.z;
  into[at + 3] = o.x; into[at + 4] = o.y; into[at + 5] = o.z; into[at + 6] = o.w;
}

function read(frame, space, layer) {
  const viewer = frame.getViewerPose(space);
  if (!viewer) {
    frameFloats[0] = 0;
    return;
  }
  frameFloats[0] = Math.min(viewer.views.length, 2);
  pose(viewer.transform, frameFloats, 1);
  viewer.views.slice(0, 2).forEach((view, i) => {
    const at = 8 + i * 15;
    pose(view.transform, frameFloats, at);
    angles(view.projectionMatrix, frameFloats, at + 7);
    const viewport = layer.getViewport(view);
    frameFloats[at + 11] = viewport.x; frameFloats[at + 12] = viewport.y;
    frameFloats[at + 13] = viewport.width; frameFloats[at + 14] = viewport.height;
  });
}

export async function isSupported() {
  return Boolean(navigator.xr) && await navigator.xr.isSessionSupported('immersive-vr').catch(() => false);
}

// Starts the session; `headset` is the C# exports. Resolves once the first frame is asked for; `ended` runs when the
// session ends (the patient left VR, the browser ended it).
export async function enter(headset, withSound, ended) {
  const session = await navigator.xr.requestSession('immersive-vr', { requiredFeatures: ['local'] });
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('webgl2', { xrCompatible: true, antialias: false, alpha: false, depth: false, stencil: false });
  await context.makeXRCompatible?.();
  gl.use(context);
  const layer = new XRWebGLLayer(session, context, { framebufferScaleFactor: 1, antialias: false, depth: false, alpha: false });
  if ('fixedFoveation' in layer) layer.fixedFoveation = 1;
  session.updateRenderState({ baseLayer: layer });
  const rates = session.supportedFrameRates ? [...session.supportedFrameRates] : [];
  const rate = [90, 72].find(r => rates.includes(r));
  if (rate && session.updateTargetFrameRate) await session.updateTargetFrameRate(rate).catch(() => {});
  const space = await session.requestReferenceSpace('local');
  session.addEventListener('select', () => headset.Select());
  session.addEventListener('visibilitychange', () => headset.Worn(session.visibilityState !== 'hidden'));
  session.addEventListener('end', () => { headset.Worn(false); ended(); });
  headset.Enter(withSound);
  let helpHeld = false;
  const onFrame = (time, frame) => {
    session.requestAnimationFrame(onFrame);
    // Help is B or Y on a Touch-style controller (the gamepad's sixth button), as on the native headset.
    const held = [...session.inputSources].some(source => source.gamepad?.buttons[5]?.pressed);
    if (held && !helpHeld) headset.Help();
    helpHeld = held;
    read(frame, space, layer);
    gl.setXrFramebuffer(layer.framebuffer);
    headset.Frame(time);
  };
  session.requestAnimationFrame(onFrame);
  return session;
}

async function encode(pixels, width, height, maxBytes) {
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(pixels), width, height), 0, 0);
  for (const quality of [0.8, 0.65, 0.5, 0.35]) {
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    if (blob.size <= maxBytes) return new Uint8Array(await blob.arrayBuffer());
  }
  return null;
}

export const calls = {
  readFrame: into => into.set(frameBytes),
  framebuffer: () => gl.xrFramebuffer,
  encodePreview: (rgba, width, height, maxBytes) => {
    if (encoding) return;
    encoding = true;
    encode(rgba.slice(), width, height, maxBytes).then(jpeg => { previewJpeg = jpeg; encoding = false; }, () => { encoding = false; });
  },
  takePreview: () => {
    const jpeg = previewJpeg;
    previewJpeg = null;
    return jpeg;
  },
};
