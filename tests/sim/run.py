#!/usr/bin/env python3
"""Checks the simulated machine against the course and against CPython's
known behaviour (DESIGN.md, issue "The simulated machine"): programs in
programs/ run through the CLI with machine flags, and each case says what
must come out. Where CPython is deterministic the conformance suite
compares byte for byte; these are the cases where CPython is not (races,
timings, deadlocks), checked against the course text and the measured
CPython behaviour instead.

usage: run.py --interleave build/cli/interleave [--wasm build-web/node/cli/interleave.js] [NAMES...]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROG = os.path.join(HERE, "programs")


def number(pattern):
    """A check that pulls a number out of stdout with [pattern]."""
    def get(out):
        m = re.search(pattern, out)
        if not m:
            raise AssertionError(f"no match for {pattern!r} in stdout:\n{out}")
        return float(m.group(1))
    return get


COUNT = number(r"^(\d+)\s*$")
RATIO = number(r"ratio ([\d.]+)")
ALONE = number(r"alone: ([\d.]+) s")
BESIDE = number(r"beside a CPU-bound thread: ([\d.]+) s")
FINAL = number(r"Final value is (\d+)")
THREADS = number(r"threads: ([\d.]+)")
SEQUENTIAL = number(r"sequential: ([\d.]+)")

# (name, program, flags, expected exit code, checks). A check is
# ("stdout", exact text) | ("stdout~", regex) | ("stderr~", regex) |
# (callable(stdout) -> bool, description).
CASES = [
    ("course: square and cube threads", "square_cube.py", [], 0,
     [("stdout", "Square: 100\nCube: 1000\nDone!\n")]),
    ("course: named threads sleep 2, 2, 1 s", "named_sleepers.py", [], 0,
     [("stdout~", r"^Tread #3: Good morning\nTread #[12]: Hello\nTread #[12]: Hello\n$")]),
    ("course: current_thread() and active_count()", "hello_thread.py", [], 0,
     [("stdout~", r"^Привет от потока <Thread\(Thread-1 \(hello_from_threading\), started \d+\)>\n"
                  r"В данный момент Python выполняет 2 поток\(ов\)\nИмя текущего потока MainThread\n$")]),
    ("course: delay(2) then delay(3), logged at +0, +2, +5 s", "course_delay_sequential.py", [], 0,
     [("stderr", "00:00:00:MainThread:Main started\n"
                 "00:00:00:MainThread:TWO SECONDS DELAY received\n"
                 "00:00:02:MainThread:Printing TWO SECONDS DELAY\n"
                 "00:00:02:MainThread:THREE SECONDS DELAY received\n"
                 "00:00:05:MainThread:Printing THREE SECONDS DELAY\n"
                 "00:00:05:MainThread:Main Ended\n")]),
    ("course: the delays in two threads take 3 s, not 5", "course_delay_threads.py", [], 0,
     [("stderr~", r"^00:00:00:MainThread:Main started\n"
                  r"(00:00:00:(Thread-1 \(delay\):THREE SECONDS DELAY received|Thread-2 \(delay\):TWO SECONDS DELAY received|"
                  r"MainThread:А тут мы видим, что главный поток тоже продолжает исполняться)\n){3}"
                  r"00:00:02:Thread-2 \(delay\):Printing TWO SECONDS DELAY\n"
                  r"00:00:03:Thread-1 \(delay\):Printing THREE SECONDS DELAY\n"
                  r"00:00:03:MainThread:Main Ended\n$")]),
    ("course: a pool of two and as_completed", "course_futures.py", [], 0,
     [("stderr~", r"^(00:00:00:ThreadPoolExecutor-0_[01]:(THREE|TWO) SECONDS DELAY received\n){2}"
                  r"00:00:02:ThreadPoolExecutor-0_1:Printing TWO SECONDS DELAY\n"
                  r"00:00:02:MainThread:TWO SECONDS DELAY Done\n"
                  r"00:00:03:ThreadPoolExecutor-0_0:Printing THREE SECONDS DELAY\n"
                  r"00:00:03:MainThread:THREE SECONDS DELAY Done\n$")]),
    ("course: a million locked increments in each of two threads", "counter_locked.py", [], 0,
     [("stdout", "final value of х : 2000000\n")]),
    ("x += 1 loses nothing at CPython 3.10+'s switch points", "counter_unlocked.py", [], 0,
     [(lambda o: COUNT(o) == 2000000, "x == 2000000")]),
    ("x += 1 loses updates when any instruction is a switch point", "counter_unlocked.py",
     ["--switch-points", "any"], 0, [(lambda o: 1000000 <= COUNT(o) < 1990000, "1e6 <= x < 1.99e6")]),
    ("x += 1 loses updates without the GIL", "counter_unlocked.py", ["--gil", "off", "--", "200000"], 0,
     [(lambda o: 200000 <= COUNT(o) < 395000, "2e5 <= x < 3.95e5")]),
    ("x = x + f() loses updates at CPython's switch points", "counter_call_between.py", [], 0,
     [(lambda o: COUNT(o) < 1950000, "x < 1950000")]),
    ("x = x + f() loses updates at any instruction", "counter_call_between.py", ["--switch-points", "any"], 0,
     [(lambda o: COUNT(o) < 1950000, "x < 1950000")]),
    ("x = x + f() loses updates without the GIL", "counter_call_between.py", ["--gil", "off", "--", "100000"], 0,
     [(lambda o: COUNT(o) < 195000, "x < 195000")]),
    ("course: DbUpdate with a thread pool prints 2 like CPython", "db_update.py", [], 0,
     [(lambda o: FINAL(o) == 2, "Final value is 2")]),
    ("course: DbUpdate with logging prints 2 like CPython", "course_db_update.py", [], 0,
     [("stderr~", r"00:00:02:MainThread:Final value is 2\n$")]),
    ("DbUpdate on a loaded machine (1 ms timer slack): the wake-ups overlap for seed 91 and an update is lost",
     "course_db_update.py", ["--timer-slack", "1ms", "--seed", "91"], 0,
     [("stderr~", r"Final value is 1\n$")]),
    ("countdown in two threads with the GIL: as slow as sequential", "countdown.py", [], 0,
     [(lambda o: 0.9 <= RATIO(o) <= 1.15, "0.9 <= ratio <= 1.15")]),
    ("countdown with the GIL on one core", "countdown.py", ["--cores", "1"], 0,
     [(lambda o: 0.9 <= RATIO(o) <= 1.15, "0.9 <= ratio <= 1.15")]),
    ("countdown on 16 cores with the GIL", "countdown.py", ["--cores", "16"], 0,
     [(lambda o: 0.9 <= RATIO(o) <= 1.15, "0.9 <= ratio <= 1.15")]),
    ("countdown without the GIL on 2 cores: about half", "countdown.py", ["--gil", "off", "--cores", "2"], 0,
     [(lambda o: 0.4 <= RATIO(o) <= 0.65, "0.4 <= ratio <= 0.65")]),
    ("countdown without the GIL on 1 core: no gain", "countdown.py", ["--gil", "off", "--cores", "1"], 0,
     [(lambda o: 0.9 <= RATIO(o) <= 1.15, "0.9 <= ratio <= 1.15")]),
    ("convoy effect: 200 sleeps of 0.5 ms, alone and beside a CPU-bound thread", "convoy.py", [], 0,
     [(lambda o: 0.09 <= ALONE(o) <= 0.17, "alone 0.09-0.17 s"),
      (lambda o: 0.9 <= BESIDE(o) <= 1.4, "beside 0.9-1.4 s")]),
    ("no convoy without the GIL", "convoy.py", ["--gil", "off"], 0,
     [(lambda o: BESIDE(o) <= 0.17, "beside <= 0.17 s")]),
    ("two locks taken in opposite order deadlock, and the report names both", "deadlock_two_locks.py", [], 3,
     [("stderr~", r"deadlock"),
      ("stderr~", r"Thread-1 \(one\) \(line \d+\) waits for b, held by Thread-2 \(two\)"),
      ("stderr~", r"Thread-2 \(two\) \(line \d+\) waits for a, held by Thread-1 \(one\)"),
      ("stderr~", r"cycle: Thread-1 \(one\) -> b -> Thread-2 \(two\) -> a -> Thread-1 \(one\)")]),
    ("an Event nobody sets: the report says where it waits", "deadlock_event.py", [], 3,
     [("stderr~", r"waiter \(line 6\) waits in Event.wait\(\), which nothing will notify"),
      ("stderr~", r"MainThread \(line 11\) waits in join\(\) for waiter")]),
    ("a runaway thread stops at --max-time", "runaway.py", ["--max-time", "3s"], 3,
     [("stderr~", r"stopped at the simulated time limit of 3.0 s \(--max-time\)")]),
    ("a busy thread stops at --max-steps", "spin.py", ["--max-steps", "5000"], 3,
     [("stderr~", r"stopped after 5000 steps \(--max-steps\)")]),
    ("10,000 threads sleep and print", "many_threads.py", [], 0,
     [(lambda o: o.count("\n") == 10001 and o.endswith("done 1\n"), "10000 lines and 'done 1'")]),
    # The simulated network (core/sim/network.h). A fresh request costs two
    # round trips (connect, then request/answer); blocked threads release the GIL.
    ("net: 10 threads doing requests.get of a 100 ms host overlap: about 0.2 s, sequential 2 s",
     "net_requests_threads.py", ["--net", "example.com=100ms"], 0,
     [("stdout~", r"^\[200(, 200){9}\]$"),
      (lambda o: 0.195 <= THREADS(o) <= 0.23, "threads 0.195-0.23 s"),
      (lambda o: 1.98 <= SEQUENTIAL(o) <= 2.1, "sequential 1.98-2.1 s")]),
    ("net: a host's default latency is drawn from the seed (20-200 ms)", "net_requests_threads.py", ["--seed", "4"], 0,
     [(lambda o: 0.04 <= THREADS(o) <= 0.42 and 0.4 <= SEQUENTIAL(o) <= 4.2, "2 round trips of 20-200 ms")]),
    ("net: refused, timeout, dns, 503, read timeout, delay, reset, custom status and body",
     "net_failures.py", ["--net", "refused.example=fail=refused", "--net", "blackhole.example=fail=timeout",
                         "--net", "unknown.example=fail=dns", "--net", "flaky.example=50ms,status=503",
                         "--net", "slow.example=50ms", "--net", "slow.example/report=delay=1s", "--net", "reset.example=100ms,fail=reset",
                         "--net", "teapot.example=30ms,status=418,body=short, and stout"], 0,
     [("stdout~", r"^0\.\d\d ConnectionError: HTTPConnectionPool\(host='refused.example', port=80\): Max retries "
                  r"exceeded with url: / \(Caused by NewConnectionError\('Failed to establish a new connection: "
                  r"\[Errno 111\] Connection refused'\)\)$"),
      ("stdout~", r"^1\.00 ConnectTimeout: .*Connection to blackhole.example timed out. \(connect timeout=1\)'\)\)$"),
      ("stdout~", r"^0\.00 ConnectionError: .*NameResolutionError\(\"Failed to resolve 'unknown.example' "
                  r"\(\[Errno -2\] Name or service not known\)\"\)\)$"),
      ("stdout~", r"^0\.10 HTTPError: 503 Server Error: Service Unavailable for url: http://flaky.example/$"),
      ("stdout~", r"^0\.55 ReadTimeout: HTTPConnectionPool\(host='slow.example', port=80\): Read timed out. "
                  r"\(read timeout=0.5\)$"),
      ("stdout~", r"^1\.10 200 '<!doctype html>"),
      ("stdout~", r"^0\.15 ConnectionError: \('Connection aborted.', ConnectionResetError\(104, "
                  r"'Connection reset by peer'\)\)$"),
      ("stdout~", r"^0\.06 HTTPError: 418 Client Error: I'm a Teapot for url: http://teapot.example/$")]),
    ("net: the course's echo server on a selector, with client threads, on localhost",
     "net_echo_server.py", [], 0,
     [(lambda o: sorted(o.splitlines()) == sorted([f"CLIENT{c} SAYS {i}" for c in range(3) for i in range(3)]
                                                    + ["events served: 15"]), "9 echoed lines and 15 events")]),
    ("net: a thread waiting in select() for a socket nobody writes to is reported as stuck",
     "net_select_deadlock.py", [], 3,
     [("stderr~", r"deadlock"),
      ("stderr~", r"MainThread \(line 11\) waits in selector.select\(\) for sockets that nothing will make ready"),
      ("stderr~", r"Thread-1 \(reader\) \(line 7\) waits in socket.recv\(\) for sockets that nothing will make ready")]),
    ("net: the course's aiohttp examples; 10 GETs of a 100 ms host through one session take 0.2 s; "
     "'python://' fails with AssertionError as in aiohttp 3.9; a kept-alive connection saves the connect",
     "net_aiohttp_course.py", ["--net", "mail.ru=100ms"], 0,
     [("stdout~", r"^before 1st request\nPython.org: 200\nbefore 2nd request\nmicrosoft.com: 200\n"
                  r"\[200(, 200){9}\]\ngather: 0\.2\d\d\n"),
      ("stdout~", r"^Все результаты: \[200, AssertionError\(\)\]\nЗавершились успешно: \[200\]\n"
                  r"Завершились с исключением: \[AssertionError\(\)\]$"),
      ("stdout~", r"^two on a kept-alive connection: 0\.20\d$")]),
    ("net: the course's as_completed(timeout=2) over requests of 1, 1 and 10 s", "net_aiohttp_as_completed.py",
     ["--net", "www.example.com=40ms"], 0,
     [("stdout", "1.1 200\n1.1 200\n2.0 Произошел тайм-аут!\n")]),
    ("net: requests inside coroutines blocks the loop (5 x 0.2 s); asyncio.to_thread overlaps them (0.2 s)",
     "net_asyncio_blocking_requests.py", ["--net", "example.com=100ms"], 0,
     [(lambda o: 0.99 <= number(r"blocking: ([\d.]+)")(o) <= 1.05, "blocking 0.99-1.05 s"),
      (lambda o: 0.2 <= number(r"to_thread: ([\d.]+)")(o) <= 0.23, "to_thread 0.2-0.23 s")]),
    ("net: three 5 MB downloads at 100 Mbit/s: 1.3 s one after another, 0.45 s side by side",
     "net_download.py", ["--net", "files.example=20ms,size=5MB"], 0,
     [("stdout", "[5000000, 5000000, 5000000] requests: 1.32\n[5000000, 5000000, 5000000] aiohttp: 0.44\n")]),
    # asyncio: the parts CPython prints with the wall clock or only under a debugger.
    ("course: run_forever, loop.stop() after sleep(1.0), time.ctime() on the simulated clock",
     "asyncio_ctime_stop.py", [], 0,
     [("stdout", "Thu Jan  1 00:00:00 2026 Hello!\nThu Jan  1 00:00:01 2026 Goodbye!\n")]),
    ("course: run_in_executor with a 6 s job and a 3 s main: the loop waits for the thread",
     "asyncio_executor_longer.py", [], 0,
     [("stdout", "Thu Jan  1 00:00:00 2026 Hello!\nThu Jan  1 00:00:03 2026 Goodbye!\n"
                 "Thu Jan  1 00:00:06 2026 Hello from a thread!\n")]),
    ("asyncio: a future nobody resolves ends the run with a report of who waits for what",
     "asyncio_deadlock.py", [], 3,
     [("stdout", "waiting\n"),
      ("stderr~", r"MainThread \(line 13\) waits in selector.select\(\)"),
      ("stderr~", r"task Task-1 \(line 11\) waits for waiter \(await t\), which nothing will complete"),
      ("stderr~", r"task waiter \(line 6\) waits for return await fut, which nothing will complete")]),
    ("asyncio debug mode names the step that blocked the loop; a failed task nobody awaited is reported",
     "asyncio_debug_slow.py", [], 0,
     [("stdout", "end\n"),
      ("stderr~", r"^Executing <Task pending name='Task-1' coro=<main\(\) running at \S+asyncio_debug_slow.py:14> "
                  r"wait_for=<Future pending cb=\[Task.task_wakeup\(\)\]> cb=\[_run_until_complete_cb\(\) at [^\]]+\]> "
                  r"took 0.500 seconds$"),
      ("stderr~", r"^Task exception was never retrieved\nfuture: <Task finished name='Task-2' coro=<fails\(\) done, "
                  r"defined at \S+asyncio_debug_slow.py:9> exception=KeyError\('k'\)>\nTraceback"),
      ("stderr~", r"KeyError: 'k'\n$")]),
]


def run(cli, program, flags, trace=None):
    cmd = list(cli) + ["run", os.path.join(PROG, program)]
    extra = []
    if "--" in flags:
        i = flags.index("--")
        flags, extra = flags[:i], flags[i:]
    cmd += flags
    if trace:
        cmd += ["--trace", trace]
    cmd += extra
    r = subprocess.run(cmd, capture_output=True, timeout=600)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


def check_case(cli, case):
    name, program, flags, code, checks = case
    rc, out, err = run(cli, program, flags)
    problems = []
    if rc != code:
        problems.append(f"exit code {rc}, expected {code}")
    for check in checks:
        kind, what = check
        try:
            if kind == "stdout":
                if out != what:
                    problems.append(f"stdout differs:\n--- expected\n{what}--- got\n{out}")
            elif kind == "stderr":
                if err != what:
                    problems.append(f"stderr differs:\n--- expected\n{what}--- got\n{err}")
            elif kind == "stdout~":
                if not re.search(what, out, re.M):
                    problems.append(f"stdout does not match {what!r}:\n{out}")
            elif kind == "stderr~":
                if not re.search(what, err, re.M):
                    problems.append(f"stderr does not match {what!r}:\n{err}")
            elif not kind(out):
                problems.append(f"expected {what}; stdout:\n{out[-400:]}")
        except AssertionError as e:
            problems.append(str(e))
    return problems, out, err


def same_trace_checks(cli, wasm):
    """Same seed -> byte-identical trace, run after run and natively vs wasm."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for program, flags in [("counter_unlocked.py", ["--gil", "off", "--seed", "7", "--", "20000"]),
                               ("db_update.py", ["--seed", "3"]),
                               ("deadlock_two_locks.py", []),
                               ("asyncio_blocking_gather.py", []),
                               ("asyncio_executor_longer.py", ["--seed", "5"]),
                               ("net_requests_threads.py", ["--seed", "2"]),
                               ("net_aiohttp_course.py", ["--seed", "3"])]:
            paths = []
            for i, c in enumerate([cli, cli] + ([wasm] if wasm else [])):
                p = os.path.join(tmp, f"t{i}.json")
                rc, out, err = run(c, program, flags, trace=p)
                if not os.path.exists(p):
                    problems.append(f"{' '.join(c)} wrote no trace (exit {rc}): {err[-300:]}")
                    paths.append((out, b""))
                    continue
                with open(p, "rb") as f:
                    paths.append((out, f.read()))
            for i in range(1, len(paths)):
                if paths[i] != paths[0]:
                    which = "a second native run" if i == 1 else "the wasm build"
                    problems.append(f"{program}: {which} gave a different trace or output")
    return problems


