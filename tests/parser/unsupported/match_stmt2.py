# expect: the 'match' statement is not supported in the playground yet @ 2
match command.split():
    case [action]:
        pass
