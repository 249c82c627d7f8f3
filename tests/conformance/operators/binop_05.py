try:
    r = 1 % 1
    print(repr(1), '%', repr(1), "=", repr(r))
except Exception as e:
    print(repr(1), '%', repr(1), type(e).__name__, e)
try:
    r = 1 % 2.5
    print(repr(1), '%', repr(2.5), "=", repr(r))
except Exception as e:
    print(repr(1), '%', repr(2.5), type(e).__name__, e)
try:
    r = 1 % "s"
    print(repr(1), '%', repr("s"), "=", repr(r))
except Exception as e:
    print(repr(1), '%', repr("s"), type(e).__name__, e)
try:
    r = 1 % [1]
    print(repr(1), '%', repr([1]), "=", repr(r))
except Exception as e:
    print(repr(1), '%', repr([1]), type(e).__name__, e)
try:
    r = 1 % (1,)
    print(repr(1), '%', repr((1,)), "=", repr(r))
except Exception as e:
    print(repr(1), '%', repr((1,)), type(e).__name__, e)
try:
    r = 1 % {1: 2}
    print(repr(1), '%', repr({1: 2}), "=", repr(r))
except Exception as e:
    print(repr(1), '%', repr({1: 2}), type(e).__name__, e)
try:
    r = 1 % None
    print(repr(1), '%', repr(None), "=", repr(r))
except Exception as e:
    print(repr(1), '%', repr(None), type(e).__name__, e)
try:
    r = 1 % True
    print(repr(1), '%', repr(True), "=", repr(r))
except Exception as e:
    print(repr(1), '%', repr(True), type(e).__name__, e)
try:
    r = 1 % {1}
    print(repr(1), '%', repr({1}), "=", repr(r))
except Exception as e:
    print(repr(1), '%', repr({1}), type(e).__name__, e)
try:
    r = 2.5 % 1
    print(repr(2.5), '%', repr(1), "=", repr(r))
except Exception as e:
    print(repr(2.5), '%', repr(1), type(e).__name__, e)
try:
    r = 2.5 % 2.5
    print(repr(2.5), '%', repr(2.5), "=", repr(r))
except Exception as e:
    print(repr(2.5), '%', repr(2.5), type(e).__name__, e)
try:
    r = 2.5 % "s"
    print(repr(2.5), '%', repr("s"), "=", repr(r))
except Exception as e:
    print(repr(2.5), '%', repr("s"), type(e).__name__, e)
try:
    r = 2.5 % [1]
    print(repr(2.5), '%', repr([1]), "=", repr(r))
except Exception as e:
    print(repr(2.5), '%', repr([1]), type(e).__name__, e)
try:
    r = 2.5 % (1,)
    print(repr(2.5), '%', repr((1,)), "=", repr(r))
except Exception as e:
    print(repr(2.5), '%', repr((1,)), type(e).__name__, e)
try:
    r = 2.5 % {1: 2}
    print(repr(2.5), '%', repr({1: 2}), "=", repr(r))
except Exception as e:
    print(repr(2.5), '%', repr({1: 2}), type(e).__name__, e)
try:
    r = 2.5 % None
    print(repr(2.5), '%', repr(None), "=", repr(r))
except Exception as e:
    print(repr(2.5), '%', repr(None), type(e).__name__, e)
try:
    r = 2.5 % True
    print(repr(2.5), '%', repr(True), "=", repr(r))
except Exception as e:
    print(repr(2.5), '%', repr(True), type(e).__name__, e)
try:
    r = 2.5 % {1}
    print(repr(2.5), '%', repr({1}), "=", repr(r))
except Exception as e:
    print(repr(2.5), '%', repr({1}), type(e).__name__, e)
try:
    r = "s" % 1
    print(repr("s"), '%', repr(1), "=", repr(r))
except Exception as e:
    print(repr("s"), '%', repr(1), type(e).__name__, e)
try:
    r = "s" % 2.5
    print(repr("s"), '%', repr(2.5), "=", repr(r))
except Exception as e:
    print(repr("s"), '%', repr(2.5), type(e).__name__, e)
