while a:
    while b:
        break
    else:
        continue
else:
    pass
