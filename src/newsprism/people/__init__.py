"""The people model: the names, roles and genders an article gives its people, and the rules
that decide when two written names are one name."""
