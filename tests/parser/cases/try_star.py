try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as e:
    print(e)
except *OSError as err:
    pass
else:
    pass
finally:
    pass

try:
    f()
except* ValueError as eg:
    for x in eg.exceptions:
        if x:
            break
        continue
    def g():
        return 1
    while True:
        break