try:
    r = "s" % "s"
    print(repr("s"), '%', repr("s"), "=", repr(r))
except Exception as e:
    print(repr("s"), '%', repr("s"), type(e).__name__, e)
try:
    r = "s" % [1]
    print(repr("s"), '%', repr([1]), "=", repr(r))
except Exception as e:
    print(repr("s"), '%', repr([1]), type(e).__name__, e)
try:
    r = "s" % (1,)
    print(repr("s"), '%', repr((1,)), "=", repr(r))
except Exception as e:
    print(repr("s"), '%', repr((1,)), type(e).__name__, e)
try:
    r = "s" % {1: 2}
    print(repr("s"), '%', repr({1: 2}), "=", repr(r))
except Exception as e:
    print(repr("s"), '%', repr({1: 2}), type(e).__name__, e)
try:
    r = "s" % None
    print(repr("s"), '%', repr(None), "=", repr(r))
except Exception as e:
    print(repr("s"), '%', repr(None), type(e).__name__, e)
try:
    r = "s" % True
    print(repr("s"), '%', repr(True), "=", repr(r))
except Exception as e:
    print(repr("s"), '%', repr(True), type(e).__name__, e)
try:
    r = "s" % {1}
    print(repr("s"), '%', repr({1}), "=", repr(r))
except Exception as e:
    print(repr("s"), '%', repr({1}), type(e).__name__, e)
try:
    r = [1] % 1
    print(repr([1]), '%', repr(1), "=", repr(r))
except Exception as e:
    print(repr([1]), '%', repr(1), type(e).__name__, e)
try:
    r = [1] % 2.5
    print(repr([1]), '%', repr(2.5), "=", repr(r))
except Exception as e:
    print(repr([1]), '%', repr(2.5), type(e).__name__, e)
try:
    r = [1] % "s"
    print(repr([1]), '%', repr("s"), "=", repr(r))
except Exception as e:
    print(repr([1]), '%', repr("s"), type(e).__name__, e)
try:
    r = [1] % [1]
    print(repr([1]), '%', repr([1]), "=", repr(r))
except Exception as e:
    print(repr([1]), '%', repr([1]), type(e).__name__, e)
try:
    r = [1] % (1,)
    print(repr([1]), '%', repr((1,)), "=", repr(r))
except Exception as e:
    print(repr([1]), '%', repr((1,)), type(e).__name__, e)
try:
    r = [1] % {1: 2}
    print(repr([1]), '%', repr({1: 2}), "=", repr(r))
except Exception as e:
    print(repr([1]), '%', repr({1: 2}), type(e).__name__, e)
try:
    r = [1] % None
    print(repr([1]), '%', repr(None), "=", repr(r))
except Exception as e:
    print(repr([1]), '%', repr(None), type(e).__name__, e)
try:
    r = [1] % True
    print(repr([1]), '%', repr(True), "=", repr(r))
except Exception as e:
    print(repr([1]), '%', repr(True), type(e).__name__, e)
try:
    r = [1] % {1}
    print(repr([1]), '%', repr({1}), "=", repr(r))
except Exception as e:
    print(repr([1]), '%', repr({1}), type(e).__name__, e)
try:
    r = (1,) % 1
    print(repr((1,)), '%', repr(1), "=", repr(r))
except Exception as e:
    print(repr((1,)), '%', repr(1), type(e).__name__, e)
try:
    r = (1,) % 2.5
    print(repr((1,)), '%', repr(2.5), "=", repr(r))
except Exception as e:
    print(repr((1,)), '%', repr(2.5), type(e).__name__, e)
try:
    r = (1,) % "s"
    print(repr((1,)), '%', repr("s"), "=", repr(r))
except Exception as e:
    print(repr((1,)), '%', repr("s"), type(e).__name__, e)
try:
    r = (1,) % [1]
    print(repr((1,)), '%', repr([1]), "=", repr(r))
except Exception as e:
    print(repr((1,)), '%', repr([1]), type(e).__name__, e)
