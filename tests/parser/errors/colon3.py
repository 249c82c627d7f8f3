while x  # c
    pass
