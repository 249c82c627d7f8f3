def f(a, b,a):
  def f(a, b,a):
s
