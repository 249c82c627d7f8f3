if x:
  pass
else:
foo()
