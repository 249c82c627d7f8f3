// Browser tests: Debian's chromium, driven by playwright-core, opens the page
// twice — from a cross-origin-isolated server (must start the threaded build)
// and from a plain server (must start the single-threaded build) — and checks
// what a learner would see. Any page error or console error fails the run.
// Screenshots go to tests/out/.
//
//   node tests/browser/run.mjs [--site build-web/site] [--out tests/out]
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { decodePng, distinctColors } from "./png.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const require = createRequire(path.join(root, "package.json"));
const { chromium } = require("playwright-core");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const site = path.resolve(option("--site", path.join(root, "build-web", "site")));
const outDir = path.resolve(option("--out", path.join(root, "tests", "out")));
fs.mkdirSync(outDir, { recursive: true });

let passed = 0, failed = 0;
function check(name, ok, detail = "") {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${!ok && detail ? "\n     " + detail : ""}`);
}

// Starts scripts/serve.py on a free port; resolves with its URL.
function serve(isolated) {
  const argv = [path.join(root, "scripts", "serve.py"), "--port", "0", "--root", site];
  if (!isolated) argv.push("--no-isolation");
  const child = spawn("python3", argv, { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let text = "";
    child.stdout.on("data", (chunk) => {
      text += chunk;
      const match = text.match(/http:\/\/[0-9.]+:\d+\//);
      if (match) resolve({ url: match[0], stop: () => child.kill() });
    });
    child.on("exit", (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function testBuild(browser, isolated) {
  const expected = isolated ? "threaded" : "single";
  const server = await serve(isolated);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  page.on("console", (m) => { if (m.type() === "error") problems.push("console error: " + m.text()); });
  page.on("requestfailed", (r) => problems.push("request failed: " + r.url()));
  try {
    await page.goto(server.url, { waitUntil: "load" });
    const build = await page.evaluate(async () => { await window.interleave.ready; return window.interleave.build; });
    check(`${expected}: page picks the ${expected} build`, build === expected, `got ${build}`);
    const state = await page.evaluate(() => window.interleave.state());
    check(`${expected}: first frame drawn`, state.frames >= 1, JSON.stringify(state));
    check(`${expected}: cross-origin isolation as served`, state.crossOriginIsolated === isolated);
    check(`${expected}: wasm memory ${isolated ? "is" : "is not"} shared`, state.sharedMemory === isolated);
    check(`${expected}: starts in Russian`, state.language === "ru" && state.title === "Параллелизм и конкурентность",
          JSON.stringify(state));
    check(`${expected}: font atlas holds Latin and Cyrillic`, state.glyphs > 400, `glyphs=${state.glyphs}`);
    check(`${expected}: the shaders in shaders/ compile and link on WebGL2`, state.shaders === "ok", state.shaders);
    check(`${expected}: all areas laid out`,
          ["editor", "output", "timeline", "threads", "event_loop", "locks"].every((a) => state.areas.includes(a)));

    // Idle costs nothing: with no input, no frames are drawn.
    await sleep(400);
    const samples = [];
    for (let i = 0; i < 6; i++) {
      samples.push((await page.evaluate(() => window.interleave.state())).frames);
      await sleep(250);
    }
    console.log(`     frames while idle, every 250 ms: ${samples.join(" ")}`);
    const before = samples[2], after = samples[5];
    check(`${expected}: an idle page draws no frames`, after === before, `${before} -> ${after} frames in 750 ms`);

    const shot = await page.screenshot({ path: path.join(outDir, `browser-${expected}-ru.png`) });
    const image = decodePng(shot);
    check(`${expected}: screenshot is at device resolution`, image.width === 2560, `width ${image.width}`);
    check(`${expected}: the canvas shows a rendered UI`, distinctColors(image) > 50,
          `${distinctColors(image)} colours`);

    // Cyrillic is typeable: click into the editor, go to the end, type.
    await page.mouse.click(300, 300);
    await page.keyboard.press("Control+End");
    // One key event per character, as a keyboard with a Russian layout sends
    // them (Playwright's keyboard knows only the US layout, so go through CDP).
    const cdp = await context.newCDPSession(page);
    await page.keyboard.press("Enter");
    for (const ch of "print('Привет, мир')") {
      await cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key: ch, text: ch, unmodifiedText: ch });
      await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: ch });
    }
    await sleep(200);
    const typed = (await page.evaluate(() => window.interleave.state())).source;
    check(`${expected}: Cyrillic typed into the editor arrives intact`, typed.endsWith("\nprint('Привет, мир')"),
          JSON.stringify(typed));

    // Running programs through the page's API, as a course page would.
    const hello = await page.evaluate(async () => {
      window.interleave.load('print("Параллелизм", 6*7)\n');
      return window.interleave.runToEnd();
    });
    check(`${expected}: runToEnd prints what CPython prints`,
          hello && hello.output === "Параллелизм 42\n" && hello.exitCode === 0, JSON.stringify(hello));
    const syntax = await page.evaluate(async () => {
      window.interleave.load("if True\n    print(1)\n");
      return window.interleave.runToEnd();
    });
    check(`${expected}: a syntax error is reported with exit code 2 and a caret`,
          syntax && syntax.exitCode === 2 && syntax.errors.includes("SyntaxError: expected ':'") &&
          syntax.errors.includes("^"), JSON.stringify(syntax));
    const crash = await page.evaluate(async () => {
      window.interleave.load("def f(x):\n    return 1 / x\n\nf(0)\n");
      return window.interleave.runToEnd();
    });
    check(`${expected}: an uncaught exception prints a traceback, exit code 1`,
          crash && crash.exitCode === 1 && crash.errors.startsWith("Traceback (most recent call last):") &&
          crash.errors.endsWith("ZeroDivisionError: division by zero\n"), JSON.stringify(crash));

    // An endless loop must not freeze the page: it runs in slices, and Pause stops it.
    await page.evaluate(() => {
      window.interleave.load("n = 0\nwhile True:\n    n += 1\n");
      window.interleave.run();
    });
    await sleep(600);
    const spinning = await page.evaluate(() => window.interleave.state());
    check(`${expected}: an endless loop keeps running without freezing the page`,
          spinning.run && spinning.run.state === "running" && spinning.run.steps > 1000, JSON.stringify(spinning.run));
    await page.evaluate(() => window.interleave.pause());
    const paused = await page.evaluate(() => window.interleave.state());
    check(`${expected}: Pause stops it on a line of the loop`,
          paused.run.state === "paused" && [2, 3].includes(paused.run.line), JSON.stringify(paused.run));
    await page.screenshot({ path: path.join(outDir, `browser-${expected}-paused.png`) });

    // Step runs to the next line.
    const lines = await page.evaluate(() => {
      window.interleave.load("a = 1\nb = 2\nprint(a + b)\n");
      const seen = [];
      for (let i = 0; i < 4; i++) {
        window.interleave.step();
        const run = window.interleave.state().run;
        seen.push(run.state === "finished" ? "end:" + run.output : run.line);
      }
      return seen;
    });
    check(`${expected}: Step walks the program line by line`,
          JSON.stringify(lines) === JSON.stringify([2, 3, "end:3\n", "end:3\n"]), JSON.stringify(lines));
    await page.evaluate(() => window.interleave.reset());

    await testThreads(page, expected);
    await testAsyncio(page, expected);

    await page.evaluate(() => window.interleave.setLanguage("en"));
    await sleep(200);
    const english = await page.evaluate(() => window.interleave.state());
    check(`${expected}: switches to English`, english.language === "en" && english.title === "Parallelism and concurrency");
    await page.screenshot({ path: path.join(outDir, `browser-${expected}-en.png`) });
    const badLanguage = await page.evaluate(() => {
      try { window.interleave.setLanguage("de"); return "accepted"; } catch (e) { return e.message; }
    });
    check(`${expected}: a bad language code is refused with a clear error`, badLanguage.includes('"ru" or "en"'), badLanguage);
  } catch (error) {
    check(`${expected}: page runs`, false, String(error && error.stack || error));
  } finally {
    check(`${expected}: no page or console errors`, problems.length === 0, problems.join("\n     "));
    await context.close();
    server.stop();
  }
}

// Programs with threads: the snapshot shows each thread's state, the locks
// and the trace; the timeline draws them (screenshots), zooms with the wheel,
// stays fast with a large trace, and the machine settings reach the next run.
// A failing host and one that answers, timed (checked natively with
// --net example.com=fail=dns --net-latency 50ms..50ms).
const NET_PROGRAM = `import requests, time
t = time.time()
try:
    requests.get("http://example.com/")
except Exception as e:
    print(type(e).__name__)
r = requests.get("http://other.org/")
print(r.status_code, round(time.time() - t, 2))
`;

const COUNTER_PROGRAM = `import threading

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(20000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
`;

const DEADLOCK_PROGRAM = `import threading
import time

a = threading.Lock()
b = threading.Lock()

def first():
    with a:
        time.sleep(0.01)
        with b:
            print("first got both")

def second():
    with b:
        time.sleep(0.01)
        with a:
            print("second got both")

t1 = threading.Thread(target=first, name="first")
t2 = threading.Thread(target=second, name="second")
t1.start()
t2.start()
t1.join()
t2.join()
`;

const BIG_TRACE_PROGRAM = `import threading
import time

lock = threading.Lock()
n = 0

def work():
    global n
    for _ in range(30000):
        with lock:
            n += 1
        time.sleep(0)

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(n)
`;

async function testThreads(page, expected) {
  const counter = await page.evaluate(async (program) => {
    window.interleave.load(program);
    const result = await window.interleave.runToEnd();
    return { result, state: window.interleave.state() };
  }, COUNTER_PROGRAM);
  const run = counter.state.run;
  check(`${expected}: two threads with a Lock count to 40000`,
        counter.result.output === "40000\n" && counter.result.exitCode === 0, JSON.stringify(counter.result));
  check(`${expected}: the snapshot lists the main thread and both workers, all done`,
        run.threads.length === 3 && run.threads[0].name === "MainThread" &&
        run.threads.every((t) => t.state === "done"), JSON.stringify(run.threads));
  check(`${expected}: the lock is in the snapshot, free, acquired 40000 times`,
        run.locks.length === 1 && run.locks[0].name === "lock" && run.locks[0].holder === null &&
        run.locks[0].acquisitions === 40000, JSON.stringify(run.locks));
  check(`${expected}: the trace has records and the timeline rows for cores, GIL, threads and the lock`,
        run.trace.records > 20 && run.timeline.rows === run.machine.cores + 1 + 3 + 1,
        JSON.stringify({ trace: run.trace, timeline: run.timeline, machine: run.machine }));
  await sleep(100);
  await page.screenshot({ path: path.join(outDir, `browser-${expected}-counter.png`) });

  // Zoom with the wheel over the timeline's lanes: the view narrows around the cursor.
  const before = (await page.evaluate(() => window.interleave.state())).run.timeline;
  await page.mouse.move(950, 200);
  for (let i = 0; i < 5; i++) { await page.mouse.wheel(0, -120); await sleep(30); }
  await sleep(150);
  const zoomed = (await page.evaluate(() => window.interleave.state())).run.timeline;
  check(`${expected}: the wheel zooms the timeline in`,
        !zoomed.fit && zoomed.end - zoomed.start < (before.end - before.start) * 0.6,
        JSON.stringify({ before, zoomed }));
  await page.screenshot({ path: path.join(outDir, `browser-${expected}-counter-zoomed.png`) });

  // The classic deadlock: each thread holds one lock and waits for the other.
  const deadlock = await page.evaluate(async (program) => {
    window.interleave.load(program);
    const result = await window.interleave.runToEnd();
    return { result, state: window.interleave.state() };
  }, DEADLOCK_PROGRAM);
  const dl = deadlock.state.run;
  const byName = Object.fromEntries(dl.threads.map((t) => [t.name, t]));
  check(`${expected}: a deadlock is reported, not hung`,
        deadlock.result.exitCode === 3 && deadlock.result.stopMessage.includes("deadlock"), JSON.stringify(deadlock.result));
  check(`${expected}: both threads are blocked on a lock, each at its inner 'with'`,
        byName.first && byName.first.state === "blocked" && byName.first.reason.includes("b") &&
        byName.second && byName.second.state === "blocked" && byName.second.reason.includes("a") &&
        byName.first.line === 10 && byName.second.line === 16, JSON.stringify(dl.threads));
  const locks = Object.fromEntries(dl.locks.map((l) => [l.name, l]));
  check(`${expected}: the locks panel data: a held by first (second waits), b held by second (first waits)`,
        locks.a && locks.a.holder === "first" && JSON.stringify(locks.a.waiters) === '["second"]' &&
        locks.b && locks.b.holder === "second" && JSON.stringify(locks.b.waiters) === '["first"]',
        JSON.stringify(dl.locks));
  // Clicking the thread "second" on the timeline selects it (the code view
  // then highlights its line, 16). The snapshot says where its row is.
  const secondRow = dl.timeline.rowList.find((r) => r.kind === "thread" && r.name === "second");
  await page.mouse.move(dl.timeline.laneX + 60, secondRow.top + secondRow.height / 2);
  await page.mouse.down();
  await sleep(80);
  await page.mouse.up();
  let selected = null;
  for (let i = 0; i < 40 && selected !== 2; i++) {
    await sleep(50);
    selected = (await page.evaluate(() => window.interleave.state())).run.selectedThread;
  }
  check(`${expected}: clicking a thread's row on the timeline selects that thread`, selected === 2, `selected ${selected}`);
  await sleep(100);
  await page.screenshot({ path: path.join(outDir, `browser-${expected}-deadlock.png`) });

  // The toolbar's machine button opens the settings window; a second click closes it.
  // Press and release in separate frames, then wait for the app to see it.
  const clickMachineButton = async (want) => {
    await page.mouse.move(290, 39);
    await page.mouse.down();
    await sleep(80);
    await page.mouse.up();
    for (let i = 0; i < 40; i++) {
      await sleep(50);
      if ((await page.evaluate(() => window.interleave.state())).settingsOpen === want) return want;
    }
    return !want;
  };
  const opened = await clickMachineButton(true);
  await page.screenshot({ path: path.join(outDir, `browser-${expected}-settings.png`) });
  const closed = await clickMachineButton(false);
  check(`${expected}: the toolbar's machine button opens and closes the settings`, opened === true && closed === false,
        JSON.stringify({ opened, closed }));

  // The machine settings reach the next run; bad values are refused.
  const settings = await page.evaluate(async (program) => {
    window.interleave.setMachine({ cores: 1, switchInterval: 0.001 });
    window.interleave.load(program);
    await window.interleave.runToEnd();
    const state = window.interleave.state();
    let refused = "accepted";
    try { window.interleave.setMachine({ cores: 65 }); } catch (e) { refused = e.message; }
    const after = window.interleave.state().machine;
    window.interleave.setMachine({ cores: 4, switchInterval: 0.005 });
    return { machine: state.machine, runMachine: state.run.machine, refused, after };
  }, COUNTER_PROGRAM);
  check(`${expected}: setMachine sets the cores and switch interval of the next run`,
        settings.machine.cores === 1 && settings.runMachine.cores === 1 &&
        Math.abs(settings.runMachine.switchInterval - 0.001) < 1e-12, JSON.stringify(settings));
  check(`${expected}: setMachine refuses 65 cores and keeps the settings`,
        settings.refused.includes("cores") && settings.after.cores === 1, JSON.stringify(settings));

  // The simulated network's settings reach the next run too; a bad rule is
  // refused with its position and changes nothing.
  const net = await page.evaluate(async (program) => {
    window.interleave.setMachine({ net: ["example.com=fail=dns"], netLatency: [0.05, 0.05] });
    window.interleave.load(program);
    const result = await window.interleave.runToEnd();
    const machine = window.interleave.state().machine;
    let refused = "accepted";
    try { window.interleave.setMachine({ net: ["ok.org=10ms", "example.com=bogus"] }); } catch (e) { refused = e.message; }
    const after = window.interleave.state().machine;
    window.interleave.setMachine({ net: [], netLatency: [0.02, 0.2] });
    return { output: result.output, machine, refused, after };
  }, NET_PROGRAM);
  check(`${expected}: setMachine sets the network: a failing host and a fixed latency`,
        net.output === "ConnectionError\n200 0.1\n" && JSON.stringify(net.machine.net) === '["example.com=fail=dns"]' &&
        net.machine.netLatency[0] === 0.05 && net.machine.netLatency[1] === 0.05, JSON.stringify(net));
  check(`${expected}: setMachine refuses a bad network rule, names it and keeps the settings`,
        net.refused.includes("net[1]") && net.refused.includes("bogus") &&
        JSON.stringify(net.after.net) === '["example.com=fail=dns"]', JSON.stringify(net));

  // A large trace: about a million records must still draw quickly.
  const big = await page.evaluate(async (program) => {
    window.interleave.load(program);
    const t = performance.now();
    const result = await window.interleave.runToEnd();
    return { result, wall: performance.now() - t, state: window.interleave.state() };
  }, BIG_TRACE_PROGRAM);
  check(`${expected}: four threads, a shared Lock: 120000`, big.result.output === "120000\n", JSON.stringify(big.result));
  const uiMs = [];
  for (let i = 0; i < 8; i++) {
    await page.mouse.move(800 + i * 40, 180 + (i % 3) * 25);
    await sleep(60);
    uiMs.push((await page.evaluate(() => window.interleave.state())).uiMs);
  }
  for (let i = 0; i < 3; i++) { await page.mouse.wheel(0, -120); await sleep(60); }
  uiMs.push((await page.evaluate(() => window.interleave.state())).uiMs);
  const worst = Math.max(...uiMs);
  console.log(`     ${big.state.run.trace.records} trace records (run took ${Math.round(big.wall)} ms); ` +
              `UI build per frame: ${uiMs.map((v) => v.toFixed(1)).join(" ")} ms`);
  check(`${expected}: a trace of ${big.state.run.trace.records} records draws in under 25 ms a frame`,
        big.state.run.trace.records > 900000 && worst < 25, `worst ${worst} ms`);
  await page.screenshot({ path: path.join(outDir, `browser-${expected}-big-trace.png`) });

  // Still idle afterwards: a finished run costs no frames.
  await sleep(500);
  const f1 = (await page.evaluate(() => window.interleave.state())).frames;
  await sleep(600);
  const f2 = (await page.evaluate(() => window.interleave.state())).frames;
  check(`${expected}: idle again after the runs`, f1 === f2, `${f1} -> ${f2}`);
  await page.evaluate(() => window.interleave.reset());
}

// asyncio: the course's blocking example on the timeline (a row for the loop,
// one per task), the Event loop panel's data at a moment picked by clicking
// the ruler, flow arrows for a hovered and a clicked task, and 200 tasks that
// still draw quickly.
const expectedOutput = (id) =>
  fs.readFileSync(path.join(root, "tests", "scenarios", "expected", `${id}.out`), "utf8")
    .replace(/# exit code: \d+\n$/, "");

async function testAsyncio(page, expected) {
  const state = () => page.evaluate(() => window.interleave.state());
  const waitFor = async (test) => {
    let s = null;
    for (let i = 0; i < 40; i++) {
      await sleep(50);
      s = await state();
      if (test(s)) return s;
    }
    return s;
  };
  const got = await page.evaluate(async () => {
    window.interleave.loadScenario("asyncio/blocking_gather");
    const result = await window.interleave.runToEnd();
    return { result, state: window.interleave.state() };
  });
  const run = got.state.run;
  check(`${expected}: asyncio/blocking_gather prints what CPython printed`,
        got.result.output === expectedOutput("asyncio/blocking_gather") && got.result.exitCode === 0,
        JSON.stringify(got.result));
  check(`${expected}: one event loop in MainThread with 13 tasks, all done at the end`,
        run.asyncio.loops.length === 1 && run.asyncio.loops[0].thread === "MainThread" &&
        run.asyncio.tasks.length === 13 && run.asyncio.tasks.every((t) => t.state === "done") && run.asyncio.live,
        JSON.stringify(run.asyncio).slice(0, 500));
  const kinds = run.timeline.rowList.map((r) => r.kind);
  check(`${expected}: the timeline shows the loop's row under MainThread, then its task rows (cores folded)`,
        kinds.join(",") === ["gil", "thread", "loop"].concat(Array(13).fill("task")).join(","), kinds.join(","));
  await sleep(100);
  await page.screenshot({ path: path.join(outDir, `browser-${expected}-asyncio-ru.png`) });

  // Scrub: a click on the ruler three seconds in, while Task-6 blocks the loop in time.sleep(6).
  const tl = run.timeline;
  const x = tl.laneX + (3.0 - tl.start) / (tl.end - tl.start) * tl.laneWidth;
  await page.mouse.move(x, tl.rulerY + 10);
  await page.mouse.down();
  await sleep(80);
  await page.mouse.up();
  const scrubbed = await waitFor((s) => s.run.asyncio.live === false);
  const aio = scrubbed.run.asyncio;
  const byName = Object.fromEntries(aio.tasks.map((t) => [t.name, t]));
  check(`${expected}: a click on the ruler scrubs the panels to that moment (about 3 s)`,
        !aio.live && Math.abs(aio.moment - 3.0) < 0.1, JSON.stringify({ moment: aio.moment, live: aio.live }));
  const sleepLine = scrubbed.source.split("\n").findIndex((l) => l.trim().startsWith("await asyncio.sleep(delay)")) + 1;
  check(`${expected}: at 3 s the loop runs Task-6; Task-2..5 sleep at line ${sleepLine}; Task-7..11 wait in the ready queue`,
        aio.loops[0].running === "Task-6" && byName["Task-6"].state === "running" &&
        [2, 3, 4, 5].every((n) => byName[`Task-${n}`].state === "waiting" && byName[`Task-${n}`].line === sleepLine &&
                                  byName[`Task-${n}`].reason.startsWith("await asyncio.sleep(delay)")) &&
        [7, 8, 9, 10, 11].every((n) => byName[`Task-${n}`].state === "ready"), JSON.stringify(aio.tasks).slice(0, 800));
  await sleep(100);
  await page.screenshot({ path: path.join(outDir, `browser-${expected}-asyncio-scrubbed.png`) });

  // Hovering a task's row draws its flows: the timer wakes it (MainThread -> Task-3).
  const rows = scrubbed.run.timeline.rowList;
  const task3 = rows.find((r) => r.name === "Task-3");
  await page.mouse.move(tl.laneX + tl.laneWidth * 0.5, task3.top + task3.height / 2);
  const hovering = await waitFor((s) => s.run.timeline.arrows > 0);
  check(`${expected}: hovering Task-3's row draws the arrow of the timer that woke it`,
        hovering.run.timeline.arrows >= 1, JSON.stringify(hovering.run.timeline.arrows));
  await page.screenshot({ path: path.join(outDir, `browser-${expected}-asyncio-hover.png`) });
  // A click on its row selects it (its line then lights up in the program).
  await page.mouse.down();
  await sleep(80);
  await page.mouse.up();
  const clicked = await waitFor((s) => s.run.asyncio.selectedTask === "Task-3");
  check(`${expected}: clicking a task's row selects it`, clicked.run.asyncio.selectedTask === "Task-3",
        JSON.stringify(clicked.run.asyncio.selectedTask));
  // The API does the same, and back to now.
  const api = await page.evaluate(() => {
    window.interleave.setMoment(null);
    window.interleave.selectTask("Task-6");
    let refused = "accepted";
    try { window.interleave.selectTask("Task-99"); } catch (e) { refused = e.message; }
    return { refused, state: window.interleave.state() };
  });
  check(`${expected}: setMoment(null) goes back to now; selectTask selects, refuses an unknown name`,
        api.state.run.asyncio.live && api.state.run.asyncio.selectedTask === "Task-6" && api.refused.includes("Task-99"),
        JSON.stringify({ live: api.state.run.asyncio.live, selected: api.state.run.asyncio.selectedTask, refused: api.refused }));

  // English: the panel's words change, the reasons (code) do not.
  await page.evaluate(() => { window.interleave.setLanguage("en"); window.interleave.setMoment(2.0); });
  await sleep(150);
  await page.mouse.move(5, 5);
  await sleep(100);
  await page.screenshot({ path: path.join(outDir, `browser-${expected}-asyncio-en.png`) });
  await page.evaluate(() => window.interleave.setLanguage("ru"));

  // 200 tasks: the rows fold past 24 tasks, and frames stay quick.
  const many = await page.evaluate(async () => {
    window.interleave.loadScenario("asyncio/many_tasks");
    const result = await window.interleave.runToEnd();
    return { result, state: window.interleave.state() };
  });
  check(`${expected}: asyncio/many_tasks prints what CPython printed`,
        many.result.output === expectedOutput("asyncio/many_tasks"), JSON.stringify(many.result));
  const manyKinds = many.state.run.timeline.rowList.map((r) => r.kind);
  check(`${expected}: 203 tasks fold to 24 task rows and a "more" row`,
        manyKinds.filter((k) => k === "task").length === 24 && manyKinds.includes("more") &&
        many.state.run.asyncio.loops[0].tasks === 203, manyKinds.join(","));
  const uiMs = [];
  const mtl = many.state.run.timeline;
  for (let i = 0; i < 8; i++) {
    const row = mtl.rowList[3 + i];
    await page.mouse.move(mtl.laneX + 40 + i * 60, row.top + row.height / 2);
    await sleep(60);
    uiMs.push((await state()).uiMs);
  }
  const worst = Math.max(...uiMs);
  console.log(`     200 tasks, UI build per frame while hovering task rows: ${uiMs.map((v) => v.toFixed(1)).join(" ")} ms`);
  check(`${expected}: 200 tasks draw in under 25 ms a frame`, worst < 25, `worst ${worst} ms`);
  await page.screenshot({ path: path.join(outDir, `browser-${expected}-asyncio-many.png`) });
  await page.evaluate(() => window.interleave.reset());
}

// A course page links to a scenario: ?scenario=ID loads it, and a bad ID
// says so without breaking the page.
async function testScenarioLinks(browser) {
  const server = await serve(false);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  page.on("console", (m) => { if (m.type() === "error") problems.push("console error: " + m.text()); });
  try {
    const id = "generators/print_name";
    await page.goto(`${server.url}?scenario=${id}&lang=en`, { waitUntil: "load" });
    await page.evaluate(() => window.interleave.ready);
    const state = await page.evaluate(() => window.interleave.state());
    check("link: ?scenario= loads that scenario", state.scenario === id && state.source.includes("def print_name("),
          JSON.stringify({ scenario: state.scenario, notice: state.notice }));
    check("link: every built-in scenario parsed", state.scenarioErrors.length === 0 && state.scenarios.length >= 3,
          JSON.stringify(state.scenarioErrors));
    await page.screenshot({ path: path.join(outDir, "browser-scenario-en.png") });
    const result = await page.evaluate(() => window.interleave.runToEnd());
    const expected = fs.readFileSync(path.join(root, "tests", "scenarios", "expected", `${id}.out`), "utf8")
      .replace(/# exit code: \d+\n$/, "");
    check("link: the scenario prints what CPython printed", result.output === expected && result.exitCode === 0,
          JSON.stringify(result));
    await page.screenshot({ path: path.join(outDir, "browser-scenario-run-en.png") });

    // The course's thread scenarios print what CPython printed; the timeline shows them.
    for (const threaded of ["threads/square_cube", "threads/delay"]) {
      const got = await page.evaluate(async (sid) => {
        window.interleave.loadScenario(sid);
        const result = await window.interleave.runToEnd();
        return { result, state: window.interleave.state() };
      }, threaded);
      const want = fs.readFileSync(path.join(root, "tests", "scenarios", "expected", `${threaded}.out`), "utf8")
        .replace(/# exit code: \d+\n$/, "");
      check(`link: ${threaded} prints what CPython printed`, got.result.output === want, JSON.stringify(got.result));
      check(`link: ${threaded} ran three threads to the end`,
            got.state.run.threads.length === 3 && got.state.run.threads.every((t) => t.state === "done"),
            JSON.stringify(got.state.run.threads));
      await sleep(100);
      await page.screenshot({ path: path.join(outDir, `browser-${threaded.replace("/", "-")}-en.png`) });
    }

    await page.goto(`${server.url}?scenario=no/such_thing`, { waitUntil: "load" });
    await page.evaluate(() => window.interleave.ready);
    const bad = await page.evaluate(() => window.interleave.state());
    check("link: an unknown scenario is named in the app, the page still works",
          bad.scenario === null && bad.notice.includes("no/such_thing") && bad.frames >= 1, JSON.stringify(bad.notice));
    const thrown = await page.evaluate(() => {
      try { window.interleave.loadScenario("no/such_thing"); return "accepted"; } catch (e) { return e.message; }
    });
    check("link: loadScenario of an unknown id throws and lists the known ones",
          thrown.includes("no/such_thing") && thrown.includes("generators/grep"), thrown);
  } catch (error) {
    check("link: scenario pages run", false, String(error && error.stack || error));
  } finally {
    check("link: no page or console errors", problems.length === 0, problems.join("\n     "));
    await context.close();
    server.stop();
  }
}

if (!fs.existsSync(path.join(site, "index.html"))) {
  console.error(`browser tests: ${site}/index.html is missing; build the page first (make web)`);
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--use-angle=swiftshader",
         "--enable-unsafe-swiftshader"],
});
try {
  await testBuild(browser, true);
  await testBuild(browser, false);
  await testScenarioLinks(browser);
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
