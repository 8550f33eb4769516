#!/usr/bin/env python3
"""Builds coffee-price-1986-2012-stylised.csv: a STYLISED monthly coffee world price, 1986-2012.

NOT REAL DATA. The series is drawn by hand through anchor points placed at the well-known
events of the coffee market (values are round guesses in USD per lb, the order of magnitude of
the ICO composite indicator, not copied from any data set), joined linearly month by month, with
a small deterministic wiggle (fixed seed) so that months differ. Events shaped:
  1986 boom after the 1985 Brazilian drought; decline 1986-87;
  July 1989 end of the International Coffee Agreement quota system and the collapse after it;
  1992-93 lows; June-July 1994 Brazilian frosts and the boom; 1995-96 easing;
  1997 boom (low stocks, frost fears); 1998-2000 decline;
  2001-03 coffee crisis (lowest real prices in a century); 2004-07 slow recovery;
  2008 financial-crisis dip; 2010-11 rise to the 2011 peak; 2012 decline.
Run: python3 make_coffee_price_1986_2012.py > coffee-price-1986-2012-stylised.csv
To use a real series instead, point prices.replay.file at it (see the scenario's header).
"""
import math
import random

ANCHORS = [  # (year, month, USD/lb)
    (1986, 1, 1.95), (1986, 3, 2.20), (1986, 8, 1.75), (1987, 3, 1.20), (1987, 12, 1.25),
    (1988, 6, 1.30), (1989, 5, 1.25), (1989, 7, 1.05), (1989, 10, 0.80), (1990, 6, 0.80),
    (1991, 6, 0.75), (1992, 3, 0.60), (1992, 9, 0.52), (1993, 4, 0.55), (1993, 10, 0.68),
    (1994, 5, 0.95), (1994, 7, 1.70), (1994, 9, 1.90), (1995, 3, 1.55), (1995, 10, 1.25),
    (1996, 6, 1.10), (1996, 12, 1.05), (1997, 3, 1.55), (1997, 5, 1.90), (1997, 10, 1.45),
    (1998, 6, 1.20), (1999, 6, 0.95), (2000, 6, 0.80), (2001, 3, 0.55), (2001, 10, 0.45),
    (2002, 6, 0.46), (2003, 6, 0.52), (2004, 6, 0.62), (2005, 3, 0.90), (2005, 12, 0.85),
    (2006, 12, 0.98), (2007, 12, 1.05), (2008, 6, 1.20), (2008, 12, 1.00), (2009, 6, 1.10),
    (2010, 1, 1.20), (2010, 9, 1.55), (2011, 4, 2.30), (2011, 8, 2.10), (2011, 12, 1.85),
    (2012, 6, 1.55), (2012, 12, 1.45),
]


def months(year, month):
    return (year - 1986) * 12 + (month - 1)


def main():
    rng = random.Random(1986)
    points = [(months(y, m), v) for y, m, v in ANCHORS]
    print("date,price")
    for t in range(months(2012, 12) + 1):
        for (t0, v0), (t1, v1) in zip(points, points[1:]):
            if t0 <= t <= t1:
                base = v0 + (v1 - v0) * (t - t0) / (t1 - t0)
                break
        wiggle = math.exp(rng.gauss(0.0, 0.025))
        year, month = 1986 + t // 12, t % 12 + 1
        print(f"{year:04d}-{month:02d},{base * wiggle:.4f}")


if __name__ == "__main__":
    main()
