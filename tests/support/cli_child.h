#pragma once

// marionette-cli as a child process that a test watches while it works and
// signals: its output is read as it comes, from pipes or from a
// pseudo-terminal (where the CLI shows its progress line).

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace marionette::testing {

struct CliChildOptions {
  bool terminal = false;            // stdout and stderr on one pseudo-terminal
  std::vector<int> ignoredSignals;  // ignored before exec, as nohup does
};

class CliChild {
 public:
  using Clock = std::chrono::steady_clock;

  using Options = CliChildOptions;

  struct Ended {
    bool exited = false;  // false: killed by a signal (or still running after the limit)
    int exitCode = -1;
    int signal = 0;
    std::string out, err;  // with a terminal, everything is in `out`
    double secondsSinceSignal = -1;
  };

  explicit CliChild(const std::vector<std::string>& words, Options options = {}) : terminal_(options.terminal) {
    std::vector<char*> argv{const_cast<char*>(MARIONETTE_CLI_PATH)};
    for (const std::string& w : words) argv.push_back(const_cast<char*>(w.c_str()));
    argv.push_back(nullptr);
    int outPipe[2] = {-1, -1}, errPipe[2] = {-1, -1};
    if (terminal_) {
      pid_ = forkpty(&outFd_, nullptr, nullptr, nullptr);
    } else {
      if (pipe2(outPipe, O_CLOEXEC) != 0 || pipe2(errPipe, O_CLOEXEC) != 0) return;
      pid_ = fork();
    }
    if (pid_ == 0) {
      if (!terminal_) {
        dup2(outPipe[1], STDOUT_FILENO);
        dup2(errPipe[1], STDERR_FILENO);
        const int null = open("/dev/null", O_RDONLY);
        dup2(null, STDIN_FILENO);
      }
      for (int s : options.ignoredSignals) ::signal(s, SIG_IGN);
      execv(MARIONETTE_CLI_PATH, argv.data());
      _exit(127);
    }
    if (!terminal_) {
      close(outPipe[1]);
      close(errPipe[1]);
      outFd_ = outPipe[0];
      errFd_ = errPipe[0];
    }
  }

  ~CliChild() {
    if (pid_ > 0 && !reaped_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status_, 0);
    }
    if (outFd_ >= 0) close(outFd_);
    if (errFd_ >= 0) close(errFd_);
  }

  CliChild(const CliChild&) = delete;
  CliChild& operator=(const CliChild&) = delete;

  pid_t pid() const { return pid_; }
  const std::string& out() const { return out_; }
  const std::string& err() const { return err_; }

  // Reads the child's output until `ready()` holds. False when the child
  // ended or `limit` passed first.
  bool waitUntil(const std::function<bool()>& ready, std::chrono::seconds limit = std::chrono::seconds(90)) {
    const Clock::time_point deadline = Clock::now() + limit;
    while (!ready()) {
      if (ended() || Clock::now() > deadline) return ready();
      pump(5);
    }
    return true;
  }

  // Until `fragment` appears on stderr (or the terminal).
  bool waitForOutput(const std::string& fragment, std::chrono::seconds limit = std::chrono::seconds(90)) {
    return waitUntil([&] { return (terminal_ ? out_ : err_).find(fragment) != std::string::npos; }, limit);
  }

  void signal(int s) {
    if (s != SIGSTOP && s != SIGCONT) signalledAt_ = Clock::now();
    kill(pid_, s);
  }
  // Restarts the clock `Ended::secondsSinceSignal` counts from.
  void startClock() { signalledAt_ = Clock::now(); }

  // Waits for the child to end and collects what it printed; kills it after `limit`.
  Ended wait(std::chrono::seconds limit = std::chrono::seconds(120)) {
    const Clock::time_point deadline = Clock::now() + limit;
    while (!ended() || outFd_ >= 0 || errFd_ >= 0) {
      if (Clock::now() > deadline && !ended()) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status_, 0);
        reaped_ = true;
        endedAt_ = Clock::now();
      }
      pump(5);
    }
    Ended result;
    result.exited = WIFEXITED(status_);
    result.exitCode = result.exited ? WEXITSTATUS(status_) : -1;
    result.signal = WIFSIGNALED(status_) ? WTERMSIG(status_) : 0;
    result.out = out_;
    result.err = err_;
    if (signalledAt_) result.secondsSinceSignal = std::chrono::duration<double>(endedAt_ - *signalledAt_).count();
    return result;
  }

  // Ends the child at once (SIGKILL) and reaps it, so its PID is free.
  void killAndReap() {
    kill(pid_, SIGKILL);
    wait();
  }

 private:
  bool ended() {
    if (reaped_) return true;
    if (pid_ <= 0) return true;
    if (waitpid(pid_, &status_, WNOHANG) == pid_) {
      reaped_ = true;
      endedAt_ = Clock::now();
    }
    return reaped_;
  }

  // Reads whatever is ready within `timeoutMs`.
  void pump(int timeoutMs) {
    pollfd fds[2];
    int count = 0;
    if (outFd_ >= 0) fds[count++] = {outFd_, POLLIN, 0};
    if (errFd_ >= 0) fds[count++] = {errFd_, POLLIN, 0};
    if (count == 0) {
      usleep(static_cast<useconds_t>(timeoutMs) * 1000);
      return;
    }
    if (poll(fds, count, timeoutMs) <= 0) return;
    for (int i = 0; i < count; ++i) {
      if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buffer[4096];
      const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        (fds[i].fd == outFd_ ? out_ : err_).append(buffer, static_cast<std::size_t>(n));
      } else {
        // EOF, or EIO once the child has closed the terminal.
        int& fd = fds[i].fd == outFd_ ? outFd_ : errFd_;
        close(fd);
        fd = -1;
      }
    }
  }

  bool terminal_ = false;
  pid_t pid_ = -1;
  int outFd_ = -1, errFd_ = -1;
  std::string out_, err_;
  int status_ = 0;
  bool reaped_ = false;
  Clock::time_point endedAt_{};
  std::optional<Clock::time_point> signalledAt_;
};

}  // namespace marionette::testing
