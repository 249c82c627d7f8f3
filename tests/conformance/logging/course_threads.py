# The course's threading example with logging: records name the thread
# that logged them. (asctime is left out: CPython's clock is real.)
import logging
import threading
import time

logger_format = '%(threadName)s:%(levelname)s:%(message)s'
logging.basicConfig(format=logger_format, level=logging.INFO)


def delay(delay, message):
    logging.info(f"{message} received")
    time.sleep(delay)
    logging.info(f"Printing {message}")
    return message


def main():
    logging.info("Main started")
    threads = [
        threading.Thread(target=delay, args=(0.3, "THREE SECONDS DELAY")),
        threading.Thread(target=delay, args=(0.2, "TWO SECONDS DELAY")),
    ]
    for thread in threads:
        thread.start()
    logging.info("А тут мы видим, что главный поток тоже продолжает исполняться")
    for thread in threads:
        thread.join()
    logging.info("Main Ended")


main()

named = threading.Thread(target=lambda: logging.getLogger("worker").warning("from a named thread"), name="Downloader")
named.start()
named.join()
idents = []
t = threading.Thread(target=lambda: idents.append(logging.makeLogRecord({}).thread == threading.get_ident()))
t.start()
t.join()
print(idents, logging.makeLogRecord({}).threadName)
