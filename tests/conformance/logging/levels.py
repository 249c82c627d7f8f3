# Level numbers and names, getLevelName/addLevelName, disable and
# isEnabledFor.
import logging
import sys

print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN, logging.INFO,
      logging.DEBUG, logging.NOTSET)
for level in [0, 10, 20, 30, 40, 50, 5, 25, "INFO", "WARN", "FATAL", "nope", None]:
    print(repr(level), repr(logging.getLevelName(level)))
print(logging.getLevelNamesMapping())
logging.addLevelName(25, "NOTICE")
logging.addLevelName(5, "TRACE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(5))

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelno)s %(levelname)s %(message)s")
log = logging.getLogger("levels")
log.log(25, "notice")
log.log(5, "trace is below DEBUG")
log.setLevel(5)
log.log(5, "trace now shown")
log.setLevel("WARNING")
print(log.level, log.getEffectiveLevel(), [log.isEnabledFor(l) for l in (10, 20, 30, 40)])
log.info("filtered")
log.error("error")
logging.disable(logging.ERROR)
log.error("disabled")
log.critical("critical passes disable(ERROR)")
print([log.isEnabledFor(l) for l in (30, 40, 50)], logging.root.manager.disable)
logging.disable()
log.critical("everything disabled")
logging.disable(logging.NOTSET)
log.critical("enabled again")
try:
    log.log("INFO", "string level")
except TypeError as e:
    print("TypeError", e)
for bad in ["LOUD", 2.5, None]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
h = logging.StreamHandler(sys.stdout)
h.setLevel(logging.ERROR)
print(h, h.level)
log.disabled = True
log.critical("disabled logger")
print(log.isEnabledFor(50))
