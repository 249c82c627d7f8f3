# Named loggers: the hierarchy, propagation, effective levels, handlers at
# several levels, filters, the last resort handler and LoggerAdapter.
import logging
import sys

# Nothing configured: a named logger's warnings reach stderr as the bare
# message (logging.lastResort); info is dropped.
lonely = logging.getLogger("lonely")
lonely.warning("bare message from %s", "lastResort")
lonely.info("dropped")
lonely.error("error too")
print(logging.lastResort, logging.lastResort.level)
print(logging.root.handlers, lonely.hasHandlers())

c = logging.getLogger("app.db.conn")
a = logging.getLogger("app")
b = logging.getLogger("app.db")
print(a, b, c, logging.getLogger())
print(c.parent is b, b.parent is a, a.parent is logging.root, logging.getLogger("app") is a)
print(logging.getLogger("root") is logging.root, logging.getLogger("") is logging.root,
      logging.getLogger(None) is logging.root)
print(a.getChild("db") is b, logging.root.getChild("app") is a, a.getChild("x.y").name)
print(sorted(k for k in logging.root.manager.loggerDict))

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(name)s] %(levelname)s %(message)s"))
a.addHandler(out)
a.addHandler(out)
print(a.handlers, a.hasHandlers(), c.hasHandlers())
a.setLevel(logging.INFO)
print(c.getEffectiveLevel(), b.level, logging.getLevelName(c.getEffectiveLevel()), c)
c.debug("debug filtered by app's level")
c.info("info from app.db.conn")
b.setLevel(logging.ERROR)
c.warning("warning filtered by app.db's level")
c.error("error from app.db.conn")
b.setLevel(logging.NOTSET)

root_out = logging.StreamHandler(sys.stdout)
root_out.setFormatter(logging.Formatter("ROOT %(name)s: %(message)s"))
logging.root.addHandler(root_out)
c.warning("propagates to app's and root's handlers")
b.propagate = False
c.warning("stops at app.db: no handlers there, so none at all")
b.propagate = True
a.propagate = False
c.warning("reaches app but not root")
a.propagate = True

errors_only = logging.StreamHandler(sys.stdout)
errors_only.setLevel(logging.ERROR)
errors_only.setFormatter(logging.Formatter("ERRORS-ONLY %(message)s"))
b.addHandler(errors_only)
c.warning("warning: errors_only skips it")
c.error("error: every handler")
b.removeHandler(errors_only)
b.removeHandler(errors_only)


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


f = OnlyEven()
a.addFilter(f)
a.addFilter(f)
print(a.filters == [f])
for i in range(4):
    a.info("number %d", i)
c.info("a logger's filter does not apply to records from its children %d", 1)
a.removeFilter(f)

out.addFilter(logging.Filter("app.db"))
a.info("handler filter: app is not under app.db")
b.info("handler filter: app.db passes")
c.info("handler filter: app.db.conn passes")
logging.getLogger("app.dbx").info("handler filter: app.dbx does not pass")
out.filters.clear()
out.addFilter(lambda record: "secret" not in record.getMessage())
a.info("public")
a.info("secret")
out.filters.clear()

adapter = logging.LoggerAdapter(a, {"user": "ann"})
out.setFormatter(logging.Formatter("%(user)s %(name)s %(message)s"))
adapter.info("through an adapter %d", 7)
adapter.warning("warning through an adapter")
print(adapter, adapter.name, adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())
a.info("extra fields", extra={"user": "bob"})
try:
    a.info("overwrite", extra={"name": "x"})
except KeyError as e:
    print("KeyError", e)
try:
    a.info("overwrite", extra={"message": "x"})
except KeyError as e:
    print("KeyError", e)

logging.root.removeHandler(root_out)
a.removeHandler(out)
print(a.handlers, logging.root.handlers)
logging.getLogger("quiet").info("info goes nowhere")
logging.getLogger("quiet").critical("critical goes to the last resort")
logging.lastResort = None
logging.getLogger("quiet").critical("no last resort: a one-time note on stderr")
logging.getLogger("quiet").critical("and then nothing")
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)


class MyLogger(logging.Logger):
    def hello(self):
        self.warning("hello from %s", type(self).__name__)


logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass().__name__)
mine = logging.getLogger("mine")
mine.addHandler(logging.StreamHandler(sys.stdout))
mine.hello()
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