def perfetto_checks(cli):
    """--trace writes Chrome Trace Event JSON with the rows Perfetto shows."""
    import json
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, "t.json")
        run(cli, "deadlock_two_locks.py", [], trace=p)
        try:
            with open(p) as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            return [f"the trace is not JSON: {e}"]
        events = doc.get("traceEvents", [])
        names = {e["args"]["name"] for e in events if e.get("ph") == "M" and e.get("name") == "thread_name"}
        for row in ["CPU 0", "GIL", "MainThread", "Thread-1 (one)", "Thread-2 (two)", "Lock a", "Lock b"]:
            if row not in names:
                problems.append(f"no row named {row!r} in the trace (rows: {sorted(names)})")
        for e in events:
            ph = e.get("ph")
            if ph not in ("M", "X", "i"):
                problems.append(f"unexpected event phase {ph!r}")
                break
            if ph == "X" and not (isinstance(e.get("ts"), (int, float)) and e.get("dur", -1) >= 0):
                problems.append(f"a slice without ts/dur: {e}")
                break
        states = {e["name"] for e in events if e.get("ph") == "X" and e.get("cat") == "thread"}
        for s in ["running", "blocked: time.sleep(0.1)", "blocked: b.acquire()"]:
            if s not in states:
                problems.append(f"no thread slice {s!r} (have {sorted(states)[:12]})")
        if not any(e.get("ph") == "X" and e.get("cat") == "gil" for e in events):
            problems.append("no GIL holder slices")
    return problems


