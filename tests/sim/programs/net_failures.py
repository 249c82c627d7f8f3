# How requests fails on the simulated internet, with the rules given on the
# command line (see tests/sim/run.py): a refused connection, a host that
# never answers, an unknown name, a server error, a slow answer, a reset.
import time

import requests


def attempt(url, **kwargs):
    start = time.perf_counter()
    try:
        r = requests.get(url, **kwargs)
        r.raise_for_status()
        outcome = f'{r.status_code} {r.text!r}'
    except requests.exceptions.RequestException as e:
        outcome = f'{type(e).__name__}: {e}'
    print(f'{time.perf_counter() - start:.2f} {outcome}')


attempt('http://refused.example/')
attempt('http://blackhole.example/', timeout=1)
attempt('http://unknown.example/')
attempt('http://flaky.example/')
attempt('http://slow.example/report', timeout=(5, 0.5))
attempt('http://slow.example/report')
attempt('http://reset.example/')
attempt('http://teapot.example/')
