import threading
ready = threading.Event()


def waiter():
    ready.wait()


t = threading.Thread(target=waiter, name="waiter")
t.start()
t.join()
