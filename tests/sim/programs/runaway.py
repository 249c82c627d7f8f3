import threading, time
def spin():
    while True:
        time.sleep(1)
threading.Thread(target=spin).start()
