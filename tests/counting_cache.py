"""The shared cache, counted: what a visit asks of it."""


class CountingCache:
    """The shared cache, with a record of the operations asked of it."""

    def __init__(self, real):
        self.real = real
        self.operations = []

    def __getattr__(self, name):
        attribute = getattr(self.real, name)
        if not callable(attribute):
            return attribute

        def counted(*args, **kwargs):
            self.operations.append(name)
            return attribute(*args, **kwargs)

        return counted
