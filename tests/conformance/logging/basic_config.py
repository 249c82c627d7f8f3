# basicConfig as the course uses it: formats without a clock, levels,
# styles, streams, force, and the errors it reports.
import logging
import sys

logging.debug("not shown: the root logger starts at WARNING")
logging.info("not shown either")
logging.warning("no configuration: basicConfig() runs with BASIC_FORMAT")
logging.error("an error %s", "with an argument")
print(logging.root.handlers, logging.root.level, logging.BASIC_FORMAT)

# A second basicConfig is a no-op while the root has handlers...
logging.basicConfig(format="%(message)s!", level=logging.DEBUG)
logging.debug("still filtered: level was not changed")
print(logging.root.level)

# ...unless force=True.
logger_format = '%(threadName)s:%(levelname)s:%(message)s'
logging.basicConfig(format=logger_format, level=logging.INFO, force=True)
logging.info("Main started")
logging.debug("debug is below INFO")
logging.warning("warning")
logging.critical("critical")
logging.fatal("fatal is critical")
logging.log(logging.INFO, "log at INFO %d", 20)
logging.log(25, "a level without a name")
logging.warn("warn is warning")
print(logging.root.level, logging.getLevelName(logging.root.level))

logging.basicConfig(stream=sys.stdout, level="DEBUG", force=True,
                    format="%(levelname)-8s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(filename)s|%(message)s")


def worker(n):
    logging.debug("worker %d starting", n)
    logging.info("worker %(n)d done", {"n": n})


worker(1)
worker(2)
logging.info("percent args: %s %r %5.2f %x %%", "s", "r", 3.14159, 255)
logging.info("no args keeps %s literally")
logging.info(42)
logging.info(["a", "list"])
logging.info("%s", ("a", "tuple"))

logging.basicConfig(style="{", format="{levelname}:{name}:{message}", stream=sys.stdout, force=True)
logging.warning("brace style %s", "still %-formats the message")
logging.basicConfig(style="$", format="$levelname ${name}: $message $$", stream=sys.stdout, force=True)
logging.warning("dollar style")
logging.basicConfig(style="{", stream=sys.stdout, force=True)
logging.warning("default brace format")
logging.basicConfig(style="$", stream=sys.stdout, force=True)
logging.warning("default dollar format")

h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("h2: %(message)s"))
logging.basicConfig(handlers=[h1, h2], format="h1: %(message)s", force=True)
logging.warning("two handlers")
print(logging.root.handlers)

for kwargs in [dict(stream=sys.stdout, filename="x.log"), dict(handlers=[h1], stream=sys.stdout),
               dict(style="x"), dict(foo=1, bar=2), dict(level="LOUD"), dict(level=1.5),
               dict(format="no fields here"), dict(format="{nothing", style="{"), dict(format="$", style="$")]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("done")
