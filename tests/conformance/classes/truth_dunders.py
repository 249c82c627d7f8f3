from collections import deque
d = deque([1, 2, 3])
while d:
    print(d.popleft())
class B:
    def __bool__(self):
        return 3
try:
    if B():
        pass
except TypeError as e:
    print(e)
class L:
    def __len__(self):
        return 0
print("empty" if not L() else "full")
if L():
    print("no")
else:
    print("falsy")
