#!/usr/bin/env python3
"""Price-stress exploration: how attrition, formation and side-selling answer sudden falls and
spikes of several sizes, at several months relative to the harvest.

Each arm is the scenario with its scheduled price shocks replaced by one shock (a multiplier
held for `--duration` months from a month of year `--year`); the control is the same scenario
and seed with no shock at all. Named
random streams make the arms share every random number with the control, so the differences
come from the shock alone. Standard library only.

    mvn -q -DskipTests package
    python3 scripts/stress/price_stress.py scenarios/baseline.yaml --out out/stress

Writes OUT/stress.csv (one row per arm and seed) and prints a table of means over seeds.
"""
import argparse
import csv
import os
import subprocess
import sys

MONTHS = {"Jan": 1, "May": 5, "Jul": 7, "Oct": 10}
SIZES = [0.3, 0.5, 0.7, 1.3, 1.6, 2.0]


def run(jar, scenario, out, sets):
    cmd = ["java", "-jar", jar, "run", scenario, "--out", out, "--no-charts", "--quiet"]
    if HOUSEHOLDS_OPTION:
        cmd += ["--households", "none"]
    for s in sets:
        cmd += ["--set", s]
    subprocess.run(cmd, check=True)
    with open(os.path.join(out, "timeseries.csv")) as f:
        return list(csv.DictReader(f))


def num(row, key):
    v = row.get(key, "")
    return float(v) if v not in ("", "NA") else float("nan")


def measure(rows, control, at):
    """What the shock did, against the control, from its first step on."""
    before = num(rows[at - 1], "active_cooperatives")
    half = next((r["step"] for r in rows[at:] if num(r, "active_cooperatives") <= before / 2),
                None)
    lost_12 = before - num(rows[min(at + 12, len(rows) - 1)], "active_cooperatives")
    lost_36 = before - num(rows[min(at + 36, len(rows) - 1)], "active_cooperatives")
    ctrl_36 = before - num(control[min(at + 36, len(control) - 1)], "active_cooperatives")
    end = min(at + 120, len(rows) - 1)
    formed = num(rows[end], "cooperatives_formed") - num(rows[at - 1], "cooperatives_formed")
    side = [num(r, "side_selling_share") for r in rows[at:at + 12]]
    side_ctrl = [num(r, "side_selling_share") for r in control[at:at + 12]]
    mean = lambda xs: sum(x for x in xs if x == x) / max(1, sum(1 for x in xs if x == x))
    reserve = min((num(r, "mean_reserve") for r in rows[at:at + 24]
                   if num(r, "mean_reserve") == num(r, "mean_reserve")), default=float("nan"))
    return {
        "months_to_half": (int(half) - at) if half is not None else "",
        "coops_lost_12m": lost_12, "coops_lost_36m": lost_36, "control_lost_36m": ctrl_36,
        "formed_10y": formed, "side_selling_12m": mean(side),
        "control_side_selling_12m": mean(side_ctrl), "min_mean_reserve_24m": reserve,
    }


HOUSEHOLDS_OPTION = False


def main():
    global HOUSEHOLDS_OPTION
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("scenario")
    ap.add_argument("--jar", default="target/minga.jar")
    ap.add_argument("--out", default="out/stress")
    ap.add_argument("--year", type=int, default=6, help="year (from 0) of the shock")
    ap.add_argument("--duration", type=int, default=12)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--set", action="append", default=[], dest="sets",
                    help="extra KEY=VALUE for every run, control included (repeatable)")
    ap.add_argument("--months", default=",".join(MONTHS),
                    help="months of the shock, among " + ",".join(MONTHS))
    ap.add_argument("--sizes", default=",".join(str(x) for x in SIZES),
                    help="shock multipliers, comma-separated")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    usage = subprocess.run(["java", "-jar", args.jar, "run", "--help"], capture_output=True,
                           text=True).stdout
    HOUSEHOLDS_OPTION = "--households" in usage
    table = []
    for seed in range(1, args.seeds + 1):
        ctrl = run(args.jar, args.scenario, os.path.join(args.out, f"control-{seed}"),
                   [f"seed={seed}", "prices.shocks=[]"] + args.sets)
        for month in args.months.split(","):
            at = 12 * args.year + MONTHS[month] - 1
            for size in [float(x) for x in args.sizes.split(",")]:
                rows = run(args.jar, args.scenario,
                           os.path.join(args.out, f"x{size}-{month}-{seed}"),
                           [f"seed={seed}",
                            f"prices.shocks=[{{at: {at}, duration: {args.duration}, "
                            f"multiplier: {size}}}]"] + args.sets)
                r = {"seed": seed, "month": month, "multiplier": size, "step": at}
                r.update(measure(rows, ctrl, at))
                table.append(r)
                print(r, file=sys.stderr)
    summarise(table)
    with open(os.path.join(args.out, "stress.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(table[0]))
        w.writeheader()
        w.writerows(table)


def summarise(table):
    """Means over seeds, one line per shock: the table docs/model.md reports."""
    keys = ["months_to_half", "coops_lost_12m", "coops_lost_36m", "control_lost_36m",
            "formed_10y", "side_selling_12m", "control_side_selling_12m", "min_mean_reserve_24m"]
    print("| month | multiplier | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 2) + "|")
    arms = sorted({(r["month"], r["multiplier"]) for r in table},
                  key=lambda a: (MONTHS[a[0]], a[1]))
    for month, size in arms:
        rows = [r for r in table if r["month"] == month and r["multiplier"] == size]
        cells = []
        for k in keys:
            vals = [r[k] for r in rows if r[k] != "" and r[k] == r[k]]
            if k == "months_to_half":
                cells.append(f"{len(vals)}/{len(rows)} runs" + (
                    f", mean {sum(vals) / len(vals):.0f}" if vals else ""))
            else:
                cells.append(f"{sum(vals) / len(vals):.3g}" if vals else "n/a")
        print(f"| {month} | {size} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
