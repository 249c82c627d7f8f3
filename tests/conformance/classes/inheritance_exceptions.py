class AppError(Exception):
    code = 1
class NotFound(AppError):
    code = 404
class Forbidden(AppError):
    code = 403
for exc in [NotFound("page"), Forbidden("admin"), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("not found", e, e.code)
    except AppError as e:
        print("app error", type(e).__name__, e, e.code)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, isinstance(NotFound(), AppError))
try:
    try:
        raise NotFound("x")
    except Forbidden:
        print("wrong")
except Exception as e:
    print("outer", repr(e))
