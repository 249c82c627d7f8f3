for x in y:
    try:
        pass
    except* ValueError:
        with a:
            continue
