class AppError(Exception):
    pass
def load():
    try:
        open_conn()
    except NameError as e:
        raise AppError("load failed") from e
load()
