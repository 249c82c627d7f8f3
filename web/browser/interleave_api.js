// The loader and the page's JavaScript API, window.interleave.
//
// It starts the threaded build only when the page is cross-origin isolated
// (SharedArrayBuffer available), the single-threaded build otherwise, and
// exposes:
//   interleave.ready     Promise, resolves with the API after the first frame
//   interleave.build     "threaded" or "single"
//   interleave.state()   a JSON-serialisable snapshot of the app
//   interleave.setLanguage("ru" | "en"), interleave.setSource(text)
// Course pages and the browser tests use only this object.
(function () {
  "use strict";
  const threaded = self.crossOriginIsolated === true && typeof SharedArrayBuffer === "function";
  const build = threaded ? "threaded" : "single";
  const here = document.currentScript ? document.currentScript.src : location.href;
  const base = new URL(build + "/", here).href;
  const canvas = document.getElementById("canvas");
  const status = document.getElementById("status");

  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  let module = null;  // the Emscripten module, once its runtime is up

  function showError(message) {
    if (status) {
      status.hidden = false;
      status.classList.add("error");
      status.textContent = message;
    }
    console.error("Interleave: " + message);
  }

  function requireModule() {
    if (!module) throw new Error("Interleave is still loading: wait for interleave.ready");
    return module;
  }

  function withCString(text, fn) {
    const m = requireModule();
    const bytes = m.lengthBytesUTF8(text) + 1;
    const ptr = m._malloc(bytes);
    try {
      m.stringToUTF8(text, ptr, bytes);
      return fn(ptr);
    } finally {
      m._free(ptr);
    }
  }

  const api = {
    build,
    ready,
    state() {
      const m = requireModule();
      const snapshot = JSON.parse(m.UTF8ToString(m._interleave_state_json()));
      snapshot.crossOriginIsolated = self.crossOriginIsolated === true;
      snapshot.sharedMemory = typeof SharedArrayBuffer === "function" &&
        m.HEAPU8.buffer instanceof SharedArrayBuffer;
      return snapshot;
    },
    setLanguage(code) {
      if (code !== "ru" && code !== "en") throw new Error('language must be "ru" or "en", not ' + JSON.stringify(code));
      withCString(code, (ptr) => requireModule()._interleave_set_language(ptr));
    },
    setSource(text) {
      if (typeof text !== "string") throw new Error("setSource takes the program text as a string");
      withCString(text, (ptr) => requireModule()._interleave_set_source(ptr));
    },
  };
  window.interleave = api;

  // SDL cancels mousedown's default action, which would focus the canvas;
  // keyboard input (SDL listens on the canvas) needs that focus.
  if (canvas) {
    canvas.addEventListener("pointerdown", () => canvas.focus(), { capture: true });
  }

  const config = {
    canvas,
    locateFile: (path) => base + path,
    mainScriptUrlOrBlob: base + "interleave.js",  // for the pthread workers
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onFirstFrame() {
      module = config;
      if (status) status.hidden = true;
      canvas.focus();
      const lang = new URLSearchParams(location.search).get("lang");
      if (lang === "ru" || lang === "en") api.setLanguage(lang);
      resolveReady(api);
    },
    onAbort(what) {
      showError("Interleave stopped: " + what);
      rejectReady(new Error(String(what)));
    },
  };

  const script = document.createElement("script");
  script.src = base + "interleave.js";
  script.onload = () => {
    self.createInterleave(config).catch((error) => {
      showError("Interleave could not start: " + error);
      rejectReady(error);
    });
  };
  script.onerror = () => {
    const error = new Error("cannot load " + script.src);
    showError("Interleave could not load " + script.src);
    rejectReady(error);
  };
  document.head.appendChild(script);
})();
