"""Write the VADER valence of each word of data/evaluative_words.tsv as its fifth column.

The events stage needs to know whether an evaluative word faults or praises ("called the plan
reckless" is criticism, "called it admirable" praise); VADER (Hutto & Gilbert, MIT, the lexicon of
the ``vaderSentiment`` package) gives a signed mean valence from -4 to 4. Words VADER does not list
keep an empty fifth column. Run once with the path of ``vader_lexicon.txt``:

    python3 benchmarks/evaluative_valence.py PATH/vader_lexicon.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

TSV = Path(__file__).resolve().parents[1] / "src" / "newsprism" / "data" / "evaluative_words.tsv"


def main(vader_path: str) -> None:
    valence = {}
    for line in Path(vader_path).read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2:
            valence[fields[0]] = fields[1]
    out = []
    for line in TSV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            out.append(line)
            continue
        fields = line.split("\t")[:4]
        fields += [""] * (4 - len(fields))
        out.append("\t".join([*fields, valence.get(fields[0], "")]))
    TSV.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
