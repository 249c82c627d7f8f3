match command.split():
    case [action]:
        pass
