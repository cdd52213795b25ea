"""newsflow's streaming shell: Faust app, topics, agents, settings, metrics and CLI.

Agents decode, call :mod:`pipeline`, send and count; nothing else lives here.
"""

__all__: list[str] = []
