events = {}
def on(name):
    def register(fn):
        events.setdefault(name, []).append(fn)
        return fn
    return register
@on("save")
def log_save(doc):
    print("saving", doc)
@on("save")
def backup(doc):
    print("backup of", doc)
@on("load")
def log_load(doc):
    print("loading", doc)
def fire(name, *args):
    for fn in events.get(name, []):
        fn(*args)
fire("load", "report.txt")
fire("save", "report.txt")
fire("delete", "x")
print({k: [f.__name__ for f in v] for k, v in events.items()})