try:
    r = (1,) % (1,)
    print(repr((1,)), '%', repr((1,)), "=", repr(r))
except Exception as e:
    print(repr((1,)), '%', repr((1,)), type(e).__name__, e)
try:
    r = (1,) % {1: 2}
    print(repr((1,)), '%', repr({1: 2}), "=", repr(r))
except Exception as e:
    print(repr((1,)), '%', repr({1: 2}), type(e).__name__, e)
try:
    r = (1,) % None
    print(repr((1,)), '%', repr(None), "=", repr(r))
except Exception as e:
    print(repr((1,)), '%', repr(None), type(e).__name__, e)
try:
    r = (1,) % True
    print(repr((1,)), '%', repr(True), "=", repr(r))
except Exception as e:
    print(repr((1,)), '%', repr(True), type(e).__name__, e)
try:
    r = (1,) % {1}
    print(repr((1,)), '%', repr({1}), "=", repr(r))
except Exception as e:
    print(repr((1,)), '%', repr({1}), type(e).__name__, e)
try:
    r = {1: 2} % 1
    print(repr({1: 2}), '%', repr(1), "=", repr(r))
except Exception as e:
    print(repr({1: 2}), '%', repr(1), type(e).__name__, e)
try:
    r = {1: 2} % 2.5
    print(repr({1: 2}), '%', repr(2.5), "=", repr(r))
except Exception as e:
    print(repr({1: 2}), '%', repr(2.5), type(e).__name__, e)
try:
    r = {1: 2} % "s"
    print(repr({1: 2}), '%', repr("s"), "=", repr(r))
except Exception as e:
    print(repr({1: 2}), '%', repr("s"), type(e).__name__, e)
try:
    r = {1: 2} % [1]
    print(repr({1: 2}), '%', repr([1]), "=", repr(r))
except Exception as e:
    print(repr({1: 2}), '%', repr([1]), type(e).__name__, e)
try:
    r = {1: 2} % (1,)
    print(repr({1: 2}), '%', repr((1,)), "=", repr(r))
except Exception as e:
    print(repr({1: 2}), '%', repr((1,)), type(e).__name__, e)
try:
    r = {1: 2} % {1: 2}
    print(repr({1: 2}), '%', repr({1: 2}), "=", repr(r))
except Exception as e:
    print(repr({1: 2}), '%', repr({1: 2}), type(e).__name__, e)
try:
    r = {1: 2} % None
    print(repr({1: 2}), '%', repr(None), "=", repr(r))
except Exception as e:
    print(repr({1: 2}), '%', repr(None), type(e).__name__, e)
try:
    r = {1: 2} % True
    print(repr({1: 2}), '%', repr(True), "=", repr(r))
except Exception as e:
    print(repr({1: 2}), '%', repr(True), type(e).__name__, e)
try:
    r = {1: 2} % {1}
    print(repr({1: 2}), '%', repr({1}), "=", repr(r))
except Exception as e:
    print(repr({1: 2}), '%', repr({1}), type(e).__name__, e)
try:
    r = None % 1
    print(repr(None), '%', repr(1), "=", repr(r))
except Exception as e:
    print(repr(None), '%', repr(1), type(e).__name__, e)
try:
    r = None % 2.5
    print(repr(None), '%', repr(2.5), "=", repr(r))
except Exception as e:
    print(repr(None), '%', repr(2.5), type(e).__name__, e)
try:
    r = None % "s"
    print(repr(None), '%', repr("s"), "=", repr(r))
except Exception as e:
    print(repr(None), '%', repr("s"), type(e).__name__, e)
try:
    r = None % [1]
    print(repr(None), '%', repr([1]), "=", repr(r))
except Exception as e:
    print(repr(None), '%', repr([1]), type(e).__name__, e)
try:
    r = None % (1,)
    print(repr(None), '%', repr((1,)), "=", repr(r))
except Exception as e:
    print(repr(None), '%', repr((1,)), type(e).__name__, e)
try:
    r = None % {1: 2}
    print(repr(None), '%', repr({1: 2}), "=", repr(r))
