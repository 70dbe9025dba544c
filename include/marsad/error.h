// marsad/error.h: the exceptions the library throws.
//
//   try {
//     auto doc = marsad::read_article("in.txt");
//   } catch (const marsad::Error& e) {
//     std::cerr << "marsad: error: " << e.what() << '\n';  // "in.txt:3:118: invalid UTF-8 byte 0xC3"
//   }
//
// Every error says what went wrong and, when known, where: file, 1-based line, and the 0-based
// byte offset in the file (or in the string given to the library). Inner loops do not throw.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace marsad {

/// Where an error happened. Empty file, line 0 or offset kNoOffset mean "not known".
struct Location {
  static constexpr std::uint64_t kNoOffset = ~std::uint64_t{0};
  std::string file;
  std::uint64_t line = 0;
  std::uint64_t offset = kNoOffset;

  /// "file:line:offset" with the unknown parts left out; empty if nothing is known.
  std::string str() const;
};

/// Base of everything marsad throws. what() is "LOCATION: message" (or just the message).
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, Location where = {});
  const std::string& message() const noexcept { return message_; }
  const Location& where() const noexcept { return where_; }

 private:
  std::string message_;
  Location where_;
};

/// The input (an article, a query, an option) is not acceptable.
class InputError : public Error {
  using Error::Error;
};

/// A file marsad wrote (index, model) is damaged, of another version, or not ours.
class FormatError : public Error {
  using Error::Error;
};

/// The operating system refused: a file is missing, unreadable, or the disk is full.
class IoError : public Error {
  using Error::Error;
};

}  // namespace marsad
