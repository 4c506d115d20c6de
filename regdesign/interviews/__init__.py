"""Guided docassemble interviews: the offline engine driver, validation, ToR → bidder interview generation and
packaging as the docassemble package ``docassemble.medeinn``.

Public verbs: :func:`run_interview`, :func:`validate_interview`, :func:`generate_bidder_interview`,
:func:`build_package`, and :class:`InterviewSession` (a worker process the explorer steps screen by screen).
docassemble is imported lazily, on first use.
"""

from __future__ import annotations

from typing import Any

__all__ = ["run_interview", "validate_interview", "generate_bidder_interview", "build_package", "InterviewSession"]


def __getattr__(name: str) -> Any:
    if name == "run_interview":
        from regdesign.interviews.engine import run_interview

        return run_interview
    if name == "validate_interview":
        from regdesign.interviews.validate import validate_interview

        return validate_interview
    if name == "generate_bidder_interview":
        from regdesign.interviews.generate import generate_bidder_interview

        return generate_bidder_interview
    if name == "build_package":
        from regdesign.interviews.package import build_package

        return build_package
    if name == "InterviewSession":
        from regdesign.interviews.worker import InterviewSession

        return InterviewSession
    raise AttributeError(name)
