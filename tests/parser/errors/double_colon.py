if x:: pass
