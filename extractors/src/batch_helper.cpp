// A batch run by a helper process: it forks and watches the workers, the caller only consumes
// results, read from a pipe by a thread into a short queue.

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include "byte_stream.hpp"
#include "planmine/extractors/batch.hpp"

namespace planmine {
namespace {

// Results waiting for the caller. Slack lets workers go on while the caller writes: an index
// commit at 5,000 plans takes 0.23 s on average (52 commits, 11.9 s), about 20 plans of
// worker output; 16 made workers wait. A bound keeps memory flat (~16 MB of plans).
constexpr std::size_t kQueuedResults = 64;

std::string encode_result(const BatchResult& result) {
  detail::Writer out;
  out.text(result.path.string());
  out.number(result.plan ? 1 : 0);
  out.text(result.plan ? serialize_plan_text(*result.plan) : std::string());
  out.text(result.error);
  out.text(result.prepared);
  return out.take();
}

BatchResult decode_result(std::string_view bytes) {
  detail::Reader in(bytes);
  BatchResult result;
  result.path = in.text();
  const bool has_plan = in.number() != 0;
  const std::string plan = in.text();
  if (has_plan) result.plan = deserialize_plan_text(plan);
  result.error = in.text();
  result.prepared = in.text();
  return result;
}

// Reads exactly `size` bytes; false at the end of the pipe or on an error.
bool read_exactly(int fd, char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t got = ::read(fd, data, size);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    data += got;
    size -= static_cast<std::size_t>(got);
  }
  return true;
}

// The helper's side: the batch, each result framed by its length. Never returns.
[[noreturn]] void run_helper(const std::vector<std::filesystem::path>& files,
                             const BatchOptions& options, int fd, pid_t parent) {
  // Like a worker, the helper dies with its caller (and its workers die with it).
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(1);
  extract_batch(files, options, [fd](BatchResult&& result) {
    const std::string bytes = encode_result(result);
    const std::int64_t size = static_cast<std::int64_t>(bytes.size());
    detail::write_all(fd, std::string_view(reinterpret_cast<const char*>(&size), sizeof size));
    detail::write_all(fd, bytes);
  });
  ::close(fd);
  ::_exit(0);
}

// The caller's side of the pipe: a thread fills the queue, the caller takes from it.
class ResultQueue {
 public:
  explicit ResultQueue(int fd) : fd_(fd), reader_([this] { read_all(); }) {}
  ~ResultQueue() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    // The helper is gone by now (see the caller), so a blocked read returns.
    reader_.join();
    ::close(fd_);
  }
  ResultQueue(const ResultQueue&) = delete;
  ResultQueue& operator=(const ResultQueue&) = delete;

  // The next result, or nothing once the helper has sent its last.
  std::optional<BatchResult> next() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !queue_.empty() || ended_; });
    if (queue_.empty()) return std::nullopt;
    BatchResult result = std::move(queue_.front());
    queue_.pop_front();
    changed_.notify_all();
    return result;
  }

 private:
  void read_all() {
    for (;;) {
      std::int64_t size = 0;
      std::string bytes;
      bool complete = read_exactly(fd_, reinterpret_cast<char*>(&size), sizeof size) && size >= 0;
      if (complete) {
        bytes.resize(static_cast<std::size_t>(size));
        complete = read_exactly(fd_, bytes.data(), bytes.size());
      }
      std::optional<BatchResult> result;
      if (complete) {
        try {
          result = decode_result(bytes);
        } catch (const std::exception&) {
        }
      }
      std::unique_lock lock(mutex_);
      if (!result) {
        ended_ = true;
        changed_.notify_all();
        return;
      }
      changed_.wait(lock, [this] { return queue_.size() < kQueuedResults || stopping_; });
      if (stopping_) return;
      queue_.push_back(std::move(*result));
      changed_.notify_all();
    }
  }

  int fd_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<BatchResult> queue_;
  bool ended_ = false;
  bool stopping_ = false;
  std::thread reader_;  // last: starts once the rest is built
};

}  // namespace

void extract_batch_in_helper(const std::vector<std::filesystem::path>& files,
                             const BatchOptions& options,
                             const std::function<void(BatchResult&&)>& on_result) {
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
    extract_batch(files, options, on_result);  // no pipe: the batch runs here instead
    return;
  }
  const pid_t parent = ::getpid();
  const pid_t helper = ::fork();
  if (helper == 0) {
    ::close(pipe_fds[0]);
    run_helper(files, options, pipe_fds[1], parent);
  }
  ::close(pipe_fds[1]);
  if (helper < 0) {
    ::close(pipe_fds[0]);
    extract_batch(files, options, on_result);
    return;
  }
  ResultQueue queue(pipe_fds[0]);
  // However this ends (the caller's handler may throw), the helper and its workers go
  // before the queue (declared after it), so the reading thread sees the end of the pipe.
  struct HelperEnd {
    pid_t pid;
    bool finished = false;
    ~HelperEnd() {
      if (!finished) ::kill(pid, SIGKILL);
      int status = 0;
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
    }
  } helper_end{helper};
  std::size_t delivered = 0;
  while (std::optional<BatchResult> result = queue.next()) {
    on_result(std::move(*result));
    ++delivered;
  }
  // A helper that sent everything has ended or is about to; one that stopped short (a frame it
  // could not send whole) is stopped before it blocks on a pipe nobody reads.
  helper_end.finished = delivered == files.size();
  // Results come in the order of `files`: what is missing, the helper never sent.
  for (; delivered < files.size(); ++delivered) {
    on_result(BatchResult{files[delivered], std::nullopt, "extraction helper died", {}});
  }
}

}  // namespace planmine
