import os
import os.path
import a.b.c as d
import x, y as z
from os import path
from os import path as p, sep
from . import x
from .. import y
from .mod import z
from ...pkg.mod import w
from x import *
from x import (a, b,
    c as d,)
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed
