with open('f') f:
    pass
