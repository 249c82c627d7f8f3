class TrafficLight:
    transitions = {"green": "yellow", "yellow": "red", "red": "green"}
    def __init__(self):
        self.state = "red"
        self.history = []
    def step(self):
        self.history.append(self.state)
        self.state = self.transitions[self.state]
        return self
light = TrafficLight()
for _ in range(5):
    light.step()
print(light.state, light.history)
