import sys
import os
import threading
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
print(type(os.getpid()) is int, os.cpu_count() >= 1, os.getpid() == threading.get_native_id())
print(threading.TIMEOUT_MAX > 1e9, threading.ThreadError is RuntimeError)
