# funcName, lineno, module and filename of the call site, stacklevel,
# custom handlers and record factories.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(name)s %(module)s %(filename)s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger(__name__)
log.info("module level")


class Service:
    def run(self):
        log.info("in a method")
        helper = lambda: log.info("in a lambda")
        helper()

        def nested():
            log.debug("in a nested function")
        nested()
        return [log.info("in a comprehension %d", i) for i in range(2)]

    @staticmethod
    def static():
        logging.warning("module function from a static method")

    @property
    def prop(self):
        log.info("in a property")
        return 1


s = Service()
s.run()
Service.static()
print(s.prop)


def gen():
    log.info("in a generator before yield")
    yield 1
    log.info("in a generator after yield")


for _ in gen():
    pass


def report(message):
    log.warning(message, stacklevel=2)


def caller():
    report("stacklevel=2 names the caller of report")


caller()
report("from module level")
log.warning("stacklevel beyond the stack", stacklevel=50)
list(map(log.info, ["called through map"]))
sorted([2, 1], key=lambda x: log.info("in a sort key %d", x) or x)


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.records = []

    def emit(self, record):
        self.records.append(record)


collector = ListHandler()
collector.set_name("collector")
print(collector, collector.name, collector.get_name())
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.addHandler(collector)
quiet.addHandler(logging.NullHandler())
quiet.debug("below the handler's level")
quiet.info("kept %s", "one")
quiet.error("kept two")
print([(r.levelname, r.getMessage(), r.funcName, r.lineno) for r in collector.records])
print([collector.format(r) for r in collector.records])
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError", e)


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


h = logging.StreamHandler(sys.stdout)
h.setFormatter(Upper("%(levelname)s %(message)s"))
quiet.addHandler(h)
quiet.warning("custom formatter")
quiet.removeHandler(h)

old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.custom = "custom-attribute"
    return record


logging.setLogRecordFactory(factory)
logging.basicConfig(stream=sys.stdout, format="%(custom)s %(message)s", force=True)
logging.warning("from a record factory")
logging.setLogRecordFactory(old_factory)


class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(funcName)s %(message)s", force=True)
adapter = Adapter(logging.getLogger("adapted"), {"id": 42})


def use_adapter():
    adapter.warning("adapter call site")
    adapter.exception("adapter exception outside except")


use_adapter()
logging.shutdown()
print("shutdown done")
