#!/usr/bin/python3
"""Checks tenderkit batch's winners against an independent exact reference and explains where
float peers disagree.

  bench-batch-check.py INPUT.csv TENDERKIT_OUT.csv [PEER=PEER_OUT.csv ...] [--sample N]

The reference reads INPUT with the csv module and computes every total with fractions.Fraction
(price 40 x lowest / rate, ability 29, quality 26, partnership 5, marks out of 5), ranks by the
contract's rule (total, then quality total, then lower rate, then bidder_id) and rounds the
winner's score half away from zero. It checks a random sample of N competitions (default
2000) and every competition where a peer disagrees with tenderkit. Each disagreement is
explained: an exact tie that the peer broke by float noise or without the quality rule, a score
whose exact value ends in 5 at the third place that the peer's float rounded down, or anything
else (listed as unexplained). Exits 1 if tenderkit differs from the reference anywhere checked.
"""
import csv
import random
import sys
from fractions import Fraction

WEIGHTS = {"ability": 29, "quality": 26, "partnership": 5}
PRICE = 40


def read_winners(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.DictReader(f)
        return {r["competition_id"]: (r["bidder_id"], r["rate"], r["score"]) for r in rows}


def half_away(value):
    """An exact non-negative Fraction to 2 places, half away from zero, as text."""
    hundredths = (value * 200 + 1) // 2
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def pence(text):
    pounds, _, frac = text.partition(".")
    return int(pounds) * 100 + int((frac + "00")[:2])


def main(argv):
    sample_size = 2000
    if "--sample" in argv:
        i = argv.index("--sample")
        sample_size = int(argv[i + 1])
        del argv[i:i + 2]
    source, ours_path = argv[1], argv[2]
    peers = {}
    for spec in argv[3:]:
        name, _, path = spec.partition("=")
        peers[name] = read_winners(path)
    ours = read_winners(ours_path)

    disagree = {name: sorted(c for c in ours if got.get(c) != ours[c]) for name, got in peers.items()}
    for name, got in peers.items():
        missing = set(got) ^ set(ours)
        if missing:
            print(f"  {name}: {len(missing)} competitions in one output and not the other, e.g. {sorted(missing)[:3]}")
    rng = random.Random(1)
    ids = sorted(ours)
    wanted = set(rng.sample(ids, min(sample_size, len(ids))))
    for cs in disagree.values():
        wanted.update(cs)

    bids = {c: [] for c in wanted}
    with open(source, newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            c = r["competition_id"]
            if c in bids:
                quality = sum(Fraction(w * int(r[k]), 5) for k, w in WEIGHTS.items())
                floats = [float(r[k]) for k in WEIGHTS]
                bids[c].append((r["bidder_id"], pence(r["rate"]), quality, r["rate"], floats))

    def exact(c):
        lowest = min(b[1] for b in bids[c])
        scored = [(Fraction(PRICE * lowest, b[1]) + b[2], b) for b in bids[c]]
        scored.sort(key=lambda t: (-t[0], -t[1][2], t[1][1], t[1][0].encode()))
        return scored, lowest

    wrong = []
    for c in sorted(wanted):
        scored, _ = exact(c)
        total, best = scored[0]
        want = (best[0], f"{best[1] // 100}.{best[1] % 100:02d}", half_away(total))
        if ours.get(c) != want:
            wrong.append((c, ours.get(c), want))
    print(f"  exact reference (fractions.Fraction): {len(wanted)} competitions checked "
          f"({min(sample_size, len(ids))} sampled + every one a peer disagrees on), "
          f"{len(wrong)} differ from tenderkit")
    for c, got, want in wrong[:20]:
        print(f"    MISMATCH {c}: tenderkit {got}, reference {want}")

    for name, cs in disagree.items():
        reasons = {"tie": [], "rounding": [], "other": []}
        for c in cs:
            scored, lowest = exact(c)
            theirs = peers[name][c]
            total, best = scored[0]
            peer_bid = next((b for b in bids[c] if b[0] == theirs[0]), None)

            def fl(b):  # the total as the peers compute it, left to right in binary floating point
                v = PRICE * (lowest / 100) / float(b[3])
                for w, m in zip(WEIGHTS.values(), b[4]):
                    v = v + w * m / 5
                return v

            if peer_bid is not None and peer_bid[0] != best[0]:
                peer_total = next(t for t, b in scored if b[0] == peer_bid[0])
                if peer_total == total:
                    why = ("the floats are equal too, and the peer breaks ties on the lower rate instead"
                           if fl(best) == fl(peer_bid) else
                           f"in floats {best[0]} = {fl(best)!r} and {peer_bid[0]} = {fl(peer_bid)!r}: rounding error decides")
                    reasons["tie"].append(
                        f"{c}: exact tie at {total} between {best[0]} (quality {float(best[2]):g}, rate {best[3]}) and "
                        f"{peer_bid[0]} (quality {float(peer_bid[2]):g}, rate {peer_bid[3]}); the contract gives it to the "
                        f"higher quality total, {best[0]}; {why}")
                    continue
            elif peer_bid is not None and theirs[2] != half_away(total):
                f = fl(best)
                why = ("is exactly the half, which %.2f rounds to even" if Fraction(f) == total else
                       f"is {f:.17g}, just below the half")
                reasons["rounding"].append(
                    f"{c}: {best[0]}'s exact score {total} = {float(total):.6f} rounds half away from zero to "
                    f"{half_away(total)}; the peer's float {why}, and prints {theirs[2]}")
                continue
            reasons["other"].append(f"{c}: tenderkit {ours[c]}, {name} {theirs}")
        print(f"  {name}: disagrees with tenderkit on {len(cs)} of {len(ours)} competitions: "
              f"{len(reasons['tie'])} exact ties, {len(reasons['rounding'])} roundings of an exact half, "
              f"{len(reasons['other'])} unexplained")
        for kind in ("tie", "rounding", "other"):
            for line in reasons[kind][:8]:
                print(f"    [{kind}] {line}")
            if len(reasons[kind]) > 8:
                print(f"    [{kind}] ... and {len(reasons[kind]) - 8} more")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
