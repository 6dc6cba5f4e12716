// The check-in prompt and the clinician's messages painted with a canvas, as the native headset paints them with
// SkiaSharp: the same layout (sent once from C#, Rendering's PanelLayout), the same font where the browser has it.

let layout = null;
const canvases = {};

function canvasFor(name, width, height) {
  canvases[name] ??= new OffscreenCanvas(width, height);
  return canvases[name];
}

const colour = c => `rgba(${c.red}, ${c.green}, ${c.blue}, ${c.alpha / 255})`;

function card(context, width, height) {
  context.clearRect(0, 0, width, height);
  context.fillStyle = colour(layout.card);
  const inset = layout.cardInset;
  context.beginPath();
  context.roundRect(inset, inset, width - 2 * inset, height - 2 * inset, layout.cornerRadius);
  context.fill();
}

function wrap(context, text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ').filter(w => w.length > 0)) {
    const candidate = line.length === 0 ? word : `${line} ${word}`;
    if (line.length > 0 && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines;
}

function words(context, text, area, size) {
  const width = area.right - area.left;
  const height = area.bottom - area.top;
  context.font = `${size}px ${layout.font}`;
  let lines = wrap(context, text, width);
  while (lines.length * size * layout.lineSpacing > height && size > layout.minTextSize) {
    size *= 0.9;
    context.font = `${size}px ${layout.font}`;
    lines = wrap(context, text, width);
  }
  context.fillStyle = colour(layout.ink);
  context.textAlign = 'center';
  context.textBaseline = 'alphabetic';
  const lineHeight = size * layout.lineSpacing;
  let baseline = (area.top + area.bottom) / 2 - lineHeight * (lines.length - 1) / 2 + size * 0.36;
  for (const line of lines) {
    context.fillText(line, (area.left + area.right) / 2, baseline);
    baseline += lineHeight;
  }
}

function button(context, box, label) {
  context.beginPath();
  context.roundRect(box.left, box.top, box.right - box.left, box.bottom - box.top, layout.buttonCornerRadius);
  context.fillStyle = colour(layout.buttonFill);
  context.fill();
  context.lineWidth = layout.buttonEdgeWidth;
  context.strokeStyle = colour(layout.buttonEdge);
  context.stroke();
  context.beginPath();
  context.arc(box.left + layout.ringInset, (box.top + box.bottom) / 2, layout.ringRadius, 0, 2 * Math.PI);
  context.stroke();
  words(context, label, { left: box.left + layout.ringInset * 1.7, top: box.top, right: box.right - 16, bottom: box.bottom }, layout.labelTextSize);
}

// The renderer uploads premultiplied alpha, as SkiaSharp paints it; a canvas hands back straight alpha.
function copyPremultiplied(context, width, height, target) {
  const pixels = context.getImageData(0, 0, width, height).data;
  const out = target._unsafe_create_view();
  for (let i = 0; i < pixels.length; i += 4) {
    const alpha = pixels[i + 3];
    out[i] = Math.round(pixels[i] * alpha / 255);
    out[i + 1] = Math.round(pixels[i + 1] * alpha / 255);
    out[i + 2] = Math.round(pixels[i + 2] * alpha / 255);
    out[i + 3] = alpha;
  }
}

export const calls = {
  configure: json => { layout = JSON.parse(json); },
  paintPrompt: (prompt, ok, notOk, target) => {
    const canvas = canvasFor('prompt', layout.promptWidth, layout.promptHeight);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    card(context, canvas.width, canvas.height);
    words(context, prompt, layout.promptWords, layout.promptTextSize);
    button(context, layout.okButton, ok);
    button(context, layout.notOkButton, notOk);
    copyPremultiplied(context, canvas.width, canvas.height, target);
  },
  paintMessage: (message, target) => {
    const canvas = canvasFor('message', layout.messageWidth, layout.messageHeight);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    card(context, canvas.width, canvas.height);
    words(context, message, layout.messageWords, layout.messageTextSize);
    copyPremultiplied(context, canvas.width, canvas.height, target);
  },
};
