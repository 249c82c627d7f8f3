#!/usr/bin/env python3
"""Desktop smoke test: the real app in a real X window under Xvfb.

Starts Xvfb, runs interleave-desktop for a number of frames in Russian and in
English, lets the app save its last frame, takes an independent screenshot of
the whole X screen with ImageMagick's `import`, and checks that both show a
rendered UI and that the app exits cleanly. Screenshots go to tests/out/.

  smoke.py --app build/web/interleave-desktop [--out tests/out]
"""
import argparse
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
