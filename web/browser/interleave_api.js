// The loader and the page's JavaScript API, window.interleave.
//
// It starts the threaded build only when the page is cross-origin isolated
// (SharedArrayBuffer available), the single-threaded build otherwise, and
// exposes:
//   interleave.ready     Promise, resolves with the API after the first frame
//   interleave.build     "threaded" or "single"
//   interleave.state()   a JSON-serialisable snapshot of the app
//   interleave.setLanguage("ru" | "en"), interleave.setSource(text)
//   interleave.load(source)   puts a program in the editor (ends any run)
//   interleave.loadScenario(id)   a built-in scenario ("generators/grep");
//                             ?scenario=ID in the page's address does the same
//   interleave.run(), pause(), step(), reset()   the toolbar's controls
//   interleave.setMachine({cores, gil, switchInterval, switchPoints, seed, netLatency: [min, max], net: [rules]})
//                             the machine the next run gets (any subset of
//                             the fields; switchInterval in seconds,
//                             switchPoints "cpython" or "any"); throws if a
//                             value is refused. state().machine has the
//                             current settings, state().run.machine the run's.
//   interleave.runToEnd()     Promise of {output, errors, exitCode, simTime,
//                             steps, stopMessage} once the program in the
//                             editor ends (stopMessage: a limit or a deadlock)
//   interleave.setMoment(seconds | null)   the moment the panels show (as a
//                             click on the timeline's ruler does); null: now.
//                             state().run.asyncio has the loops and tasks then
//   interleave.selectTask(name | null)   selects an asyncio task ("Task-2"):
//                             its row, its flow arrows, its line; throws if the
//                             run has no such task
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

  const waitingForEnd = [];  // runToEnd() promises, resolved when the run finishes

  function runResult() {
    const run = api.state().run;
    return run && run.state === "finished"
      ? { output: run.output, errors: run.errors, exitCode: run.exitCode, simTime: run.simTime, steps: run.steps,
          stopMessage: run.stopMessage }
      : null;
  }

  const api = {
    build,
    ready,
    load(source) {
      if (typeof source !== "string") throw new Error("load takes the program text as a string");
      requireModule()._interleave_reset();
      api.setSource(source);
    },
    loadScenario(id) {
      const known = api.state().scenarios;
      if (typeof id !== "string" || !withCString(id, (ptr) => requireModule()._interleave_load_scenario(ptr))) {
        throw new Error("no scenario " + JSON.stringify(id) + "; the built-in ones are: " + known.join(", "));
      }
    },
    run() { requireModule()._interleave_run(); },
    pause() { requireModule()._interleave_pause(); },
    step() { requireModule()._interleave_step(); },
    reset() { requireModule()._interleave_reset(); },
    runToEnd() {
      const m = requireModule();
      const done = runResult();
      if (done) return Promise.resolve(done);
      const promise = new Promise((resolve) => waitingForEnd.push(resolve));
      m._interleave_run();  // frames run it a slice at a time; the page stays responsive
      return promise;
    },
    setMoment(seconds) {
      if (seconds !== null && (typeof seconds !== "number" || !(seconds >= 0))) {
        throw new Error("setMoment takes a number of seconds (>= 0) or null");
      }
      requireModule()._interleave_set_moment(seconds === null ? -1 : seconds);
    },
    selectTask(name) {
      if (name !== null && typeof name !== "string") throw new Error("selectTask takes a task's name or null");
      if (!withCString(name === null ? "" : name, (ptr) => requireModule()._interleave_select_task(ptr))) {
        throw new Error("no task " + JSON.stringify(name) + " in this run");
      }
    },
    setMachine(settings) {
      if (typeof settings !== "object" || settings === null) throw new Error("setMachine takes an object");
      const known = ["cores", "gil", "switchInterval", "switchPoints", "seed", "netLatency", "net"];
      for (const key of Object.keys(settings)) {
        if (!known.includes(key)) throw new Error("setMachine: unknown setting " + JSON.stringify(key) + "; known: " + known.join(", "));
      }
      const c = Object.assign({}, api.state().machine, settings);
      if (!Number.isInteger(c.cores)) throw new Error("setMachine: cores must be a whole number (1..64)");
      if (typeof c.gil !== "boolean") throw new Error("setMachine: gil must be true or false");
      if (typeof c.switchInterval !== "number") throw new Error("setMachine: switchInterval must be a number of seconds");
      if (c.switchPoints !== "cpython" && c.switchPoints !== "any") throw new Error('setMachine: switchPoints must be "cpython" or "any"');
      if (!Number.isInteger(c.seed)) throw new Error("setMachine: seed must be a whole number");
      if (!Array.isArray(c.netLatency) || c.netLatency.length !== 2 || !c.netLatency.every((x) => typeof x === "number")) {
        throw new Error("setMachine: netLatency must be [min, max] in seconds, e.g. [0.02, 0.2]");
      }
      if (!Array.isArray(c.net) || !c.net.every((r) => typeof r === "string" && !r.includes("\n"))) {
        throw new Error('setMachine: net must be a list of rules, e.g. ["example.com=300ms", "bad.host=fail=dns"]');
      }
      const m = requireModule();
      const error = withCString(c.net.join("\n"), (rules) => m.UTF8ToString(m._interleave_set_machine(
        c.cores, c.gil ? 1 : 0, c.switchInterval, c.switchPoints === "any" ? 1 : 0, c.seed,
        c.netLatency[0], c.netLatency[1], rules)));
      if (error) throw new Error("setMachine: " + error);
    },
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
      const params = new URLSearchParams(location.search);
      const lang = params.get("lang");
      if (lang === "ru" || lang === "en") api.setLanguage(lang);
      const scenario = params.get("scenario");
      if (scenario !== null) {
        // A bad link must not break the page: the app shows the problem in
        // its output area and the console says which scenarios exist.
        try { api.loadScenario(scenario); } catch (error) { console.warn("Interleave: " + error.message); }
      }
      resolveReady(api);
    },
    onRunFinished() {
      const result = runResult();
      for (const resolve of waitingForEnd.splice(0)) resolve(result);
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
