"""evaluation.real_roles: a role is the person's own when a phrase of theirs is in it, owners left out."""

from __future__ import annotations

from newsprism.evaluation.real_roles import role_right


def test_a_role_naming_the_persons_office_is_right():
    assert role_right("Treasury Secretary", ["treasury secretary"])
    assert role_right("head of the mayor's housing council", ["head"])


def test_an_owners_title_is_not_the_persons_role():
    assert not role_right("the mayor's lawyer", ["mayor"])
    assert not role_right("Mr.", ["mayor"])
    assert not role_right("First", ["first lady"])
