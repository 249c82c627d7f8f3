# expect: the 'match' statement is not supported in the playground yet @ 3
x = 1
match x:
    case 1:
        pass
