while x:
    try:
        break
    except E:
        continue
