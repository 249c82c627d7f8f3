import threading


def boom():
    raise KeyError("lost")


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)


threading.excepthook = hook
t = threading.Thread(target=boom, name="worker")
t.start()
t.join()
print("main continues", t.is_alive())
