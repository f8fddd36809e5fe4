// Worker processes for extraction: fork, extract one file, send the result back over a pipe.

#include "planmine/extractors/batch.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
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

using detail::read_all;
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
// Before the length and bytes of a file's result; the second when the worker takes no more.
constexpr char kResult = 'R';
constexpr char kLastResult = 'L';

std::string format_seconds(double seconds) {
  if (std::floor(seconds) == seconds) return std::to_string(static_cast<long long>(seconds));
  std::string text = std::to_string(seconds);
  while (text.back() == '0') text.pop_back();
  return text;
}

// Most PDFs leave a worker small, so it goes on to the next file (no fork per file, and its
// stem and compound caches stay warm). One that grew, or ran out of memory, is replaced
// instead, so a file never fails for what an earlier one left behind.
constexpr int kFilesPerWorker = 200;

// The worker's address space now, in bytes (the first field of /proc/self/statm, in pages).
std::uint64_t address_space_in_use() {
  std::FILE* statm = std::fopen("/proc/self/statm", "r");
  if (statm == nullptr) return 0;
  unsigned long long pages = 0;
  if (std::fscanf(statm, "%llu", &pages) != 1) pages = 0;
  std::fclose(statm);
  return pages * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
}

// One file in a worker: kSucceeded with the text and what prepare made of it, or kFailed with
// the reason. `fresh_start_needed` is set when the worker should not take another file.
std::string extract_one(const std::filesystem::path& file, const BatchOptions& options,
                        bool& fresh_start_needed) {
  // Which step a failure came from: the caller's own work names itself in its message.
  bool preparing = false;
  try {
    const PlanText plan = options.extract ? options.extract(file) : extract_plan(file);
    Writer out;
    out.raw(&kSucceeded, 1);
    out.text(serialize_plan_text(plan));
    preparing = true;
    out.text(options.prepare ? options.prepare(plan) : std::string());
    return out.take();
  } catch (const ExtractionError& error) {
    return std::string(1, kFailed) + error.what();
  } catch (const std::bad_alloc&) {
    fresh_start_needed = true;
    return std::string(1, kFailed) + "out of memory (limit " +
           std::to_string(options.file_memory_bytes >> 20) + " MiB)";
  } catch (const std::exception& error) {
    return std::string(1, kFailed) + (preparing ? "" : "extractor failed: ") + error.what();
  }
}

// The child's side: take file numbers from `tasks` until it closes, send each file's result
// framed (kResult, its length, its bytes) on `results`; exit without running the parent's
// atexit handlers.
[[noreturn]] void run_worker(const std::vector<std::filesystem::path>& files,
                             const BatchOptions& options, int tasks, int results) {
  // (AddressSanitizer reserves terabytes of address space: no limit, and no size to watch.)
  const bool limited = !kAddressSanitizer && options.file_memory_bytes > 0;
  if (limited) {
    rlimit limit{options.file_memory_bytes, options.file_memory_bytes};
    setrlimit(RLIMIT_AS, &limit);
  }
  set_ocr_page_listener(
      [results](int) { write_all(results, std::string_view(&kOcrPageStarted, 1)); });
  for (int done = 1;; ++done) {
    std::uint64_t index = 0;
    if (!read_all(tasks, &index, sizeof index) || index >= files.size()) break;
    bool fresh_start_needed = done == kFilesPerWorker;
    const std::string message = extract_one(files[index], options, fresh_start_needed);
    if (limited && address_space_in_use() > options.file_memory_bytes / 2) {
      fresh_start_needed = true;
    }
    Writer frame;
    frame.raw(fresh_start_needed ? &kLastResult : &kResult, 1);
    frame.number(static_cast<std::int64_t>(message.size()));
    write_all(results, frame.take());
    write_all(results, message);
    if (fresh_start_needed) break;
  }
  ::close(results);
  ::_exit(0);
}

struct Worker {
  pid_t pid = -1;
  int tasks = -1;        // file numbers to the worker
  int fd = -1;           // its results
  int diagnostics = -1;  // the worker's stderr (a memfd): poppler's own messages land here
  bool closed = false;   // its results pipe reached its end: it exited (or died)
  bool leaving = false;  // it said it takes no more files
  // The file in hand, if any, and what it sent of that file so far.
  std::optional<size_t> index;
  std::string received;
  off_t diagnostics_from = 0;  // where this file's messages start in `diagnostics`
  std::chrono::steady_clock::time_point deadline;
  int ocr_pages = 0;  // pages it started to OCR: each moved the deadline
};

