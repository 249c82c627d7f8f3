# The parts of a split keep the group's traceback, cause, context and notes.
def describe(e, indent=""):
    notes = getattr(e, "__notes__", None)
    print(f"{indent}{e!r} tb={e.__traceback__ is not None} cause={e.__cause__!r} "
          f"context={e.__context__!r} suppress={e.__suppress_context__} notes={notes}")
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            describe(sub, indent + "  ")


try:
    try:
        raise KeyError("while handling")
    except KeyError:
        raise ExceptionGroup("raised", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
except ExceptionGroup as e:
    raised = e
raised.add_note("a note")
describe(raised)
match, rest = raised.split(ValueError)
describe(match)
describe(rest)
print(match.__notes__ is raised.__notes__, match.__notes__ == raised.__notes__)
match.add_note("only on the match")
print(raised.__notes__, match.__notes__, rest.__notes__)

try:
    raise ExceptionGroup("caused", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    caused = e
describe(caused.subgroup(TypeError))

never_raised = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
describe(never_raised.split(ValueError)[0])

odd = ExceptionGroup("odd notes", [ValueError(1), TypeError(2)])
odd.__notes__ = ("a", "tuple")
describe(odd.subgroup(ValueError))
odd.__notes__ = 42
describe(odd.subgroup(ValueError))
odd.__notes__ = "xy"
describe(odd.subgroup(ValueError))
