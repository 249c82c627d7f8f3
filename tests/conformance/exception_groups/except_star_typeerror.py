# except* ExceptionGroup is a TypeError, as is a type that is not an exception.
def attempt(label, body):
    try:
        body()
    except TypeError as e:
        print(label, "TypeError:", e, "| context:", repr(e.__context__))


def group():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


def base_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* BaseExceptionGroup:
        pass


def in_tuple():
    try:
        raise ValueError(1)
    except* (TypeError, ExceptionGroup):
        pass


class MyGroup(ExceptionGroup):
    pass


def subclass():
    try:
        raise ValueError(1)
    except* MyGroup:
        pass


def not_a_type():
    try:
        raise ValueError(1)
    except* 42:
        pass


def second_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("first clause ran")
    except* "TypeError":
        pass


def no_exception():
    try:
        pass
    except* ExceptionGroup:
        pass
    print("the type is only checked when something is raised")


for f in (group, base_group, in_tuple, subclass, not_a_type, second_clause, no_exception):
    attempt(f.__name__, f)
