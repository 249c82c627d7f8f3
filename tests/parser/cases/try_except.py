try:
    pass
except:
    pass

try:
    x = 1
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as e:
    raise RuntimeError('x') from e
else:
    y = 2
finally:
    z = 3

try:
    pass
finally:
    pass

raise
raise ValueError
raise ValueError('bad') from None
