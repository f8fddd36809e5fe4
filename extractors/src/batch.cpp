// Worker processes for extraction: fork, extract one file, send the result back over a pipe.

#include "planmine/extractors/batch.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <deque>
#include <map>
#include <new>
#include <stdexcept>

#include "byte_stream.hpp"
#include "planmine/extractors/extract.hpp"
#include "planmine/extractors/ocr.hpp"

namespace planmine {
namespace {

using detail::Reader;
using detail::write_all;
using detail::Writer;

// AddressSanitizer reserves terabytes of address space, so a worker cannot have RLIMIT_AS.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

constexpr std::string_view kMagic = "planmine-plantext-1\n";
constexpr char kSucceeded = 'T';
constexpr char kFailed = 'E';
// Sent by a worker, before its result, each time it starts to OCR a page: the parent then
// extends the file's deadline.
constexpr char kOcrPageStarted = 'O';

std::string format_seconds(double seconds) {
  if (std::floor(seconds) == seconds) return std::to_string(static_cast<long long>(seconds));
  std::string text = std::to_string(seconds);
  while (text.back() == '0') text.pop_back();
  return text;
}

// The child's side: extract, report, exit without running the parent's atexit handlers.
[[noreturn]] void run_worker(const std::filesystem::path& file, const BatchOptions& options,
                             int fd) {
  if (!kAddressSanitizer && options.file_memory_bytes > 0) {
    rlimit limit{options.file_memory_bytes, options.file_memory_bytes};
    setrlimit(RLIMIT_AS, &limit);
  }
  set_ocr_page_listener([fd](int) { write_all(fd, std::string_view(&kOcrPageStarted, 1)); });
  std::string message;
  // Which step a failure came from: the caller's own work names itself in its message.
  bool preparing = false;
  try {
    const PlanText plan = options.extract ? options.extract(file) : extract_plan(file);
    Writer out;
    out.raw(&kSucceeded, 1);
    out.text(serialize_plan_text(plan));
    preparing = true;
    out.text(options.prepare ? options.prepare(plan) : std::string());
    message = out.take();
  } catch (const ExtractionError& error) {
    message = std::string(1, kFailed) + error.what();
  } catch (const std::bad_alloc&) {
    message = std::string(1, kFailed) + "out of memory (limit " +
              std::to_string(options.file_memory_bytes >> 20) + " MiB)";
  } catch (const std::exception& error) {
    message = std::string(1, kFailed) + (preparing ? "" : "extractor failed: ") + error.what();
  }
  write_all(fd, message);
  ::close(fd);
  ::_exit(0);
}

struct Worker {
  size_t index = 0;  // into the files
  pid_t pid = -1;
  int fd = -1;
  int diagnostics = -1;  // the worker's stderr (a memfd): poppler's own messages land here
  std::string received;  // the result: kSucceeded or kFailed, then its bytes
  std::chrono::steady_clock::time_point deadline;
  int ocr_pages = 0;  // pages it started to OCR: each moved the deadline
};

// Takes the OCR notices off the front of what a worker sent (they all come before its result)
// and moves its deadline for each.
void take_ocr_notices(Worker& worker, std::string_view bytes, const BatchOptions& options) {
  const auto extra = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(options.ocr_page_timeout_seconds));
  while (worker.received.empty() && !bytes.empty() && bytes.front() == kOcrPageStarted) {
    ++worker.ocr_pages;
    worker.deadline += extra;
    bytes.remove_prefix(1);
  }
  worker.received.append(bytes);
}

std::string timeout_reason(const Worker& worker, const BatchOptions& options) {
  const double allowed =
      options.file_timeout_seconds + worker.ocr_pages * options.ocr_page_timeout_seconds;
  std::string reason = "gave up after " + format_seconds(allowed) + " s";
  if (worker.ocr_pages > 0 && options.ocr_page_timeout_seconds > 0) {
    reason +=
        " (" + format_seconds(options.file_timeout_seconds) + " s + " +
        format_seconds(options.ocr_page_timeout_seconds) + " s for " +
        (worker.ocr_pages == 1 ? "1 OCR'd page"
                               : "each of " + std::to_string(worker.ocr_pages) + " OCR'd pages") +
        ")";
  }
  return reason;
}

BatchResult finish(Worker& worker, const std::filesystem::path& path, bool timed_out,
                   const BatchOptions& options) {
  BatchResult result{path, std::nullopt, {}, {}};
  if (timed_out) ::kill(worker.pid, SIGKILL);
  int status = 0;
  while (::waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {
  }
  ::close(worker.fd);
  // Poppler does not throw when an allocation fails under the memory limit: it prints "Out of
  // memory" and aborts. Its stderr tells that abort apart from a crash.
  std::string diagnostics(4096, '\0');
  if (worker.diagnostics >= 0) {
    const ssize_t got = ::pread(worker.diagnostics, diagnostics.data(), diagnostics.size(), 0);
    diagnostics.resize(got > 0 ? static_cast<size_t>(got) : 0);
    ::close(worker.diagnostics);
  } else {
    diagnostics.clear();
  }
  const bool ran_out_of_memory = diagnostics.find("Out of memory") != std::string::npos;
  if (timed_out) {
    result.error = timeout_reason(worker, options);
  } else if (ran_out_of_memory && (WIFSIGNALED(status) || worker.received.empty())) {
    result.error =
        "out of memory (limit " + std::to_string(options.file_memory_bytes >> 20) + " MiB)";
  } else if (WIFSIGNALED(status)) {
    result.error = "extractor crashed (signal " + std::to_string(WTERMSIG(status)) + ")";
  } else if (worker.received.empty()) {
    result.error =
        WIFEXITED(status) && WEXITSTATUS(status) != 0
            ? "extractor failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")"
            : "extractor failed without a result (out of memory?)";
  } else if (worker.received.front() == kFailed) {
    result.error = worker.received.substr(1);
  } else {
    try {
      Reader in(std::string_view(worker.received).substr(1));
      result.plan = deserialize_plan_text(in.text());
      result.prepared = in.text();
    } catch (const std::exception&) {
      result.error = "extractor failed: incomplete result (out of memory?)";
    }
  }
  return result;
}

}  // namespace

