results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("|")
print(results)
def f():
    for i in range(5):
        try:
            if i == 3:
                return i
        finally:
            print("finally", i)
print(f())
count = 0
while count < 3:
    try:
        count += 1
        raise ValueError(count)
    except ValueError as e:
        print("caught", e)
    else:
        print("never")
print(count)
