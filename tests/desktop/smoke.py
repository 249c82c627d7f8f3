#!/usr/bin/env python3
"""Desktop smoke test: the real app in a real X window under Xvfb.

Starts Xvfb, runs interleave-desktop for a number of frames in Russian and in
English, lets the app save its last frame, takes an independent screenshot of
the whole X screen with ImageMagick's `import`, and checks that both show a
rendered UI and that the app exits cleanly. The asyncio scenarios are opened
at a scrubbed moment with a task selected, and the app's snapshot (--state)
says what the Event loop panel shows then; the greenlet scenario must show a
row per greenlet and an arrow per switch; a scenario's front matter must set
the machine (and its network, in the settings window). Screenshots go to
tests/out/.

  smoke.py --app build/web/interleave-desktop [--out tests/out]
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

passed = failed = 0

# Four threads taking one Lock 120,000 times and yielding (sleep(0)) after
# each: about 1.7 million trace records. (Without the sleep a thread keeps
# the lock in a tight loop, and the trace folds that into a few spans.)
BIG_TRACE_PROGRAM = """import threading
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
"""


# A thousand asyncio tasks, each sleeping twenty times: about 110,000 trace
# records, a task row per task, twenty thousand wakes.
MANY_TASKS_PROGRAM = """import asyncio

done = 0

async def worker(n):
    global done
    for k in range(20):
        await asyncio.sleep(0.01 * (n % 13 + 1))
    done += 1

async def main():
    await asyncio.gather(*[worker(n) for n in range(1000)])
    print(done)

asyncio.run(main())
"""


def check(name, ok, detail=""):
    global passed, failed
    passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + ("" if ok or not detail else f"\n     {detail}"))


def start_xvfb():
    """Starts Xvfb on a free display; returns (process, display)."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        number = f.readline().strip()
    if not number:
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, f":{number}"


def colours(png: pathlib.Path) -> int:
    out = subprocess.run(["identify", "-format", "%k", str(png)], capture_output=True, text=True)
    return int(out.stdout.strip() or 0)