def asyncio_trace_checks(cli):
    """Tasks and the event loop in the Chrome JSON: a row per task with its
    states, the time.sleep(6) stall visible on the loop's thread while the
    other tasks wait, flows from resolver to woken task, queue counters."""
    import json
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, "t.json")
        run(cli, "asyncio_blocking_gather.py", [], trace=p)
        with open(p) as f:
            events = json.load(f)["traceEvents"]
    names = {e["args"]["name"] for e in events if e.get("ph") == "M" and e.get("name") == "thread_name"}
    for row in ["Event loop 1", "Task-1", "Task-11"]:
        if row not in names:
            problems.append(f"no row named {row!r} (rows: {sorted(names)})")
    us = 1e6
    stall = [e for e in events if e.get("ph") == "X" and e.get("name") == "blocked: time.sleep(6)"]
    if len(stall) != 1 or abs(stall[0]["dur"] - 6 * us) > 0.01 * us:
        problems.append(f"expected one 6 s 'blocked: time.sleep(6)' slice on the loop's thread, got {stall}")
    else:
        s0, s1 = stall[0]["ts"], stall[0]["ts"] + stall[0]["dur"]
        # The other nine tasks sleep in asyncio.sleep during the stall.
        waiting = [e for e in events if e.get("ph") == "X" and e.get("name") == "waiting: await asyncio.sleep(delay)"
                   and e["ts"] <= s0 and e["ts"] + e["dur"] >= s1 - 1]
        if len(waiting) < 4:
            problems.append(f"only {len(waiting)} task(s) shown waiting in asyncio.sleep across the stall")
    flows = [e for e in events if e.get("ph") in ("s", "f")]
    if len(flows) < 20 or len({e["id"] for e in flows}) * 2 != len(flows):
        problems.append(f"expected paired flow events (resolver -> task), got {len(flows)}")
    counters = [e for e in events if e.get("ph") == "C" and "ready" in e.get("args", {})]
    if not counters or max(e["args"]["timers"] for e in counters) < 9:
        problems.append("no loop counters with the nine pending timers")
    return problems