int default_job_count() {
  const long cores = ::sysconf(_SC_NPROCESSORS_ONLN);
  return cores > 0 ? static_cast<int>(cores) : 1;
}

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::uint64_t value = 0;
  size_t at = 0;
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
    if (value > (UINT64_MAX - 9) / 10) return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(text[at] - '0');
    ++at;
  }
  if (at == 0) return std::nullopt;
  std::string unit(text.substr(at));
  for (char& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::map<std::string, int> kShifts = {
      {"", 0},    {"b", 0},    {"k", 10}, {"kb", 10}, {"kib", 10}, {"m", 20},
      {"mb", 20}, {"mib", 20}, {"g", 30}, {"gb", 30}, {"gib", 30}};
  const auto shift = kShifts.find(unit);
  if (shift == kShifts.end()) return std::nullopt;
  if (shift->second > 0 && value > (UINT64_MAX >> shift->second)) return std::nullopt;
  return value << shift->second;
}

std::string serialize_plan_text(const PlanText& plan) {
  Writer out;
  out.raw(kMagic.data(), kMagic.size());
  out.text(plan.path.string());
  out.text(plan.metadata.title);
  out.text(plan.metadata.author);
  out.text(plan.metadata.creator);
  out.text(plan.metadata.producer);
  out.text(plan.metadata.creation_date);
  out.number(plan.metadata.page_count);
  out.number(static_cast<std::int64_t>(plan.pages.size()));
  for (const PageText& page : plan.pages) {
    out.number(page.number);
    out.text(page.text);
    out.number(page.ocr ? 1 : 0);
    out.real(page.ocr_confidence);
  }
  return out.take();
}

PlanText deserialize_plan_text(std::string_view bytes) {
  if (!bytes.starts_with(kMagic)) throw std::runtime_error("not a serialized PlanText");
  Reader in(bytes.substr(kMagic.size()));
  PlanText plan;
  plan.path = in.text();
  plan.metadata.title = in.text();
  plan.metadata.author = in.text();
  plan.metadata.creator = in.text();
  plan.metadata.producer = in.text();
  plan.metadata.creation_date = in.text();
  plan.metadata.page_count = static_cast<int>(in.number());
  const std::int64_t page_count = in.number();
  // Each page takes at least 32 bytes, so a count larger than the rest is a lie.
  if (page_count < 0 || static_cast<std::uint64_t>(page_count) > bytes.size() / 32) {
    throw std::runtime_error("malformed serialized PlanText");
  }
  plan.pages.reserve(static_cast<size_t>(page_count));
  for (std::int64_t i = 0; i < page_count; ++i) {
    PageText page;
    page.number = static_cast<int>(in.number());
    page.text = in.text();
    page.ocr = in.number() != 0;
    page.ocr_confidence = in.real();
    plan.pages.push_back(std::move(page));
  }
  if (!in.done()) throw std::runtime_error("malformed serialized PlanText: trailing bytes");
  return plan;
}

