# At most 10 levels of nested groups are shown.
def nest(depth):
    if depth == 0:
        raise ValueError("bottom")
    try:
        nest(depth - 1)
    except Exception as e:
        raise ExceptionGroup(f"level {depth}", [e, KeyError(depth)] if depth % 4 == 0 else [e])


nest(13)
