def on_done(result):
    print(f"Готово: {result}")
def on_error(err):
    print(f"Ошибка: {err}")
def compute(x, success, failure):
    if x < 0:
        failure(f"отрицательное число {x}")
    else:
        success(x ** 2)
compute(4, on_done, on_error)
compute(-1, on_done, on_error)
handlers = {"start": [], "stop": []}
def subscribe(event, fn):
    handlers[event].append(fn)
def emit(event, *args):
    for fn in handlers[event]:
        fn(*args)
subscribe("start", lambda name: print("start 1:", name))
subscribe("start", lambda name: print("start 2:", name))
emit("start", "job")
emit("stop")
