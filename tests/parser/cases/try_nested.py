try:
    try:
        pass
    finally:
        pass
except (A, B):
    pass
except C as c:
    del c
