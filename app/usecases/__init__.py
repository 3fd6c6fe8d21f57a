"""The use-case layer: one function for each action a person can take.

The command line (`app.cli`) and the desktop (`ui`) call these functions and nothing
below them, so both interfaces obey the same rules. Each action:

- validates its input (a `storage.errors.QorgauError` with a clear message, nothing changed);
- does its work in one transaction where it writes;
- writes its own audit entry, with the reason where a person gave one.

Read models for screens live here too; they take the language as an argument.
"""
