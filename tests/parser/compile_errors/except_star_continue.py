while x:
    try:
        pass
    except* ValueError:
        if x:
            continue
