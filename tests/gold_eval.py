#!/usr/bin/env python3
"""The hand-annotated SaudiNewsNet sets (bench/gold) scored by marsad, against floors.

Floors sit a little under the scores at the end of the twenty-third session (sets 5–22: NER
`--entities` fast 88.8 / 90.7 / 91.0 / 82.5 / 86.6 / 90.6 / 87.8 / 88.2 / 87.5 / 87.1 / 90.3 /
88.3 / 90.1 / 89.0 / 84.5 / 82.8 / 84.3 / 86.8, quotes content + speaker 0.863 / 0.779 / 0.839 /
0.842 / 0.811 / 0.827 / 0.854 / 0.872 / 0.896 / 0.875 / 0.879 / 0.889 / 0.824 / 0.833 / 0.925 /
0.762 / 0.912 / 0.826, times relaxed 0.909 / 0.972 / 1.000 / 0.923 / 0.930 / 0.946 / 0.935 /
0.921 / 0.979 / 0.950 / 0.947 / 0.886 / 0.960 / 0.947 / 0.853 / 0.900 / 0.937 / 0.916); sets
23–26 under the twenty-fourth session's end, sets 27–32 under the twenty-fifth's (NER 83.6 / 89.5
/ 85.4 / 85.5 / 81.2 / 81.8, quotes 0.939 / 0.866 / 0.850 / 0.867 / 0.736 / 0.826, times 0.947 /
0.900 / 0.894 / 0.829 / 0.969 / 0.930), sets 33–38 under the twenty-sixth's (NER 85.5 / 85.1 /
86.4 / 77.1 / 85.5 / 85.0, quotes 0.904 / 0.782 / 0.797 / 0.824 / 0.764 / 0.771, times 0.861 /
0.903 / 0.898 / 0.852 / 0.980 / 0.909), sets 39–43 under the twenty-seventh's (NER 80.6 / 86.0 / 72.5 /
92.3 / 84.6, quotes 0.950 / 0.667 / 0.832 / 0.841 / 0.699, times 0.889 / 0.912 / 0.959 / 0.819 / 0.923), sets
44–48 under the twenty-eighth's (NER 83.9 / 85.0 / 82.7 / 87.1 / 85.2, quotes 0.944 / 0.955 / 0.837 /
0.923 / 0.800, times 0.972 / 0.717 / 0.960 / 0.945 / 0.986), sets 49–53 under the twenty-ninth's (NER
86.7 / 85.1 / 87.1 / 80.8 / 90.3, quotes 0.845 / 0.793 / 0.800 / 0.776 / 0.736, times 0.957 / 0.928 /
0.979 / 0.930 / 0.806), set 54 under the thirtieth's (NER 77.4, quotes 0.750, times 0.923), sets 55–56
under the thirty-first's (NER 86.8 / 88.3, quotes 0.805 / 0.937, times 0.903 / 0.946), sets 57–58
under the thirty-second's (NER 83.9 / 79.7, quotes 0.712 / 0.831, times 0.915 / 0.879), sets 59–60
under the thirty-third's (NER 87.0 / 84.9, quotes 0.821 / 0.780, times 1.000 / 0.962), sets 61–62
under the thirty-fourth's (NER 74.0 / 85.5, quotes 0.813 / 0.819, times 0.816 / 0.938), sets 63–64
under the thirty-fifth's (NER 83.6 / 75.3, quotes 0.941 / 0.713, times 0.974 / 0.925), sets 65–66
under the thirty-sixth's (NER 80.9 / 86.8, quotes 0.919 / 0.797, times 1.000 / 0.954), sets 67–68
under the thirty-seventh's (NER 74.1 / 89.1, quotes 0.870 / 0.848, times 0.947 / 0.889), sets 69–70
under the thirty-eighth's (NER 87.2 / 88.6, quotes 0.803 / 0.808, times 0.943 / 0.932), sets 71–76
under the fortieth's (NER 86.2 / 91.3 / 86.4 / 88.4 / 87.8 / 83.0, quotes 0.764 / 0.847 / 0.873 /
0.788 / 0.889 / 0.762, times 0.893 / 0.947 / 0.939 / 0.941 / 0.913 / 0.941), sets 77–80 under
the forty-third's (NER 94.7 / 85.9 / 86.3 / 91.1, quotes 0.834 / 0.644 / 0.835 / 0.688, times
0.950 / 0.944 / 0.958 / 0.909), sets 81–84 under the forty-fourth's (NER 87.1 / 89.7 / 88.1 / 81.7,
quotes 0.929 / 0.851 / 0.835 / 0.882, times 0.951 / 1.000 / 1.000 / 0.942), sets 85–86 under
the forty-fifth's (NER 88.4 / 85.5, quotes 0.772 / 0.889, times 0.957 / 0.941), sets 87–88
under the forty-sixth's start (NER 84.3 / 87.9, quotes 0.827 / 0.800, times 0.892 / 0.957) and
sets 89–90 under its end (NER 85.3 / 85.5, quotes 0.736 / 0.819, times 0.968 / 0.931), with a
few older floors raised to what later sessions reached: a change that loses more than that on
modern news fails here. Since the fortieth session the tagger learns the NER articles of sets
5–70 (`train ner --more-gold`): their NER scores (0.95–1.00) are training-set figures, and the
quote floors of sets 5, 21, 23, 51, 58, 59 and 65 sit under that model's scores (its other
entities moved some speakers; pooled over sets 5–72 quotes stay at 0.850), then those of sets 24,
26, 34, 39 and 46 and set 72's NER floor under the domain-feature model's (pooled quotes over
sets 5–74 0.849 before it and after). Sets 71 on are the
held-out measure. Skips (exit 77) when ../shared is absent.
  gold_eval.py MARSAD SOURCE_DIR [--every N]
--every N scores every Nth set only (and the summary sets): the sanitizer build checks memory on
a third of the articles, its accuracy being the release build's. Two sets are scored at a time.
"""
import json, re, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

