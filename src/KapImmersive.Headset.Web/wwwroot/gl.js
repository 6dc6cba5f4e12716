// WebGL2 for the room renderer in C# (Graphics/WebGl.cs): each call as it is, with the context's objects kept in a
// table and named by number, as OpenGL does. Numbers arrive as bytes and are read as the floats they are, in place.

let gl = null;
const objects = [null];
const free = [];

// A fixed number that always names the XR layer's framebuffer of the frame being drawn.
export const xrFramebuffer = -2;
let currentXrFramebuffer = null;

function keep(object) {
  if (object === null) return 0;
  const handle = free.length > 0 ? free.pop() : objects.length;
  objects[handle] = object;
  return handle;
}

function get(handle) {
  if (handle === xrFramebuffer) return currentXrFramebuffer;
  return handle > 0 ? objects[handle] : null;
}

function floats(view) {
  const bytes = view._unsafe_create_view();
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

export function use(context) { gl = context; }
export function useIfNone(makeContext) { gl ??= makeContext(); }
export function setXrFramebuffer(framebuffer) { currentXrFramebuffer = framebuffer; }

const deleters = ['deleteShader', 'deleteProgram', 'deleteVertexArray', 'deleteBuffer', 'deleteTexture', 'deleteFramebuffer'];

export const calls = {
  getString: name => String(gl.getParameter(name) ?? ''),
  enable: capability => gl.enable(capability),
  disable: capability => gl.disable(capability),
  viewport: (x, y, width, height) => gl.viewport(x, y, width, height),
  blendFunc: (source, destination) => gl.blendFunc(source, destination),
  flush: () => gl.flush(),
  finish: () => gl.finish(),
  createShader: type => keep(gl.createShader(type)),
  shaderSource: (shader, source) => gl.shaderSource(get(shader), source),
  compileShader: shader => gl.compileShader(get(shader)),
  getShaderParameter: (shader, name) => Number(gl.getShaderParameter(get(shader), name)),
  getShaderInfoLog: shader => gl.getShaderInfoLog(get(shader)) ?? '',
  deleteObject: (kind, handle) => {
    if (handle <= 0) return;
    gl[deleters[kind]](objects[handle]);
    objects[handle] = null;
    free.push(handle);
  },
  createProgram: () => keep(gl.createProgram()),
  attachShader: (program, shader) => gl.attachShader(get(program), get(shader)),
  linkProgram: program => gl.linkProgram(get(program)),
  getProgramParameter: (program, name) => Number(gl.getProgramParameter(get(program), name)),
  getProgramInfoLog: program => gl.getProgramInfoLog(get(program)) ?? '',
  useProgram: program => gl.useProgram(get(program)),
  getUniformLocation: (program, name) => {
    const location = gl.getUniformLocation(get(program), name);
    return location === null ? -1 : keep(location);
  },
  uniform1i: (location, value) => { if (location > 0) gl.uniform1i(objects[location], value); },
  uniform1f: (location, x) => { if (location > 0) gl.uniform1f(objects[location], x); },
  uniform2f: (location, x, y) => { if (location > 0) gl.uniform2f(objects[location], x, y); },
  uniform3f: (location, x, y, z) => { if (location > 0) gl.uniform3f(objects[location], x, y, z); },
  uniform4f: (location, x, y, z, w) => { if (location > 0) gl.uniform4f(objects[location], x, y, z, w); },
  uniformMatrix4fv: (location, matrix) => { if (location > 0) gl.uniformMatrix4fv(objects[location], false, floats(matrix)); },
  createVertexArray: () => keep(gl.createVertexArray()),
  bindVertexArray: vertexArray => gl.bindVertexArray(get(vertexArray)),
  createBuffer: () => keep(gl.createBuffer()),
  bindBuffer: (target, buffer) => gl.bindBuffer(target, get(buffer)),
  bufferData: (target, bytes, usage) => gl.bufferData(target, bytes, usage),
  bufferSubData: (target, byteOffset, data) => gl.bufferSubData(target, byteOffset, floats(data)),
  enableVertexAttribArray: index => gl.enableVertexAttribArray(index),
  vertexAttribPointer: (index, size, type, normalized, stride, byteOffset) => gl.vertexAttribPointer(index, size, type, normalized, stride, byteOffset),
  vertexAttribDivisor: (index, divisor) => gl.vertexAttribDivisor(index, divisor),
  drawArrays: (mode, first, count) => gl.drawArrays(mode, first, count),
  drawArraysInstanced: (mode, first, count, instances) => gl.drawArraysInstanced(mode, first, count, instances),
  createTexture: () => keep(gl.createTexture()),
  activeTexture: unit => gl.activeTexture(unit),
  bindTexture: (target, texture) => gl.bindTexture(target, get(texture)),
  texStorage2D: (target, levels, internalFormat, width, height) => gl.texStorage2D(target, levels, internalFormat, width, height),
  texParameteri: (target, name, value) => gl.texParameteri(target, name, value),
  texSubImage2D: (target, level, x, y, width, height, format, type, pixels) =>
    gl.texSubImage2D(target, level, x, y, width, height, format, type, pixels._unsafe_create_view()),
  generateMipmap: target => gl.generateMipmap(target),
  pixelStorei: (name, value) => gl.pixelStorei(name, value),
  createFramebuffer: () => keep(gl.createFramebuffer()),
  bindFramebuffer: (target, framebuffer) => gl.bindFramebuffer(target, get(framebuffer)),
  framebufferTexture2D: (target, attachment, textureTarget, texture, level) =>
    gl.framebufferTexture2D(target, attachment, textureTarget, get(texture), level),
  checkFramebufferStatus: target => gl.checkFramebufferStatus(target),
  readPixels: (x, y, width, height, format, type, pixels) => gl.readPixels(x, y, width, height, format, type, pixels._unsafe_create_view()),
};
