# Module-level and `global` assignments stay right while the module's dict
# gains and loses keys between them (the stores remember where a name is).

total = 0
for i in range(6):
    total += i
    if i == 2:
        globals()["extra_%d" % i] = i  # a new key moves nothing old
    if i == 3:
        del globals()["extra_2"]
    if i == 4:
        for k in [k for k in globals() if k.startswith("tmp")]:
            del globals()[k]
    tmp_value = i * 10
print(total, tmp_value, "extra_2" in globals())

counter = 0


def bump(n):
    global counter
    for _ in range(n):
        counter += 1


bump(3)
del counter
try:
    print(counter)
except NameError as e:
    print("NameError:", e)
bump_count = 0
try:
    bump(1)
except NameError as e:
    print("NameError:", e)
counter = 100
bump(2)
print(counter)

# Many globals: the dict grows (and is rebuilt) between stores of one loop.
for n in range(40):
    globals()["name_%d" % n] = n
    last = n
print(last, sum(globals()["name_%d" % n] for n in range(40)))
