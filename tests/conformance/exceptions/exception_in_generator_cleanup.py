def resource():
    print("open")
    try:
        yield "r"
    finally:
        print("close")
def use():
    for r in resource():
        print("using", r)
        raise RuntimeError("fail while using")
try:
    use()
except RuntimeError as e:
    print("caught", e)
