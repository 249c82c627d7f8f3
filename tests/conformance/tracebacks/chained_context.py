try:
    int("abc")
except ValueError:
    print(undefined)
