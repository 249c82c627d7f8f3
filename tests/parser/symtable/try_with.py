def f():
    try:
        pass
    except ValueError as err:
        print(err)
    with open('f') as fh, lock:
        pass
    for i, (j, k) in pairs:
        del i