def size(png: pathlib.Path) -> str:
    return subprocess.run(["identify", "-format", "%wx%h", str(png)], capture_output=True,
                          text=True).stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--out", default=str(pathlib.Path(__file__).resolve().parents[1] / "out"))
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display, LIBGL_ALWAYS_SOFTWARE="1")
    try:
        for lang in ("ru", "en"):
            with tempfile.TemporaryDirectory() as tmp:
                ppm = pathlib.Path(tmp) / "frame.ppm"
                start = time.monotonic()
                run = subprocess.run([args.app, "--lang", lang, "--frames", "30", "--screenshot", str(ppm)],
                                     env=env, capture_output=True, text=True, timeout=120)
                elapsed = time.monotonic() - start
                check(f"{lang}: the app draws 30 frames and exits 0", run.returncode == 0,
                      f"exit {run.returncode}: {run.stderr.strip()}")
                check(f"{lang}: nothing on stderr", run.stderr.strip() == "", run.stderr.strip())
                print(f"     30 frames in {elapsed:.2f} s ({30 / elapsed:.0f} frames/s with start-up)")
                png = out / f"desktop-{lang}.png"
                if ppm.exists():
                    subprocess.run(["convert", str(ppm), str(png)], check=True)
                check(f"{lang}: the app's own frame capture is 1280x800", png.exists() and size(png) == "1280x800",
                      size(png) if png.exists() else "no capture")
                check(f"{lang}: the frame shows a rendered UI", png.exists() and colours(png) > 50,
                      f"{colours(png) if png.exists() else 0} colours")

        # Run a program from the command line: the output panel shows it.
        with tempfile.TemporaryDirectory() as tmp:
            program = pathlib.Path(tmp) / "hello.py"
            program.write_text('for i in range(3):\n    print("Параллелизм", 6 * 7 + i)\n', encoding="utf-8")
            ppm = pathlib.Path(tmp) / "frame.ppm"
            run = subprocess.run([args.app, str(program), "--run", "--frames", "20", "--screenshot", str(ppm)],
                                 env=env, capture_output=True, text=True, timeout=120)
            check("a program given with --run runs and the app exits 0", run.returncode == 0,
                  f"exit {run.returncode}: {run.stderr.strip()}")
            png = out / "desktop-run.png"
            if ppm.exists():
                subprocess.run(["convert", str(ppm), str(png)], check=True)
            check("the run's frame was captured", png.exists())

        # The course's thread scenario: the timeline, threads and code view
        # show three threads; the app says how long its frames took.
        for lang, scenario in (("en", "threads/delay"), ("ru", "threads/square_cube")):
            with tempfile.TemporaryDirectory() as tmp:
                ppm = pathlib.Path(tmp) / "frame.ppm"
                run = subprocess.run([args.app, "--scenario", scenario, "--run", "--lang", lang, "--frames", "40",
                                      "--screenshot", str(ppm), "--frame-times"],
                                     env=env, capture_output=True, text=True, timeout=120)
                check(f"{scenario} ({lang}): runs in the app, exit 0, nothing on stderr",
                      run.returncode == 0 and run.stderr.strip() == "", f"exit {run.returncode}: {run.stderr.strip()}")
                print(f"     {run.stdout.strip()}")
                png = out / f"desktop-{scenario.replace('/', '-')}-{lang}.png"
                if ppm.exists():
                    subprocess.run(["convert", str(ppm), str(png)], check=True)
                check(f"{scenario} ({lang}): the frame shows the timeline", png.exists() and colours(png) > 80,
                      f"{colours(png) if png.exists() else 0} colours")

        # asyncio: the scenario at a scrubbed moment, a task selected; the
        # snapshot holds what the Event loop panel shows then.
        for lang, scenario, moment, task in (("ru", "asyncio/blocking_gather", 3.0, "Task-5"),
                                             ("en", "asyncio/future_42", 0.5, "Task-1")):
            with tempfile.TemporaryDirectory() as tmp:
                ppm = pathlib.Path(tmp) / "frame.ppm"
                state_file = pathlib.Path(tmp) / "state.json"
                run = subprocess.run([args.app, "--scenario", scenario, "--run-to-end", "--lang", lang, "--frames", "20",
                                      "--screenshot", str(ppm), "--frame-times", "--moment", str(moment),
                                      "--select-task", task, "--state", str(state_file)],
                                     env=env, capture_output=True, text=True, timeout=120)
                check(f"{scenario} ({lang}): runs in the app, exit 0, nothing on stderr",
                      run.returncode == 0 and run.stderr.strip() == "", f"exit {run.returncode}: {run.stderr.strip()}")
                print(f"     {run.stdout.strip()}")
                png = out / f"desktop-{scenario.replace('/', '-')}-{lang}.png"
                if ppm.exists():
                    subprocess.run(["convert", str(ppm), str(png)], check=True)
                check(f"{scenario} ({lang}): the frame shows the timeline", png.exists() and colours(png) > 80,
                      f"{colours(png) if png.exists() else 0} colours")
                state = json.loads(state_file.read_text(encoding="utf-8")) if state_file.exists() else {}
                aio = (state.get("run") or {}).get("asyncio") or {}
                tasks = {t["name"]: t for t in aio.get("tasks", [])}
                lines = state.get("source", "").split("\n")

                def line_of(code):
                    return next((i + 1 for i, text in enumerate(lines) if text.strip().startswith(code)), -1)

                check(f"{scenario} ({lang}): the panels show the scrubbed moment, {task} selected",
                      aio.get("live") is False and abs(aio.get("moment", 0) - moment) < 1e-6 and
                      aio.get("selectedTask") == task, json.dumps(aio, ensure_ascii=False)[:400])
                if scenario == "asyncio/blocking_gather":
                    # Three seconds in, Task-6 is inside time.sleep(6): the loop runs it, the
                    # tasks before it sleep in await, the ones after wait in the ready queue.
                    sleep_line = line_of("await asyncio.sleep(delay)")
                    check("blocking_gather at 3 s: the loop is stuck running Task-6",
                          aio.get("loops") and aio["loops"][0]["running"] == "Task-6" and
                          aio["loops"][0]["thread"] == "MainThread", json.dumps(aio.get("loops"), ensure_ascii=False))
                    check("blocking_gather at 3 s: Task-2..Task-5 wait in asyncio.sleep at its line, "
                          "Task-7..Task-11 are ready, Task-1 awaits the gather",
                          all(tasks.get(f"Task-{n}", {}).get("state") == "waiting" and
                              tasks[f"Task-{n}"]["reason"].startswith("await asyncio.sleep(delay)") and
                              tasks[f"Task-{n}"]["line"] == sleep_line for n in range(2, 6)) and
                          all(tasks.get(f"Task-{n}", {}).get("state") == "ready" for n in range(7, 12)) and
                          tasks.get("Task-6", {}).get("state") == "running" and
                          tasks.get("Task-1", {}).get("reason", "").startswith("await asyncio.gather("),
                          json.dumps(tasks, ensure_ascii=False)[:600])
                    timeline = state["run"]["timeline"]
                    check("blocking_gather: the timeline has rows for the loop and its 13 tasks (cores folded)",
                          timeline["rows"] == 1 + 1 + 1 + 13, json.dumps(timeline))
                else:
                    check("future_42 at 0.5 s: Task-1 awaits the future at its line, Task-2 sleeps",
                          tasks.get("Task-1", {}).get("reason") == "value = await future" and
                          tasks["Task-1"]["line"] == line_of("value = await future") and
                          tasks.get("Task-2", {}).get("reason") == "await asyncio.sleep(1)",
                          json.dumps(tasks, ensure_ascii=False))
                    check("future_42: the selected task's flow (Task-2 resolves the future) is drawn",
                          state["run"]["timeline"]["arrows"] >= 1, json.dumps(state["run"]["timeline"]))

        # Greenlets: a row per greenlet under its thread, an arrow per switch.
        for lang in ("en", "ru"):
            with tempfile.TemporaryDirectory() as tmp:
                ppm = pathlib.Path(tmp) / "frame.ppm"
                state_file = pathlib.Path(tmp) / "state.json"
                run = subprocess.run([args.app, "--scenario", "greenlets/switch_12_56_34", "--run-to-end", "--lang", lang,
                                      "--frames", "10", "--screenshot", str(ppm), "--state", str(state_file)],
                                     env=env, capture_output=True, text=True, timeout=120)
                check(f"greenlets/switch_12_56_34 ({lang}): runs in the app, exit 0, nothing on stderr",
                      run.returncode == 0 and run.stderr.strip() == "", f"exit {run.returncode}: {run.stderr.strip()}")
                png = out / f"desktop-greenlets-{lang}.png"
                if ppm.exists():
                    subprocess.run(["convert", str(ppm), str(png)], check=True)
                state = json.loads(state_file.read_text(encoding="utf-8")) if state_file.exists() else {}
                r = state.get("run") or {}
                timeline = r.get("timeline") or {}
                rows = [(row["kind"], row["name"]) for row in timeline.get("rowList", [])]
                check(f"greenlets ({lang}): the program prints 12 56 34",
                      r.get("output") == "Начало с ветки gr1:\n12\n56\n34\n", repr(r.get("output")))
                at = rows.index(("thread", "MainThread")) if ("thread", "MainThread") in rows else -1
                check(f"greenlets ({lang}): under MainThread, rows for main, test1 (gr1) and test2 (gr2)",
                      at >= 0 and rows[at + 1:at + 4] == [("greenlet", "main"), ("greenlet", "test1 (gr1)"),
                                                         ("greenlet", "test2 (gr2)")], json.dumps(rows, ensure_ascii=False))
                check(f"greenlets ({lang}): an arrow for each of the four switches", timeline.get("arrows") == 4,
                      json.dumps(timeline, ensure_ascii=False)[:300])

        # A scenario's front matter sets the machine; the settings window shows its network.
        with tempfile.TemporaryDirectory() as tmp:
            state_file = pathlib.Path(tmp) / "state.json"
            ppm = pathlib.Path(tmp) / "frame.ppm"
            run = subprocess.run([args.app, "--scenario", "asyncio/aiohttp_order", "--run-to-end", "--lang", "en",
                                  "--settings", "--frames", "10", "--screenshot", str(ppm), "--state", str(state_file)],
                                 env=env, capture_output=True, text=True, timeout=120)
            check("asyncio/aiohttp_order: runs with the settings window open, exit 0",
                  run.returncode == 0 and run.stderr.strip() == "", f"exit {run.returncode}: {run.stderr.strip()}")
            png = out / "desktop-machine-settings-en.png"
            if ppm.exists():
                subprocess.run(["convert", str(ppm), str(png)], check=True)
            state = json.loads(state_file.read_text(encoding="utf-8")) if state_file.exists() else {}
            want = ["slow.example=500ms", "medium.example=250ms", "fast.example=60ms", "down.example=fail=refused"]
            check("aiohttp_order: the machine has the front matter's network rules, and the run used them",
                  state.get("settingsOpen") is True and state.get("machine", {}).get("net") == want and
                  (state.get("run") or {}).get("machine", {}).get("net") == want and
                  "0.12 с: ответ от https://fast.example" in (state.get("run") or {}).get("output", ""),
                  json.dumps(state.get("machine"), ensure_ascii=False))
            program = pathlib.Path(tmp) / "front.py"
            program.write_text("# ---\n# machine.cores: 2\n# net.latency: 50ms..300ms\n# ---\nimport os\n"
                               "print(os.cpu_count())\n", encoding="utf-8")
            run = subprocess.run([args.app, str(program), "--run-to-end", "--frames", "3", "--state", str(state_file)],
                                 env=env, capture_output=True, text=True, timeout=120)
            state = json.loads(state_file.read_text(encoding="utf-8")) if state_file.exists() else {}
            check("a FILE.py with front matter: its machine keys apply (2 cores, latency 50-300 ms)",
                  run.returncode == 0 and state.get("machine", {}).get("cores") == 2 and
                  state["machine"].get("netLatency") == [0.05, 0.3] and
                  (state.get("run") or {}).get("output") == "2\n", json.dumps(state.get("machine")))

        # A thousand tasks: frames stay cheap while the run goes on and after it.
        with tempfile.TemporaryDirectory() as tmp:
            program = pathlib.Path(tmp) / "tasks.py"
            program.write_text(MANY_TASKS_PROGRAM, encoding="utf-8")
            ppm = pathlib.Path(tmp) / "frame.ppm"
            for mode in ("--run", "--run-to-end"):
                run = subprocess.run([args.app, str(program), mode, "--lang", "en", "--frames", "300",
                                      "--screenshot", str(ppm), "--frame-times", "--select-task", "Task-7"],
                                     env=env, capture_output=True, text=True, timeout=300)
                check(f"1000 asyncio tasks ({mode}): the app runs them and exits 0",
                      run.returncode == 0, f"exit {run.returncode}: {run.stderr.strip()}")
                print(f"     {run.stdout.strip()}")
                cpu = run.stdout.split("(CPU: mean ")[-1].split(",")[0] if "(CPU: mean " in run.stdout else "99"
                check(f"1000 asyncio tasks ({mode}): a frame builds in under 5 ms of CPU on average",
                      float(cpu) < 5.0, run.stdout.strip())
            png = out / "desktop-many-tasks-en.png"
            if ppm.exists():
                subprocess.run(["convert", str(ppm), str(png)], check=True)
            check("1000 asyncio tasks: the frame was captured", png.exists())

        # A large trace (about a million records) still builds frames quickly.
        with tempfile.TemporaryDirectory() as tmp:
            program = pathlib.Path(tmp) / "big.py"
            program.write_text(BIG_TRACE_PROGRAM, encoding="utf-8")
            ppm = pathlib.Path(tmp) / "frame.ppm"
            run = subprocess.run([args.app, str(program), "--run-to-end", "--lang", "en", "--frames", "60",
                                  "--screenshot", str(ppm), "--frame-times"],
                                 env=env, capture_output=True, text=True, timeout=300)
            check("a large trace: the app runs it and exits 0", run.returncode == 0,
                  f"exit {run.returncode}: {run.stderr.strip()}")
            print(f"     {run.stdout.strip()}")
            png = out / "desktop-big-trace-en.png"
            if ppm.exists():
                subprocess.run(["convert", str(ppm), str(png)], check=True)
            check("a large trace: the frame was captured", png.exists())

        # An independent look: the X screen itself while the app is open.
        app = subprocess.Popen([args.app, "--lang", "ru"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
        time.sleep(2.0)
        screen = out / "desktop-xscreen.png"
        subprocess.run(["import", "-display", display, "-window", "root", str(screen)], env=env,
                       check=False, timeout=60)
        check("the X screen shows the app window", screen.exists() and colours(screen) > 50,
              f"{colours(screen) if screen.exists() else 0} colours")
        check("the app is still running until its window closes", app.poll() is None)
        app.terminate()  # SIGTERM: SDL turns it into SDL_QUIT, the app closes cleanly
        try:
            code = app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            code = "hung"
        check("the app exits cleanly when asked to quit", code == 0, f"exit {code}: {app.stderr.read().strip()}")
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
