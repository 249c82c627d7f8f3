// typing and abc: enough for annotations (List[int], Optional[str], ...)
// and abstract base classes to run; both written in Python.
namespace interleave::vm {
extern const char* const kTypingSource;
extern const char* const kAbcSource;
const char* const kTypingSource = R"PY(
class _Special:
    def __init__(self, name):
        self._name = name
    def __getitem__(self, params):
        return self
    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")
    def __repr__(self):
        return "typing." + self._name

Any = _Special("Any")
Union = _Special("Union")
Optional = _Special("Optional")
Callable = _Special("Callable")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Sequence = _Special("Sequence")
Mapping = _Special("Mapping")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
AsyncIterator = _Special("AsyncIterator")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
NoReturn = _Special("NoReturn")
List = list
Dict = dict
Set = set
FrozenSet = frozenset
Tuple = tuple
Type = type
TYPE_CHECKING = False


def TypeVar(name, *constraints, **kwargs):
    return _Special(name)


def cast(typ, value):
    return value


def overload(func):
    return func


def NamedTuple(typename, fields):
    from collections import namedtuple
    return namedtuple(typename, [name for name, _ in fields])
)PY";
const char* const kAbcSource = R"PY(
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    pass


class ABC:
    def __new__(cls, *args, **kwargs):
        abstract = sorted(name for klass in cls.__mro__ for name, value in vars(klass).items()
                          if getattr(value, "__isabstractmethod__", False)
                          and not any(name in vars(k) and not getattr(vars(k)[name], "__isabstractmethod__", False)
                                      for k in cls.__mro__[:cls.__mro__.index(klass)]))
        if abstract:
            names = ", ".join(abstract)
            s = "s" if len(abstract) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {names}")
        return object.__new__(cls)
)PY";
}  // namespace interleave::vm
