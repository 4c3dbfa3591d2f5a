"""The demo's cases built in slices, in worker processes while the parent writes.

The cases (drawn and sorted by the parent) are cut into slices of SLICE_CASES in receipt order.
Each slice is built from generators seeded by (seed, slice index) alone, with its first id and each
year's first serial handed over by the parent, so a slice's rows are the same whichever process
builds it and however many there are: the same seed and `now` give the same database with one
worker or two. The parent writes the slices in order (one writer), so history and survey ids follow.

Workers are started with "spawn" and import only this module's needs (the demo builders, the domain
rules, Peewee's models for their field lists): no Qt, no ReportLab.
"""

from __future__ import annotations

import multiprocessing
import random
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from civicdesk_gui.demo.case_builder import CaseBuilder, SliceContext, Spec

SLICE_CASES = 5000  # cases per slice: fixed, so the slices (and the data) never depend on the workers
Rows = tuple[list[tuple], list[tuple], list[tuple]]


@dataclass(frozen=True)
class SliceJob:
    index: int
    seed: int
    first_id: int
    serial_start: dict[int, int]  # year -> the serial before the slice's first case of that year
    specs: list[Spec]


def slice_jobs(seed: int, specs: list[Spec], first_id: int, serial_base: dict[int, int]) -> list[SliceJob]:
    """Cut the sorted specs into slices; `serial_base[year]` is the year's counter before the demo."""
    jobs = []
    serials = dict(serial_base)
    for index, start in enumerate(range(0, len(specs), SLICE_CASES)):
        part = specs[start : start + SLICE_CASES]
        jobs.append(SliceJob(index, seed, first_id + start, dict(serials), part))
        for spec in part:
            serials[spec.received_at.year] += 1
    return jobs


def slice_generators(seed: int, index: int) -> tuple[random.Random, random.Random]:
    """The slice's main and side generators (a text seed is hashed with SHA-512: the same in every
    process, unlike hash())."""
    return random.Random(f"civicdesk-demo/{seed}/{index}"), random.Random(
        f"civicdesk-demo/{seed}/{index}/side"
    )


def build_slice(job: SliceJob, context: SliceContext | None = None) -> Rows:
    rng, side_rng = slice_generators(job.seed, job.index)
    builder = CaseBuilder(
        context or _worker_context,
        rng=rng,
        side_rng=side_rng,
        first_id=job.first_id,
        serial_start=job.serial_start,
    )
    for spec in job.specs:
        builder.add(spec)
    return builder.rows()


_worker_context: SliceContext  # set in each worker process by _start_worker


def _start_worker(context: SliceContext) -> None:
    global _worker_context
    _worker_context = context


def built_slices(context: SliceContext, jobs: list[SliceJob], workers: int) -> Iterator[Rows]:
    """The slices' rows in slice order: built here with one worker, else by a pool of `workers`
    processes that keeps at most two slices a worker ahead of the writer (memory stays bounded)."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield build_slice(job, context)
        return
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(context,),
    )
    try:
        pending: deque = deque()
        for job in jobs:
            pending.append(pool.submit(build_slice, job))
            if len(pending) > 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
