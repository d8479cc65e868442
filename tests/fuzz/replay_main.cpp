// Feeds every file under the folders (and every file) named on the command line to LLVMFuzzerTestOneInput,
// once each, in sorted order: the fuzz harnesses as plain regression tests, for compilers without libFuzzer
// and in CI. A broken invariant aborts inside the harness. On POSIX each input runs in a child process, so
// one failure does not hide the next: every failing input is listed at the end and the exit status is 1.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#if defined(__unix__)
#include <sys/wait.h>
#include <unistd.h>
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace fs = std::filesystem;

namespace {

bool readFile(const fs::path &path, std::vector<uint8_t> &bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

// Runs the harness on `bytes`; false when it aborted or crashed.
bool replay(const std::vector<uint8_t> &bytes) {
#if defined(__unix__)
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
        std::fflush(nullptr);
        _exit(0);
    }
    int status = 0;
    if (child > 0 && waitpid(child, &status, 0) == child)
        return WIFEXITED(status) && WEXITSTATUS(status) == 0;
#endif
    return LLVMFuzzerTestOneInput(bytes.data(), bytes.size()) == 0;  // no fork: in this process
}

}  // namespace

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path path(argv[i]);
        std::error_code error;
        if (fs::is_regular_file(path, error)) {
            inputs.push_back(path);
        } else if (fs::is_directory(path, error)) {
            for (const fs::directory_entry &entry : fs::recursive_directory_iterator(path, error)) {
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
            }
        } else {
            // A missing seed folder (the shared corpus) must not pass as an empty replay.
            std::fprintf(stderr, "%s: no such file or folder\n", path.c_str());
            return 2;
        }
        if (error) {
            std::fprintf(stderr, "%s: %s\n", path.c_str(), error.message().c_str());
            return 2;
        }
    }
    std::sort(inputs.begin(), inputs.end());
    std::vector<uint8_t> bytes;
    std::vector<fs::path> failed;
    for (const fs::path &path : inputs) {
        if (!readFile(path, bytes)) {
            std::fprintf(stderr, "%s: cannot read\n", path.c_str());
            return 2;
        }
        std::fprintf(stderr, "replaying %s (%zu bytes)\n", path.c_str(), bytes.size());
        if (!replay(bytes))
            failed.push_back(path);
    }
    std::fflush(stderr);
    std::printf("replayed %zu inputs, %zu failed\n", inputs.size(), failed.size());
    for (const fs::path &path : failed)
        std::printf("FAILED: %s\n", path.c_str());
    return failed.empty() ? 0 : 1;
}
