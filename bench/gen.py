#!/usr/bin/env python3
"""Generate a synthetic mtcr data directory of N meetings in the bundled schema.

    bench/gen.py N OUTDIR

Field lengths follow the bundled record (about 200 bytes a row: a summary with commas and
quotes, sometimes notes, one or two source URLs), so the files quote like the real ones. Members,
concerns and links grow in proportion: N/100 members (at least 40), N/100 concerns (at
least 40), five concerns per meeting, one new member every other meeting. Deterministic:
the same N gives the same bytes."""
import csv
import os
import random
import sys

WORDS = ("regime plenary partners export controls missile technology transfer brokering "
         "transshipment outreach dialogue proliferation annex guidelines intangible unmanned "
         "aerial vehicles space launch catch-all enforcement licensing information exchange "
         "regional tensions ballistic cruise delivery systems weapons mass destruction "
         "resolution council assistance adherence membership consensus chair statement").split()
CITIES = ("Rome Seoul Oslo Canberra Interlaken Stockholm Bonn Edinburgh Tokyo Budapest "
          "Noordwijk Helsinki Ottawa Warsaw Madrid Copenhagen Athens Dublin Auckland Sochi "
          "Montreux Busan Rotterdam Berlin Paris").split() + ["Buenos Aires", "Rio de Janeiro",
                                                              "Washington, D.C."]


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize()


def code(i):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return letters[i // 676 % 26] + letters[i // 26 % 26] + letters[i % 26]


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(n)
    nmembers = min(max(40, n // 100), 17576)
    nconcerns = max(40, n // 100)
    codes = [code(i) for i in range(nmembers)]

    def writer(name, header):
        f = open(os.path.join(out, name + ".csv"), "w", newline="", encoding="utf-8")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        return f, w

    f, w = writer("members", ["code", "name", "status", "joined", "region", "notes", "sources"])
    for i, c in enumerate(codes):
        w.writerow([c, "Member %d (Ærø, São Tomé)" % i, "partner" if i % 10 else "adherent",
                    "%d-%02d" % (1987 + i % 37, 1 + i % 12) if i % 10 else "",
                    rng.choice(["Europe", "Americas", "Asia-Pacific", "Africa"]),
                    sentence(rng, 8) if i % 3 == 0 else "",
                    "https://example.org/members/%s" % c])
    f.close()

    f, w = writer("concerns", ["id", "name", "category", "description"])
    for i in range(nconcerns):
        w.writerow(["c%d" % i, sentence(rng, 3), rng.choice(["controls", "regional", "outreach"]),
                    sentence(rng, 20) + ", and \"more\"."])
    f.close()

    f, w = writer("meetings", ["id", "kind", "number", "start", "end", "city", "host", "chair",
                               "chair_country", "opened_by", "partners", "summary", "notes",
                               "sources"])
    for i in range(n):
        y, m, d = 1988 + i % 36, 1 + i % 12, 1 + i % 25
        host, co = rng.choice(codes), rng.choice(codes)
        summary = "%s, %s. The \"%s\" %s." % (sentence(rng, 4), sentence(rng, 3),
                                               rng.choice(WORDS), sentence(rng, 3))
        w.writerow(["m%d" % i, "plenary" if i % 8 else "rpoc", str(i + 1) if i % 8 else "",
                    "%d-%02d-%02d" % (y, m, d), "%d-%02d-%02d" % (y, m, d + 3),
                    rng.choice(CITIES), host, "Amb. %s" % rng.choice(WORDS).capitalize(),
                    host if i % 5 else host + ";" + co, "",
                    str(20 + i % 16) if i % 3 else "",
                    summary, sentence(rng, 4) if i % 8 == 0 else "",
                    " ".join("https://e.org/s/%d/%d" % (i, k) for k in range(1 + i % 2))])
    f.close()

    f, w = writer("meeting_concerns", ["meeting", "concern"])
    for i in range(n):
        for c in rng.sample(range(nconcerns), 5):
            w.writerow(["m%d" % i, "c%d" % c])
    f.close()

    f, w = writer("meeting_members", ["meeting", "member", "role"])
    used = set()
    for i in range(0, n, 2):
        c = rng.choice(codes)
        if (i, c) not in used:
            used.add((i, c))
            w.writerow(["m%d" % i, c, "new"])
    f.close()


if __name__ == "__main__":
    main()
