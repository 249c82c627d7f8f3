# From the course: 002_039665b7b9fb3412.txt, line 521
main()

### Что исполняет цикл событий у корутины
