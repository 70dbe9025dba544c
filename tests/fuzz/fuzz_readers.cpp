// Readers on arbitrary bytes: every outcome is a Document or a marsad::Error, never a crash.
// The first byte picks the reader so one corpus covers them all.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

#include "marsad/document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    switch (data[0] % 4) {
      case 0: {
        std::string text = marsad::decode_text(bytes, "fuzz.txt");
        marsad::Document::from_text("fuzz", text);
        break;
      }
      case 1:
        marsad::parse_json_record(bytes, marsad::Location{"fuzz.jsonl", 1, 0});
        break;
      default: {
        const std::string path = "/tmp/marsad_fuzz_" + std::to_string(::getpid()) +
                                        (data[0] % 4 == 2 ? ".jsonl" : ".jsonl.zst");
        std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        marsad::ReadOptions opts;
        opts.max_record_bytes = 4096;
        marsad::DocumentReader reader(path, opts);
        marsad::Document d;
        while (reader.next(d)) {
        }
        break;
      }
    }
  } catch (const marsad::Error&) {
  }
  return 0;
}