except Exception as e:
    print(repr(None), '%', repr({1: 2}), type(e).__name__, e)
try:
    r = None % None
    print(repr(None), '%', repr(None), "=", repr(r))
except Exception as e:
    print(repr(None), '%', repr(None), type(e).__name__, e)
try:
    r = None % True
    print(repr(None), '%', repr(True), "=", repr(r))
except Exception as e:
    print(repr(None), '%', repr(True), type(e).__name__, e)
try:
    r = None % {1}
    print(repr(None), '%', repr({1}), "=", repr(r))
except Exception as e:
    print(repr(None), '%', repr({1}), type(e).__name__, e)
try:
    r = True % 1
    print(repr(True), '%', repr(1), "=", repr(r))
except Exception as e:
    print(repr(True), '%', repr(1), type(e).__name__, e)
try:
    r = True % 2.5
    print(repr(True), '%', repr(2.5), "=", repr(r))
except Exception as e:
    print(repr(True), '%', repr(2.5), type(e).__name__, e)
try:
    r = True % "s"
    print(repr(True), '%', repr("s"), "=", repr(r))
except Exception as e:
    print(repr(True), '%', repr("s"), type(e).__name__, e)
try:
    r = True % [1]
    print(repr(True), '%', repr([1]), "=", repr(r))
except Exception as e:
    print(repr(True), '%', repr([1]), type(e).__name__, e)
try:
    r = True % (1,)
    print(repr(True), '%', repr((1,)), "=", repr(r))
except Exception as e:
    print(repr(True), '%', repr((1,)), type(e).__name__, e)
try:
    r = True % {1: 2}
    print(repr(True), '%', repr({1: 2}), "=", repr(r))
except Exception as e:
    print(repr(True), '%', repr({1: 2}), type(e).__name__, e)
try:
    r = True % None
    print(repr(True), '%', repr(None), "=", repr(r))
except Exception as e:
    print(repr(True), '%', repr(None), type(e).__name__, e)
try:
    r = True % True
    print(repr(True), '%', repr(True), "=", repr(r))
except Exception as e:
    print(repr(True), '%', repr(True), type(e).__name__, e)
try:
    r = True % {1}
    print(repr(True), '%', repr({1}), "=", repr(r))
except Exception as e:
    print(repr(True), '%', repr({1}), type(e).__name__, e)
try:
    r = {1} % 1
    print(repr({1}), '%', repr(1), "=", repr(r))
except Exception as e:
    print(repr({1}), '%', repr(1), type(e).__name__, e)
try:
    r = {1} % 2.5
    print(repr({1}), '%', repr(2.5), "=", repr(r))
except Exception as e:
    print(repr({1}), '%', repr(2.5), type(e).__name__, e)
try:
    r = {1} % "s"
    print(repr({1}), '%', repr("s"), "=", repr(r))
except Exception as e:
    print(repr({1}), '%', repr("s"), type(e).__name__, e)
try:
    r = {1} % [1]
    print(repr({1}), '%', repr([1]), "=", repr(r))
except Exception as e:
    print(repr({1}), '%', repr([1]), type(e).__name__, e)
try:
    r = {1} % (1,)
    print(repr({1}), '%', repr((1,)), "=", repr(r))
except Exception as e:
    print(repr({1}), '%', repr((1,)), type(e).__name__, e)
try:
    r = {1} % {1: 2}
    print(repr({1}), '%', repr({1: 2}), "=", repr(r))
except Exception as e:
    print(repr({1}), '%', repr({1: 2}), type(e).__name__, e)
try:
    r = {1} % None
    print(repr({1}), '%', repr(None), "=", repr(r))
except Exception as e:
    print(repr({1}), '%', repr(None), type(e).__name__, e)
try:
    r = {1} % True
    print(repr({1}), '%', repr(True), "=", repr(r))
except Exception as e:
    print(repr({1}), '%', repr(True), type(e).__name__, e)
try:
    r = {1} % {1}
    print(repr({1}), '%', repr({1}), "=", repr(r))
except Exception as e:
    print(repr({1}), '%', repr({1}), type(e).__name__, e)
