for x in y:
    if x:
