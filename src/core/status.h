// Status and Result<T>: how fallible calls report errors across stage boundaries.
// Library code never prints or exits; the CLI turns a Status into a message and an exit code.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace newsgraph {

// Every error a stage can report. Values are stable; the CLI maps them to exit codes.
enum class ErrorCode {
  kOk = 0,        // success
  kIoError,       // a file could not be opened, read or written
  kInvalidInput,  // input exists but is not usable (binary, bad UTF-8, empty, no text)
  kParseError,    // a structured file (JSON, JSONL, ontology, pattern) is malformed
  kUsage,         // a caller passed arguments that make no sense
  kUnsupported,   // a file kind the reader does not handle
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(ErrorCode code, std::string message) {
    return Status(code, std::move(message));
  }
  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

// A value or the Status explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {}     // NOLINT: implicit by design
  bool ok() const { return std::holds_alternative<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(state_); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace newsgraph
