if x:
# c

  
foo()
