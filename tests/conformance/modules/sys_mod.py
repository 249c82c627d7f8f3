import sys
print(sys.argv[0].endswith(".py"), type(sys.argv), sys.getrecursionlimit())
print(sys.maxsize, sys.version_info[0], sys.version_info[:2])
sys.stderr.write("err line\n")
sys.stdout.write("out line\n")
print(sys.stdout is not None, "sys" in sys.modules)
