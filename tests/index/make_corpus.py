#!/usr/bin/env python3
"""Writes N short invented Arabic news records as JSONL (for ingest and crash tests).

Each record is built from a small word list written for marsad's tests, with an id, a date
and a source, so that any N is reproducible: make_corpus.py N SEED > out.jsonl
"""
import json
import random
import sys

SUBJECTS = ["الوزير", "المحافظ", "رئيس البلدية", "المتحدث الرسمي", "مدير المستشفى", "نقيب المعلمين"]
VERBS = ["أعلن", "أكد", "نفى", "افتتح", "زار", "ناقش"]
OBJECTS = ["مشروع الطرق الجديد", "خطة المياه", "موازنة العام المقبل", "مدرسة في الريف",
           "جسرا على النهر", "مركزا صحيا", "اتفاقا للتعاون"]
PLACES = ["بغداد", "البصرة", "عمّان", "الرياض", "القاهرة", "بيروت", "الدوحة", "تونس"]
SOURCES = ["alpha", "beta", "gamma", "delta"]


def record(i, rng):
    place = rng.choice(PLACES)
    sentences = [f"{rng.choice(VERBS)} {rng.choice(SUBJECTS)} {rng.choice(OBJECTS)} في {place}."
                 for _ in range(rng.randint(2, 5))]
    return {"id": f"gen-{i:06d}", "title": f"{rng.choice(OBJECTS)} في {place}",
            "body": " ".join(sentences) + f" الرقم {i}.",
            "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "source": rng.choice(SOURCES)}


def main():
    n, seed = int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed)
    for i in range(n):
        print(json.dumps(record(i, rng), ensure_ascii=False))


if __name__ == "__main__":
    main()
