#pragma once
// Files in and out: whole-file reads with clear errors, atomic writes (temporary file in the
// same directory, renamed into place when complete).
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

namespace relgraph {

// Reads a whole file; throws InputError("PATH: why") if it cannot.
std::string read_file(const std::string& path);
// Reads standard input to the end.
std::string read_stdin();
// Writes `data` to `path` through an unnamed temporary file (O_TMPFILE, else PATH.tmp-XXXXXX)
// linked or renamed into place when complete; throws OutputError.
void write_file_atomic(const std::string& path, std::string_view data);
// The same, the content written by `fill` into the temporary file (big outputs stream).
void write_file_atomic(const std::string& path, const std::function<void(std::FILE*)>& fill);
// Creates `dir` (and parents) and checks it is writable; throws OutputError.
void ensure_output_dir(const std::string& dir);
// Lower-case hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

} // namespace relgraph