FLOORS = {  # set: (NER F1, quotes content+speaker F1, times relaxed F1)
    "set5": (0.89, 0.85, 0.88),
    "set6": (0.91, 0.77, 0.95),
    "set7": (0.91, 0.87, 0.97),
    "set8": (0.83, 0.86, 0.90),
    "set9": (0.86, 0.80, 0.90),
    "set10": (0.90, 0.84, 0.93),
    "set11": (0.86, 0.83, 0.95),
    "set12": (0.88, 0.85, 0.93),
    "set13": (0.88, 0.88, 0.96),
    "set14": (0.86, 0.85, 0.93),
    "set15": (0.89, 0.86, 0.93),
    "set16": (0.88, 0.89, 0.88),
    "set17": (0.89, 0.82, 0.97),
    "set18": (0.89, 0.84, 0.93),
    "set19": (0.85, 0.91, 0.84),
    "set20": (0.84, 0.75, 0.89),
    "set21": (0.84, 0.87, 0.97),
    "set22": (0.87, 0.82, 0.91),
    "set23": (0.86, 0.89, 0.94),
    "set24": (0.88, 0.72, 0.99),
    "set25": (0.82, 0.86, 0.99),
    "set26": (0.86, 0.77, 0.97),
    "set27": (0.84, 0.93, 0.94),
    "set28": (0.89, 0.86, 0.89),
    "set29": (0.85, 0.84, 0.89),
    "set30": (0.85, 0.86, 0.82),
    "set31": (0.81, 0.74, 0.95),  # times: its «الفترة الصباحية» unmarked (five other sets mark it)
    "set32": (0.81, 0.84, 0.94),
    "set33": (0.86, 0.90, 0.86),
    "set34": (0.85, 0.76, 0.90),
    "set35": (0.86, 0.80, 0.93),
    "set36": (0.77, 0.82, 0.85),
    "set37": (0.85, 0.86, 0.97),
    "set38": (0.84, 0.77, 0.93),
    "set39": (0.81, 0.93, 0.88),
    "set40": (0.85, 0.66, 0.91),
    "set41": (0.72, 0.83, 0.95),
    "set42": (0.92, 0.84, 0.81),
    "set43": (0.85, 0.66, 0.92),  # quotes: «وأوضحت الشركة» now names the company, whose name the tagger ran on into its object (المياه الوطنية الفرع الإلكتروني)
    "set44": (0.83, 0.94, 0.97),
    "set45": (0.84, 0.95, 0.71),
    "set46": (0.82, 0.83, 0.95),
    "set47": (0.87, 0.92, 0.94),
    "set48": (0.85, 0.80, 0.98),
    "set49": (0.86, 0.84, 0.95),
    "set50": (0.85, 0.79, 0.92),
    "set51": (0.87, 0.74, 0.97),
    "set52": (0.80, 0.75, 0.92),  # quotes: its one «وأضاف البيان» after the EU's statement kept as written (ten others name the issuer)
    "set53": (0.90, 0.73, 0.80),
    "set54": (0.77, 0.74, 0.92),
    "set55": (0.86, 0.80, 0.90),
    "set56": (0.88, 0.93, 0.94),
    "set57": (0.83, 0.71, 0.91),
    "set58": (0.81, 0.80, 0.87),
    "set59": (0.86, 0.77, 0.95),
    "set60": (0.84, 0.77, 0.95),
    "set61": (0.73, 0.80, 0.80),
    "set62": (0.85, 0.81, 0.93),
    "set63": (0.83, 0.93, 0.97),
    "set64": (0.75, 0.71, 0.92),
    "set65": (0.80, 0.90, 0.99),
    "set66": (0.86, 0.79, 0.95),
    "set67": (0.74, 0.87, 0.94),
    "set68": (0.89, 0.84, 0.88),
    "set69": (0.87, 0.80, 0.94),
    "set70": (0.88, 0.80, 0.93),
    "set71": (0.85, 0.75, 0.88),
    "set72": (0.91, 0.84, 0.94),
    "set73": (0.86, 0.86, 0.93),
    "set74": (0.86, 0.78, 0.93),
    "set75": (0.87, 0.88, 0.90),
    "set76": (0.82, 0.75, 0.93),
    "set77": (0.94, 0.82, 0.94),
    "set78": (0.85, 0.63, 0.93),
    "set79": (0.85, 0.82, 0.95),
    "set80": (0.90, 0.68, 0.90),
    "set81": (0.86, 0.90, 0.93),
    "set82": (0.88, 0.80, 0.97),
    "set83": (0.87, 0.82, 0.98),
    "set84": (0.80, 0.87, 0.93),
    "set85": (0.87, 0.76, 0.94),
    "set86": (0.84, 0.87, 0.93),
    "set87": (0.83, 0.81, 0.88),
    "set88": (0.86, 0.78, 0.94),
    "set89": (0.84, 0.72, 0.95),
    "set90": (0.84, 0.80, 0.91),
}
# The summary sets (two readers each): summary sentence F1 and keyphrase F1 (partial
# matches), each the mean over the readers; at the sixteenth session's end sum1 0.801 and
# 0.614, sum2 0.755 and 0.571, sum3 0.766 and 0.627.
ABOUT_FLOORS = {"sum1": (0.78, 0.60), "sum2": (0.73, 0.52), "sum3": (0.74, 0.61)}

