# An uncaught BaseExceptionGroup with a KeyboardInterrupt member exits with 1.
import sys


def interrupted():
    raise KeyboardInterrupt


errors = []
try:
    interrupted()
except KeyboardInterrupt as e:
    errors.append(e)
print("before", file=sys.stderr)
raise BaseExceptionGroup("stopped", errors + [SystemExit(3)])
