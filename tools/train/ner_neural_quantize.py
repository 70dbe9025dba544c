"""Stores a neural NER model's word table as int8 rows: the file marsad ships.

    /usr/bin/python3 tools/train/ner_neural_quantize.py /tmp/neural/ner_s1.bin models/ner_neural.bin

The word table ("words.weight", 50,000 × 100 float32: 20 MB of the 21) becomes record kind 2:
after the dims, one float32 scale per row (the row's largest magnitude / 127; 1 for an all-zero
row), then the values as signed bytes, value = scale × byte. Every other record is copied as
it is, the language model's "lm.*" LSTMs (ner_neural.py --lm) included: they stay float32. On
the dev part and the blind sets the tags are the same as with the float32 table.
"""
import struct
import sys

import numpy as np

MAGIC = b"MRSDNNER"
FLOAT32, TEXT, INT8_ROWS = 0, 1, 2


def quantize(blob, name_to_quantize="words.weight"):
    if blob[:8] != MAGIC:
        raise ValueError("not a marsad neural NER model")
    _, header_len = struct.unpack_from("<II", blob, 8)
    pos = 16 + header_len
    out = bytearray(blob[:pos + 4])
    (count,) = struct.unpack_from("<I", blob, pos)
    pos += 4
    for _ in range(count):
        (name_len,) = struct.unpack_from("<I", blob, pos)
        name = blob[pos + 4:pos + 4 + name_len].decode("utf-8")
        name_record = blob[pos:pos + 4 + name_len]
        pos += 4 + name_len
        kind, ndim = struct.unpack_from("<II", blob, pos)
        pos += 8
        dims = struct.unpack_from(f"<{ndim}I", blob, pos)
        pos += 4 * ndim
        size = dims[0] if kind == TEXT else 4 * int(np.prod(dims))
        data = blob[pos:pos + size]
        pos += size
        shape = struct.pack(f"<{ndim}I", *dims)
        if kind == FLOAT32 and name == name_to_quantize and ndim == 2:
            table = np.frombuffer(data, dtype="<f4").reshape(dims)
            top = np.abs(table).max(axis=1)
            scale = np.where(top > 0, top / 127, 1).astype("<f4")
            values = np.clip(np.rint(table / scale[:, None]), -127, 127).astype(np.int8)
            out += name_record + struct.pack("<II", INT8_ROWS, ndim) + shape + scale.tobytes() + values.tobytes()
        else:
            out += name_record + struct.pack("<II", kind, ndim) + shape + data
    if pos != len(blob):
        raise ValueError(f"{len(blob) - pos} bytes after the last record")
    return bytes(out)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], "rb") as f:
        blob = f.read()
    with open(sys.argv[2], "wb") as f:
        f.write(quantize(blob))


if __name__ == "__main__":
    main()