marsad, source = sys.argv[1], Path(sys.argv[2])
every = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--every" else 1
FLOORS = dict(list(FLOORS.items())[::every])
corpus = source.parent / "shared" / "data" / "news-saudinewsnet" / "saudinewsnet.jsonl.zst"
if not corpus.exists():
    print(f"skipped: {corpus} not found (the gold sets are rebuilt from ../shared)")
    sys.exit(77)


class Failed(Exception):
    pass


def run(*args):
    r = subprocess.run([marsad, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise Failed(f"marsad {' '.join(args)} failed ({r.returncode}): {r.stderr.strip()}")
    return r.stdout


def score_set(out, name, floors):
    """One set's line and its failures."""
    d = Path(out) / name
    ner = json.loads(run("eval", "ner", "--gold", str(d / "ner.conll"), "--entities", "--format", "json"))["overall"]["f1"]
    m = re.search(r"content\+speaker\s+P=[\d.]+\s+R=[\d.]+\s+F1=([\d.]+)", run("eval", "quotes", str(d / "quotes.jsonl")))
    quotes = float(m.group(1)) if m else 0.0
    times = json.loads(run("eval", "times", "--gold", str(d / "times"), "--format", "json"))["relaxed"]["f1"]
    ner_floor, quotes_floor, times_floor = floors
    line = (f"{name}: NER {ner:.4f} (floor {ner_floor}), quotes {quotes:.3f} (floor {quotes_floor}), "
            f"times {times:.3f} (floor {times_floor})")
    return line, [f"{name} {what} {got:.4f} < {floor}"
                  for what, got, floor in (("NER", ner, ner_floor), ("quotes", quotes, quotes_floor), ("times", times, times_floor))
                  if got < floor]


def score_about(out, name, floors):
    rows = json.loads(run("eval", "summary", str(Path(out) / name / "about.jsonl"), "--format", "json"))["rows"]
    ours = [v for k, v in rows.items() if k.startswith("marsad vs ")]
    summary = sum(v["sentences"]["f1"] for v in ours) / len(ours)
    phrases = sum(v["keyphrases_partly"]["f1"] for v in ours) / len(ours)
    summary_floor, phrases_floor = floors
    line = f"{name}: summary sentences {summary:.3f} (floor {summary_floor}), keyphrases {phrases:.3f} (floor {phrases_floor})"
    return line, [f"{name} {what} {got:.4f} < {floor}"
                  for what, got, floor in (("summary", summary, summary_floor), ("keyphrases", phrases, phrases_floor))
                  if got < floor]


failed = []
with tempfile.TemporaryDirectory() as out:
    subprocess.run([sys.executable, str(source / "bench" / "gold" / "gold.py"), "build",
                    ",".join([*FLOORS, *ABOUT_FLOORS]), out, marsad], check=True)
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [pool.submit(score_set, out, name, floors) for name, floors in FLOORS.items()]
        jobs += [pool.submit(score_about, out, name, floors) for name, floors in ABOUT_FLOORS.items()]
        try:
            for job in jobs:  # in order, whatever finishes first
                line, below = job.result()
                print(line, flush=True)
                failed += below
        except Failed as e:
            pool.shutdown(cancel_futures=True)
            sys.exit(str(e))
if failed:
    sys.exit("below the floor: " + "; ".join(failed))
