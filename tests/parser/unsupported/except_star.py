# expect: 'except*' is not supported in the playground yet @ 4
try:
    pass
except* ValueError:
    pass
