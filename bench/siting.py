"""Siting, blockade and hot-spot benchmarks (issue 14), side by side in one run.

    .venv/bin/python bench/siting.py [--quick] [--spopt-python PATH] [--out bench/results-siting.md]

Pure core, no QGIS: the synthetic street grid (``make_grid_city``), travel times from
PatrolMap's own network, then

1. MCLP 2,000 demand × 300 candidates × 30 posts, to a proven optimum: PatrolMap
   (``core.siting.solve``, HiGHS through SciPy) against PySAL spopt's MCLP with PuLP/CBC on the
   same coverage sets (spopt runs in its own venv, ``--spopt-python``; without it the row says
   so). Same objective value is checked; the time ratio is reported.
2. MCLP 10,000 × 1,000 × 60 with a 60 s limit: time to a proven optimum or the gap at the
   limit, and the gaps of plain greedy and of greedy + swaps (the start) beside it, all against
   HiGHS's bound. SciPy's milp takes no start solution: when HiGHS finds nothing better in
   time, the start is the answer reported, with HiGHS's bound and the gap.
3. Blockade of 13 exits by 20 posts, and hot spots over a year of incidents, on the 200 × 200
   city: time each (goal: under 1 s).

The harness (bench/run.py) can take this as one section: ``section(args) -> list[str]``
returns the Markdown lines; run on its own it writes them to ``--out``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plugin.core.blockade import bottleneck_assignment  # noqa: E402
from plugin.core.hotspots import kde, lixels  # noqa: E402
from plugin.core.incident_history import incident_year  # noqa: E402
from plugin.core.network import Snapped  # noqa: E402
from plugin.core.siting import SitingInput, _greedy_mclp, solve  # noqa: E402
from plugin.core.synthetic import make_grid_city  # noqa: E402

TARGET_S = 180.0

SPOPT_SCRIPT = r"""
import json, sys, time
import numpy as np, pulp
from spopt.locate import MCLP
data = np.load(sys.argv[1])
cost = np.where(np.isfinite(data["times"]), data["times"], 1e9)
t0 = time.perf_counter()
model = MCLP.from_cost_matrix(cost, data["weights"], service_radius=float(data["radius"]), p_facilities=int(data["p"]), name="mclp")
model = model.solve(pulp.PULP_CBC_CMD(msg=False))
seconds = time.perf_counter() - t0
chosen = [j for j, v in enumerate(model.fac_vars) if v.value() is not None and v.value() > 0.5]
print(json.dumps({"seconds": seconds, "chosen": chosen, "status": pulp.LpStatus[model.problem.status]}))
"""


def road_points(network, n: int, rng) -> Snapped:
    """``n`` positions spread along the roads in proportion to length."""
    p = network.length_m / network.length_m.sum()
    seg = rng.choice(network.n_segments, size=n, p=p)
    s = rng.random(n)
    ends = network.seg_xy[seg]
    return Snapped(seg, s, np.zeros(n), ends[:, 0] + s[:, None] * (ends[:, 1] - ends[:, 0]))


def timed(function, *args, **kwargs):
    t0 = time.perf_counter()
    value = function(*args, **kwargs)
    return value, time.perf_counter() - t0


def mclp_instance(network, n_d: int, n_c: int, rng):
    demand = road_points(network, n_d, rng)
    cands = road_points(network, n_c, rng)
    times, seconds = timed(network.travel_times, cands, demand, limit_s=TARGET_S)
    weights = rng.integers(1, 10, n_d).astype(float)
    return times.T, weights, seconds


def covered(times, weights, chosen) -> float:
    return float(weights[(times[:, list(chosen)] <= TARGET_S + 1e-6).any(axis=1)].sum())


def run_spopt(python: str | None, times, weights, p: int) -> dict | None:
    if not python:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "mclp.npz"
        np.savez(data, times=times, weights=weights, radius=TARGET_S, p=p)
        script = Path(tmp) / "spopt_mclp.py"
        script.write_text(SPOPT_SCRIPT)
        done = subprocess.run([python, str(script), str(data)], capture_output=True, text=True, timeout=3600)
        if done.returncode != 0:
            return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
        return json.loads(done.stdout.strip().splitlines()[-1])


def section(args) -> list[str]:
    rng = np.random.default_rng(14)
    n = 60 if args.quick else 200
    city, build_s = timed(lambda: make_grid_city(n, spacing=100.0, seed=14).build())
    lines = [
        "## Siting, blockade, hot spots (bench/siting.py)",
        "",
        f"Synthetic {n} × {n} street grid ({city.n_segments:,} segments, built in {build_s:.1f} s); "
        f"coverage within {TARGET_S / 60:g} min on PatrolMap's travel times. Python {sys.version.split()[0]}, "
        f"run {dt.datetime.now().isoformat(timespec='seconds')}.",
        "",
        "| case | PatrolMap | other | ratio / note |",
        "|---|---|---|---|",
    ]

    # 1. MCLP 2,000 × 300 × 30 against spopt.
    times, weights, matrix_s = mclp_instance(city, 2000, 300, rng)
    result = solve(
        SitingInput(
            times,
            np.zeros((2000, 0)),
            weights[None, :],
            np.full(2000, TARGET_S),
            "mclp",
            30,
            time_limit_s=120,
        )
    )
    ours = f"{result.solve_s:.2f} s, {result.objective:.0f} covered, {'proven optimal' if result.proven_optimal else f'gap {result.gap_pct:.2g} %'}"
    spopt = run_spopt(args.spopt_python, times, weights, 30)
    if spopt is None:
        other, note = "not run", "pass --spopt-python (a venv with spopt + pulp)"
    elif "error" in spopt:
        other, note = "failed", spopt["error"]
    else:
        theirs = covered(times, weights, spopt["chosen"])
        other = f"{spopt['seconds']:.2f} s, {theirs:.0f} covered ({spopt['status']})"
        same = "same objective" if abs(theirs - result.objective) < 1e-6 else "DIFFERENT objective"
        note = f"{spopt['seconds'] / max(result.solve_s, 1e-9):.1f}× faster; {same}"
    lines.append(
        f"| MCLP 2,000 × 300 × 30 (matrix {matrix_s:.1f} s) | {ours} | spopt + CBC: {other} | {note} |"
    )

    # 2. MCLP 10,000 × 1,000 × 60 with a 60 s limit.
    size = (3000, 300, 30) if args.quick else (10000, 1000, 60)
    times, weights, matrix_s = mclp_instance(city, size[0], size[1], rng)
    result = solve(
        SitingInput(
            times,
            np.zeros((size[0], 0)),
            weights[None, :],
            np.full(size[0], TARGET_S),
            "mclp",
            size[2],
            time_limit_s=60,
        )
    )
    state = "proven optimal" if result.proven_optimal else f"gap {result.gap_pct:.3g} % at the limit"
    plain_chosen = _greedy_mclp(times <= TARGET_S + 1e-6, np.zeros(size[0], dtype=bool), weights, size[2])
    plain = covered(times, weights, np.flatnonzero(plain_chosen))

    def gap(value):
        return (result.bound - value) / result.bound * 100 if result.bound else float("nan")

    lines.append(
        f"| MCLP {size[0]:,} × {size[1]:,} × {size[2]} (matrix {matrix_s:.1f} s) | {result.solve_s:.1f} s, "
        f"{result.objective:.0f} covered (from {result.source}), bound {result.bound:.0f}, {state} | "
        f"greedy {plain:.0f}; greedy + swaps (the start) {result.greedy_objective:.0f} | "
        f"greedy's gap {gap(plain):.2g} %, with swaps {gap(result.greedy_objective):.2g} % |"
    )

    # 3. Blockade 13 exits × 20 posts.
    posts = road_points(city, 20, rng)
    exits = road_points(city, 13, rng)
    t0 = time.perf_counter()
    block = bottleneck_assignment(city.travel_times(posts, exits))
    blockade_s = time.perf_counter() - t0
    lines.append(
        f"| blockade 13 exits × 20 posts (travel times + assignment) | {blockade_s:.2f} s, slowest "
        f"{block.slowest_s / 60:.1f} min | — | goal < 1 s |"
    )

    # 4. Hot spots over a year of incidents.
    ends = city.seg_xy
    mid = (ends[:, 0] + ends[:, 1]) / 2
    centre = np.median(mid, axis=0)
    dist = np.hypot(*(mid - centre).T)
    shop = dist < np.quantile(dist, 0.02)
    night = (dist > np.quantile(dist, 0.3)) & (dist < np.quantile(dist, 0.31))
    year = incident_year(mid, shop, night, dt.datetime(2025, 1, 1), days=365, per_day=40)
    t0 = time.perf_counter()
    snapped = city.snap(year.xy, max_distance=50.0)
    lix = lixels(city, 50.0)
    mass = kde(city, snapped, np.ones(len(year.times)), 300.0, lix)
    hot_s = time.perf_counter() - t0
    lines.append(
        f"| hot spots: {len(year.times):,} incidents, 300 m bandwidth, {len(lix.seg):,} lixels (snap + KDE) | "
        f"{hot_s:.2f} s, mass {mass.sum():.1f} of {int(snapped.ok.sum())} | — | goal < 1 s |"
    )
    lines.append("")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a 60 × 60 city and smaller problems")
    parser.add_argument("--spopt-python", default="", help="python of a venv with spopt and pulp")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results-siting.md")
    args = parser.parse_args(argv)
    lines = section(args)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