// The complete result in `worker.received`, if it is all there: OCR notices come first (each
// moves the deadline), then kResult, the length, the bytes.
std::optional<std::string> take_result(Worker& worker, const BatchOptions& options) {
  const auto extra = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(options.ocr_page_timeout_seconds));
  size_t notices = 0;
  while (notices < worker.received.size() && worker.received[notices] == kOcrPageStarted) {
    ++notices;
  }
  worker.ocr_pages += static_cast<int>(notices);
  worker.deadline += extra * static_cast<int>(notices);
  worker.received.erase(0, notices);
  constexpr size_t kHeader = 1 + sizeof(std::int64_t);
  if (worker.received.size() < kHeader ||
      (worker.received.front() != kResult && worker.received.front() != kLastResult)) {
    return std::nullopt;
  }
  worker.leaving = worker.received.front() == kLastResult;
  std::int64_t length = 0;
  std::memcpy(&length, worker.received.data() + 1, sizeof length);
  if (length < 0 || worker.received.size() - kHeader < static_cast<std::uint64_t>(length)) {
    return std::nullopt;
  }
  std::string message = worker.received.substr(kHeader, static_cast<size_t>(length));
  worker.received.erase(0, kHeader + static_cast<size_t>(length));
  return message;
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

// A file's result from the message its worker sent.
BatchResult result_of(const std::filesystem::path& path, std::string_view message) {
  BatchResult result{path, std::nullopt, {}, {}};
  if (message.empty()) {
    result.error = "extractor failed without a result";
  } else if (message.front() == kFailed) {
    result.error = message.substr(1);
  } else {
    try {
      Reader in(message.substr(1));
      result.plan = deserialize_plan_text(in.text());
      result.prepared = in.text();
    } catch (const std::exception&) {
      result.error = "extractor failed: incomplete result (out of memory?)";
    }
  }
  return result;
}

// Stops a worker and waits for it; its exit status. Closing its task pipe ends an idle worker
// by itself; `kill` (SIGKILL) one that is busy or must not finish.
int stop(Worker& worker, bool kill) {
  if (worker.tasks >= 0) ::close(worker.tasks);
  worker.tasks = -1;
  if (kill) ::kill(worker.pid, SIGKILL);
  int status = 0;
  while (::waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {
  }
  ::close(worker.fd);
  return status;
}

// The reason a worker that stopped without sending its file's result gives for that file.
// Poppler does not throw when an allocation fails under the memory limit: it prints "Out of
// memory" and aborts. Its stderr tells that abort apart from a crash.
std::string reason_worker_stopped(const Worker& worker, int status, bool timed_out,
                                  const BatchOptions& options) {
  std::string diagnostics(4096, '\0');
  if (worker.diagnostics >= 0) {
    const ssize_t got = ::pread(worker.diagnostics, diagnostics.data(), diagnostics.size(),
                                worker.diagnostics_from);
    diagnostics.resize(got > 0 ? static_cast<size_t>(got) : 0);
  } else {
    diagnostics.clear();
  }
  const bool ran_out_of_memory = diagnostics.find("Out of memory") != std::string::npos;
  if (timed_out) return timeout_reason(worker, options);
  if (ran_out_of_memory) {
    return "out of memory (limit " + std::to_string(options.file_memory_bytes >> 20) + " MiB)";
  }
  if (WIFSIGNALED(status)) {
    return "extractor crashed (signal " + std::to_string(WTERMSIG(status)) + ")";
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
    return "extractor failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")";
  }
  return "extractor failed without a result (out of memory?)";
}

// Starts a worker process for `files`; nullopt with errno set when the system refuses.
std::optional<Worker> start_worker(const std::vector<std::filesystem::path>& files,
                                   const BatchOptions& options, const std::vector<Worker>& others) {
  int task_fds[2];
  int result_fds[2];
  if (::pipe2(task_fds, O_CLOEXEC) != 0) return std::nullopt;
  if (::pipe2(result_fds, O_CLOEXEC) != 0) {
    const int saved = errno;
    ::close(task_fds[0]);
    ::close(task_fds[1]);
    errno = saved;
    return std::nullopt;
  }
  // The worker's stderr goes to a memory file the parent reads when it fails: one line per
  // failed file on our stderr, and poppler's messages still inform the reason.
  const int diagnostics = ::memfd_create("planmine-worker-stderr", MFD_CLOEXEC);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid == 0) {
    // A worker dies with its parent: killed with SIGKILL, the parent cannot stop it, and an
    // orphan would go on holding what it inherited (the Xapian write lock of `index`).
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(1);  // the parent died before prctl
    ::close(task_fds[1]);
    ::close(result_fds[0]);
    if (diagnostics >= 0) ::dup2(diagnostics, STDERR_FILENO);
    for (const Worker& other : others) {
      ::close(other.fd);
      if (other.tasks >= 0) ::close(other.tasks);
    }
    run_worker(files, options, task_fds[0], result_fds[1]);
  }
  const int saved = errno;
  ::close(task_fds[0]);
  ::close(result_fds[1]);
  if (pid < 0) {
    ::close(task_fds[1]);
    ::close(result_fds[0]);
    if (diagnostics >= 0) ::close(diagnostics);
    errno = saved;
    return std::nullopt;
  }
  Worker worker;
  worker.pid = pid;
  worker.tasks = task_fds[1];
  worker.fd = result_fds[0];
  worker.diagnostics = diagnostics;
  return worker;
}

