from typing import List, Dict, Optional, Callable, Any
from abc import ABC, abstractmethod
def total(xs: List[int], scale: Optional[float] = None) -> int:
    return sum(xs) * (scale or 1)
print(total([1, 2, 3]), total([1], 2.5))
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(self, s: float):
        self.s = s
    def area(self) -> float:
        return self.s ** 2
    def name(self):
        return "square"
print(Sq(3).area(), Sq(2).name())
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
handlers: Dict[str, Callable[..., Any]] = {}
print(handlers)
