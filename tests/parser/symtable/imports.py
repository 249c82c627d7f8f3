import os
import os.path as p
from x import y, z as w
def f():
    import json
    from a.b import c
    return json, c