// Hands file `index` to an idle worker; false when the worker is gone.
bool assign(Worker& worker, size_t index, const BatchOptions& options) {
  const auto timeout = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(options.file_timeout_seconds));
  struct stat diagnostics {};
  worker.diagnostics_from =
      worker.diagnostics >= 0 && ::fstat(worker.diagnostics, &diagnostics) == 0
          ? diagnostics.st_size
          : 0;
  const std::uint64_t number = index;
  if (::write(worker.tasks, &number, sizeof number) != static_cast<ssize_t>(sizeof number)) {
    return false;
  }
  worker.index = index;
  worker.received.clear();
  worker.ocr_pages = 0;
  worker.deadline = std::chrono::steady_clock::now() + timeout;
  return true;
}

// Every worker still running is stopped when the batch ends, also when on_result throws.
struct WorkerPool {
  std::vector<Worker> workers;
  ~WorkerPool() {
    for (Worker& worker : workers) {
      stop(worker, true);
      if (worker.diagnostics >= 0) ::close(worker.diagnostics);
    }
  }
};

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
  std::vector<std::optional<BatchResult>> done(files.size());
  WorkerPool pool;
  std::vector<Worker>& workers = pool.workers;
  size_t next_file = 0;
  size_t next_delivery = 0;

  // A worker that dies must not kill us with SIGPIPE when we hand it its next file.
  ::signal(SIGPIPE, SIG_IGN);

  auto deliver_ready = [&] {
    while (next_delivery < files.size() && done[next_delivery]) {
      on_result(std::move(*done[next_delivery]));
      done[next_delivery].reset();
      ++next_delivery;
    }
  };
  // A worker that ended, timed out or has nothing left to do: its file in hand (if any) fails
  // with the reason, and it is reaped.
  auto retire = [&](size_t at, bool timed_out) {
    Worker& worker = workers[at];
    const int status = stop(worker, timed_out || (worker.index && !worker.closed));
    if (worker.index) {
      done[*worker.index] = BatchResult{files[*worker.index],
                                        std::nullopt,
                                        reason_worker_stopped(worker, status, timed_out, options),
                                        {}};
    }
    if (worker.diagnostics >= 0) ::close(worker.diagnostics);
    workers.erase(workers.begin() + static_cast<std::ptrdiff_t>(at));
  };

  while (next_delivery < files.size()) {
    // Every idle worker takes the next file; new workers start while there are fewer than jobs.
    for (size_t at = 0; at < workers.size() && next_file < files.size();) {
      Worker& worker = workers[at];
      if (worker.index || worker.closed || worker.leaving) {
        ++at;
      } else if (assign(worker, next_file, options)) {
        ++next_file;
        ++at;
      } else {
        retire(at, false);
      }
    }
    const auto staying = [](const Worker& worker) { return !worker.leaving; };
    while (static_cast<size_t>(std::count_if(workers.begin(), workers.end(), staying)) < jobs &&
           next_file < files.size()) {
      std::optional<Worker> started = start_worker(files, options, workers);
      if (!started) {
        done[next_file] = BatchResult{files[next_file],
                                      std::nullopt,
                                      std::string("cannot start a worker: ") + std::strerror(errno),
                                      {}};
        ++next_file;
        continue;
      }
      workers.push_back(std::move(*started));
      if (!assign(workers.back(), next_file, options)) {
        retire(workers.size() - 1, false);
        continue;  // the same file goes to the next worker
      }
      ++next_file;
    }
    deliver_ready();
    if (workers.empty()) continue;

    // Wait for output from any worker, or until the earliest deadline of a file in hand.
    std::vector<pollfd> polls;
    std::optional<std::chrono::steady_clock::time_point> earliest;
    for (const Worker& worker : workers) {
      polls.push_back({worker.fd, POLLIN, 0});
      if (worker.index) earliest = std::min(earliest.value_or(worker.deadline), worker.deadline);
    }
    int wait_ms = 60'000;
    if (earliest) {
      const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
          *earliest - std::chrono::steady_clock::now());
      wait_ms = static_cast<int>(std::clamp<long long>(wait.count() + 1, 0, 60'000));
    }
    if (::poll(polls.data(), polls.size(), wait_ms) < 0 && errno != EINTR) break;

    const auto now = std::chrono::steady_clock::now();
    for (size_t i = polls.size(); i-- > 0;) {
      Worker& worker = workers[i];
      if (polls[i].revents & (POLLIN | POLLHUP | POLLERR)) {
        char buffer[65536];
        const ssize_t got = ::read(worker.fd, buffer, sizeof buffer);
        if (got > 0) {
          worker.received.append(buffer, static_cast<size_t>(got));
        } else if (got == 0 || errno != EINTR) {
          worker.closed = true;
        }
      }
      if (worker.index) {
        if (std::optional<std::string> message = take_result(worker, options)) {
          done[*worker.index] = result_of(files[*worker.index], *message);
          worker.index.reset();
        }
      }
      if (worker.closed) {
        retire(i, false);
      } else if (worker.index && now >= worker.deadline) {
        retire(i, true);
      } else if (!worker.index && next_file >= files.size()) {
        retire(i, false);  // nothing left for it: it ends when its task pipe closes
      }
    }
    deliver_ready();
  }
}

}  // namespace planmine
