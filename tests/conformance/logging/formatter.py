# Formatter and LogRecord on a fixed clock: time.time is replaced (logging
# reads it for LogRecord.created), so asctime is the same in CPython and in
# the simulator. Regenerate with TZ=UTC (the default converter is
# time.localtime and the simulated machine's zone is UTC).
import logging
import sys
import time

clock = [1767225600.0]


def fake_time():
    return clock[0]


time.time = fake_time


def tick(seconds):
    clock[0] += seconds


# The course's first program, with the sleeps replaced by clock ticks.
logger_format = '%(asctime)s:%(threadName)s:%(message)s'
logging.basicConfig(format=logger_format, level=logging.INFO, datefmt="%H:%M:%S", stream=sys.stdout)


def delay(seconds, message):
    logging.info(f"{message} received")
    tick(seconds)
    logging.info(f"Printing {message}")
    return message


def main():
    logging.info("Main started")
    delay(2, "TWO SECONDS DELAY")
    delay(3, "THREE SECONDS DELAY")
    logging.info("Main Ended")


main()

tick(0.25)
logging.basicConfig(format="%(asctime)s: %(message)s", level=logging.INFO, stream=sys.stdout, force=True)
logging.info("default asctime format with milliseconds")
tick(0.0009)
logging.info("msecs truncate")
tick(3600 * 30 + 0.7)
logging.basicConfig(format="%(asctime)s %(msecs)d %(msecs)03d %(created).3f %(levelname)-7s| %(message)s",
                    datefmt="%d.%m.%Y %H:%M:%S %p %a %b %j", stream=sys.stdout, force=True)
logging.warning("datefmt with several directives")

fmt = logging.Formatter("{asctime} {levelname:<8} {name:>6} {msecs:03.0f} {message!r}", style="{")
fmt.converter = time.gmtime
h = logging.StreamHandler(sys.stdout)
h.setFormatter(fmt)
logging.basicConfig(handlers=[h], force=True)
logging.warning("brace style with asctime")

fmt = logging.Formatter("$asctime ${levelname} $name: $message", "%H:%M", style="$")
h.setFormatter(fmt)
logging.warning("dollar style with asctime")
print(fmt.usesTime(), logging.Formatter("%(message)s").usesTime(), logging.Formatter("{asctime:>30}", style="{").usesTime())

# Formatter.formatTime with explicit records.
record = logging.LogRecord("rec", logging.INFO, "/home/user/project/app.py", 12, "hello %s and %d", ("you", 5), None,
                           "func")
print(record, record.getMessage())
print(record.name, record.levelno, record.levelname, record.pathname, record.filename, record.module, record.lineno,
      record.funcName, record.created, record.msecs, record.exc_info, record.exc_text, record.stack_info,
      record.threadName, record.processName, record.args, record.msg)
print(sorted(record.__dict__))
f = logging.Formatter()
print(f.formatTime(record), "|", f.formatTime(record, "%Y/%m/%d"), "|", f.format(record), "|", record.message)
record.created = 1700000000.123456
record.msecs = 123.456
f.converter = time.gmtime
print(f.formatTime(record), "|", f.formatTime(record, "%c"), "|", f.formatTime(record, "%H:%M:%S.%%f"))


class NoMsec(logging.Formatter):
    default_msec_format = None
    default_time_format = "%d/%b/%Y:%H:%M:%S"


print(NoMsec().formatTime(record))


class Dotted(logging.Formatter):
    default_msec_format = "%s.%03d"


print(Dotted().formatTime(record))
logging.Formatter.converter = time.gmtime
print(logging.Formatter().formatTime(record))
print(logging.Formatter("%(asctime)s %(message)s").format(record))

d = logging.LogRecord("d", logging.DEBUG, "x.py", 1, "%(a)s and %(b)s", ({"a": 1, "b": 2},), None)
print(d.args, d.getMessage())
e = logging.LogRecord("e", logging.DEBUG, "noext", 1, "empty dict %s", ({},), None)
print(e.args, e.getMessage(), e.filename, e.module)
m = logging.makeLogRecord({"msg": "made %s", "args": ("up",), "levelname": "CUSTOM", "extra_key": 1})
print(m.getMessage(), m.levelname, m.extra_key, m.name, m.levelno, m.lineno)
print(logging.Formatter("%(levelname)s|%(extra_key)s|%(message)s").format(m))

# Formatting styles with defaults=, and bad formats.
print(logging.Formatter("%(user)s %(message)s", defaults={"user": "nobody"}).format(m))
print(logging.Formatter("{user} {message}", style="{", defaults={"user": "nobody"}).format(m))
for args in [("%(message)",), ("{message", None, "{"), ("{}", None, "{"), ("{0}", None, "{"), ("$", None, "$"),
             ("message", None, "$"), ("x", None, "#"), ("{message!x}", None, "{"), ("}", None, "{"),
             ("%(message)z",), ("%(message)-10.3s",), ("{a!}", None, "{"), ("{a!rr}", None, "{"), ("{", None, "{"),
             ("{a:{b}}", None, "{"), ("{a!r:>5}", None, "{"), ("{a[0].b}", None, "{"), ("{a.}", None, "{"),
             ("{a:>>5d}", None, "{"), ("{a:q}", None, "{"), ("{ a}", None, "{"), ("{a-b}", None, "{"),
             ("{é}", None, "{"), ("{a:10.3f}", None, "{"), ("{a:,}", None, "{"), ("{a:.{p}}", None, "{"),
             ("{a:+#012_.3e}", None, "{"), ("{a:.}", None, "{"), ("${a", None, "$"), ("$a ${b}", None, "$")]:
    try:
        print(repr(logging.Formatter(*args)._fmt))
    except ValueError as err:
        print("ValueError", err)
try:
    logging.Formatter("%(nosuch)s").format(m)
except ValueError as err:
    print("ValueError", err)
print(logging.Formatter("%(nosuch)s", validate=False)._fmt)

buffered = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(buffered.format([m, d, e]), repr(buffered.format([])))
