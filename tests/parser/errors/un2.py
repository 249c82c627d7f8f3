if x:
    a
   bbb = 1
