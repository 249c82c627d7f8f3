# From the course: 000_cf8282084174141e.txt, line 361
from time import time_ns

def timeit(function):
    start_time = time_ns()
    function() #вызов функции
    end_time = time_ns()
    return end_time - start_time
    
timeit(print) #вывод в наносекундах




3093317
