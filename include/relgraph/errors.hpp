#pragma once
#include <stdexcept>
#include <string>

namespace relgraph {

// Every failure the library reports derives from Error; main catches it once.
class Error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// Bad user input: unreadable file, malformed lexicon row, not a relgraph graph.
class InputError : public Error {
public:
  using Error::Error;
};

// Bad command line.
class UsageError : public Error {
public:
  using Error::Error;
};

// Could not write an output.
class OutputError : public Error {
public:
  using Error::Error;
};

} // namespace relgraph
