try:
    pass
finally:
    raise ValueError("from finally")
