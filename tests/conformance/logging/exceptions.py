# Tracebacks in log records: logging.exception, exc_info=True, an exception
# instance (as the course passes task.exception()), chained exceptions and
# stack_info. Records go to stderr, like CPython's basicConfig default.
import logging

logging.basicConfig(format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d: %(message)s")


def parse(text):
    return int(text)


def load(items):
    return [parse(x) for x in items]


try:
    load(["1", "2", "x"])
except ValueError:
    logging.exception("could not load %d items", 3)

try:
    {}["missing"]
except KeyError:
    logging.error("with exc_info=True", exc_info=True)
    logging.getLogger("named").critical("critical with a traceback", exc_info=True)
    logging.getLogger("named").exception("exception at INFO level? no: ERROR")
    logging.info("info is below WARNING, nothing printed", exc_info=True)
    logging.warning("exc_info=False prints no traceback", exc_info=False)


def fetch_status(url):
    if url.startswith("bad"):
        raise ConnectionError(f"cannot fetch {url}")
    return 200


errors = []
for url in ["https://example.com", "bad://example.com"]:
    try:
        fetch_status(url)
    except Exception as e:
        errors.append(e)
for e in errors:
    logging.error("При выполнении запроса возникло исключение", exc_info=e)

logging.error("an exception that was never raised", exc_info=RuntimeError("fresh"))


def outer():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e


try:
    outer()
except RuntimeError:
    logging.exception("explicit chain")

try:
    try:
        [][1]
    except IndexError:
        None + 1
except TypeError:
    logging.exception("implicit chain")

logging.error("exc_info=True outside an except block", exc_info=True)


def deep():
    logging.warning("with the stack", stack_info=True)


def deeper():
    deep()


deeper()
logging.warning("stack at module level", stack_info=True)

record = logging.LogRecord("r", logging.ERROR, "/x/y.py", 7, "msg", (), None)
try:
    raise ValueError("direct")
except ValueError as e:
    text = logging.Formatter().formatException((type(e), e, e.__traceback__))
print(text.splitlines()[0], text.splitlines()[-1], text.endswith("\n"))
