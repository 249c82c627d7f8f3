# From the course: 003_6566df98dfcc516c.txt, line 152
from threading import Lock, Thread as Thread


# глобальная переменная
x = 0

def inc(lock):
    global x
    for _ in range(1000000):
	    # блокируем код
        lock.acquire()
        x += 1
        # освобождаем код
        lock.release()


lock = Lock()
# создаем потоки
tl = Thread(target=inc, args=[lock], name="Th 1")
t2 = Thread(target=inc, args=[lock], name="Th 2")

# запускаем потоки
tl. start ()
t2 .start()

# ожидаем завершения потоков
tl. join ()
t2. join ()

print("final value of х :", x)
