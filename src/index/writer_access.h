// Lets ingest() hand documents prepared on worker threads to the one Writer.
#pragma once

#include "index/document_builder.h"
#include "marsad/index.h"

namespace marsad::index {

struct WriterAccess {
  /// Stores a prepared document (assigning its cluster); true if it replaced one.
  static bool write(Writer& writer, detail::PreparedDocument p);
};

}  // namespace marsad::index
