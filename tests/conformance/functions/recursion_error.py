def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
def g(n):
    return g(n + 1) if n < 100 else n
try:
    g(0)
except RecursionError as e:
    print("limited:", e)