void extract_batch(const std::vector<std::filesystem::path>& files, const BatchOptions& options,
                   const std::function<void(BatchResult&&)>& on_result) {
  const size_t jobs = static_cast<size_t>(options.jobs > 0 ? options.jobs : default_job_count());
  const auto timeout = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(options.file_timeout_seconds));
  std::vector<std::optional<BatchResult>> done(files.size());
  std::vector<Worker> running;
  size_t next_file = 0;
  size_t next_delivery = 0;

  // A worker that dies before reading must not kill us with SIGPIPE (we only read, but be safe).
  ::signal(SIGPIPE, SIG_IGN);

  auto deliver_ready = [&] {
    while (next_delivery < files.size() && done[next_delivery]) {
      on_result(std::move(*done[next_delivery]));
      done[next_delivery].reset();
      ++next_delivery;
    }
  };

  while (next_delivery < files.size()) {
    while (running.size() < jobs && next_file < files.size()) {
      int pipe_fds[2];
      if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
        done[next_file] = BatchResult{files[next_file],
                                      std::nullopt,
                                      std::string("cannot start a worker: ") + std::strerror(errno),
                                      {}};
        ++next_file;
        continue;
      }
      // The worker's stderr goes to a memory file the parent reads afterwards: one line per
      // failed file on our stderr, and poppler's messages still inform the reason.
      const int diagnostics = ::memfd_create("planmine-worker-stderr", MFD_CLOEXEC);
      const pid_t parent = ::getpid();
      const pid_t pid = ::fork();
      if (pid == 0) {
        // A worker dies with its parent: killed with SIGKILL, the parent cannot stop it, and an
        // orphan would go on holding what it inherited (the Xapian write lock of `index`).
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) ::_exit(1);  // the parent died before prctl
        ::close(pipe_fds[0]);
        if (diagnostics >= 0) ::dup2(diagnostics, STDERR_FILENO);
        for (const Worker& other : running) ::close(other.fd);
        run_worker(files[next_file], options, pipe_fds[1]);
      }
      ::close(pipe_fds[1]);
      if (pid < 0) {
        ::close(pipe_fds[0]);
        if (diagnostics >= 0) ::close(diagnostics);
        done[next_file] = BatchResult{files[next_file],
                                      std::nullopt,
                                      std::string("cannot start a worker: ") + std::strerror(errno),
                                      {}};
        ++next_file;
        continue;
      }
      Worker worker;
      worker.index = next_file;
      worker.pid = pid;
      worker.fd = pipe_fds[0];
      worker.diagnostics = diagnostics;
      worker.deadline = std::chrono::steady_clock::now() + timeout;
      running.push_back(std::move(worker));
      ++next_file;
    }
    deliver_ready();
    if (running.empty()) continue;

    // Wait for output from any worker, or until the earliest deadline.
    std::vector<pollfd> polls;
    auto earliest = running.front().deadline;
    for (const Worker& worker : running) {
      polls.push_back({worker.fd, POLLIN, 0});
      earliest = std::min(earliest, worker.deadline);
    }
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
        earliest - std::chrono::steady_clock::now());
    const int wait_ms = static_cast<int>(std::clamp<long long>(wait.count() + 1, 0, 60'000));
    if (::poll(polls.data(), polls.size(), wait_ms) < 0 && errno != EINTR) break;

    const auto now = std::chrono::steady_clock::now();
    std::vector<Worker> still_running;
    for (size_t i = 0; i < running.size(); ++i) {
      Worker& worker = running[i];
      bool finished = false;
      if (polls[i].revents & (POLLIN | POLLHUP | POLLERR)) {
        char buffer[65536];
        const ssize_t got = ::read(worker.fd, buffer, sizeof buffer);
        if (got > 0) {
          take_ocr_notices(worker, std::string_view(buffer, static_cast<size_t>(got)), options);
        } else if (got == 0 || errno != EINTR) {
          finished = true;
        }
      }
      if (finished) {
        done[worker.index] = finish(worker, files[worker.index], false, options);
      } else if (now >= worker.deadline) {
        done[worker.index] = finish(worker, files[worker.index], true, options);
      } else {
        still_running.push_back(std::move(worker));
      }
    }
    running = std::move(still_running);
    deliver_ready();
  }
}

}  // namespace planmine
