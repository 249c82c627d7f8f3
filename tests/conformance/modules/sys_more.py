import sys
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
d = depth()
print(150 < d < 200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
print(len(sys.argv), isinstance(sys.maxsize, int), sys.version_info >= (3, 8))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit", e.code)
