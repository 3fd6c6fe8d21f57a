"""The `qorgau` command line: argument parsing and output only.

Every command calls one function of the use-case layer (`app.usecases`) and adds no rule
of its own; `common` holds what all commands share (opening a vault, printing, exit codes).
"""
