# The warnings module: warn and its location (stacklevel), the default action
# (once per location), filters, catch_warnings(record=True), formatwarning.
import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
def f():
    warnings.warn("careful")
for i in range(2):
    f()
warnings.warn("plain", RuntimeWarning)
old()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    f()
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno, w[0].filename.endswith("wa.py"))
warnings.simplefilter("error")
try:
    f()
except UserWarning as e:
    print("raised", repr(e))
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="care")
f()
warnings.filterwarnings("ignore", category=RuntimeWarning)
async def co():
    pass
co()
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except Exception as e:
    print(type(e).__name__, e)
warnings.warn(UserWarning("instance"))
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code  "), end="")
print("done")
