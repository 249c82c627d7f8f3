# warnings.simplefilter("ignore") also silences "coroutine ... was never
# awaited"; a RuntimeWarning filter for another message does not.
import warnings


async def job():
    return 1


warnings.filterwarnings("ignore", message="unrelated", category=RuntimeWarning)
job()
warnings.simplefilter("ignore")
job()
leftover = job()
with warnings.catch_warnings():
    warnings.simplefilter("default")
    job()
print("end")
