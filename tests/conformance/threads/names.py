import threading


def work():
    pass


class Worker(threading.Thread):
    def run(self):
        print("run in", threading.current_thread().name)


a = threading.Thread(target=work)
b = threading.Thread(target=lambda: None)
c = threading.Thread()
d = threading.Thread(target=work, name="custom")
e = threading.Thread(target=work, name=5)
f = Worker()
g = threading.Timer(1.0, work)
for t in (a, b, c, d, e, f, g):
    print(repr(t.name), t.daemon, t.ident, t.native_id, t.is_alive())
print(repr(a))
f.start()
f.join()
print(f.is_alive(), type(f.ident) is int, f.ident != threading.get_ident())
main = threading.current_thread()
print(main.name, main is threading.main_thread(), type(main).__name__, main.is_alive())
print(threading.active_count(), [t.name for t in threading.enumerate()])
a.name = "renamed"
print(a.name)