def taskgroup_trace_checks(cli):
    """A TaskGroup's children are tasks like any other: a row per child under
    the name given to create_task, the failing child marked failed, its
    sibling cancelled by the group at that moment, the parent waiting in the
    `async with` line."""
    import json
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, "t.json")
        rc, out, err = run(cli, "asyncio_taskgroup.py", [], trace=p)
        if rc != 0 or out != "failed: ['fetch 2 failed']\n":
            return [f"asyncio_taskgroup.py: exit {rc}, stdout {out!r}, stderr {err[-300:]!r}"]
        with open(p) as f:
            events = json.load(f)["traceEvents"]
    problems = []
    rows = {e["args"]["name"]: e["tid"] for e in events if e.get("ph") == "M" and e.get("name") == "thread_name"}
    for row in ["Task-1", "fetch-1", "fetch-2", "fetch-3"]:
        if row not in rows:
            problems.append(f"no row named {row!r} (rows: {sorted(rows)})")
    if problems:
        return problems

    def marks(row):
        return [e for e in events if e.get("tid") == rows[row] and e.get("ph") == "i"]

    us = 1e6
    failed = [e for e in marks("fetch-2") if e["name"] == "failed"]
    cancelled = [e for e in marks("fetch-3") if e["name"] == "cancelled"]
    if len(failed) != 1 or abs(failed[0]["ts"] - 2 * us) > 0.01 * us:
        problems.append(f"fetch-2 should be marked failed once at 2 s: {marks('fetch-2')}")
    if len(cancelled) != 1 or abs(cancelled[0]["ts"] - 2 * us) > 0.01 * us:
        problems.append(f"fetch-3 should be marked cancelled once at 2 s: {marks('fetch-3')}")
    if any(e["name"] in ("failed", "cancelled") for e in marks("fetch-1")):
        problems.append(f"fetch-1 finished normally: {marks('fetch-1')}")
    waits = [e for e in events if e.get("tid") == rows["Task-1"] and e.get("ph") == "X"
             and e["name"] == "waiting: async with asyncio.TaskGroup() as tg:"]
    if not waits:
        problems.append("Task-1 is not shown waiting in `async with asyncio.TaskGroup() as tg:`")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interleave", required=True)
    ap.add_argument("--wasm", help="build-web/node/cli/interleave.js: also compare traces with the wasm build")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    cli = [args.interleave]
    wasm = None
    if args.wasm:
        if os.path.exists(args.wasm):
            wasm = ["node", args.wasm]
        else:
            print(f"note: {args.wasm} not built; the wasm trace comparison is skipped")
    failed = 0
    for case in CASES:
        if args.names and not any(n in case[0] for n in args.names):
            continue
        problems, out, err = check_case(cli, case)
        print(("ok   " if not problems else "FAIL ") + case[0])
        for p in problems:
            failed += 1
            print("  " + p.replace("\n", "\n  "))
    if not args.names:
        problems = perfetto_checks(cli)
        print(("ok   " if not problems else "FAIL ") + "--trace writes Chrome JSON with core, GIL, thread and lock rows")
        failed += len(problems)
        for p in problems:
            print("  " + p)
        problems = asyncio_trace_checks(cli)
        print(("ok   " if not problems else "FAIL ") + "--trace shows tasks, the loop's stall, flows and queue counters")
        failed += len(problems)
        for p in problems:
            print("  " + p)
        problems = taskgroup_trace_checks(cli)
        print(("ok   " if not problems else "FAIL ") + "--trace shows a TaskGroup's children, the failure and the cancellation")
        failed += len(problems)
        for p in problems:
            print("  " + p)
        problems = same_trace_checks(cli, wasm)
        print(("ok   " if not problems else "FAIL ") + "same seed, same trace (native twice" +
              (", wasm" if wasm else "") + ")")
        failed += len(problems)
        for p in problems:
            print("  " + p)
    print("failed" if failed else "all passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
