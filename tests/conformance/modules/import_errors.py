try:
    import pandas
except ModuleNotFoundError as e:
    print(type(e).__name__, str(e).startswith("No module named 'pandas'"))
try:
    from math import nothing
except ImportError as e:
    print("ImportError", str(e)[:34])
import sys as system
print(system.argv[0])
