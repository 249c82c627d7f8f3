def countdown():
    i = 0
    while i < 500000:
        i += 1
