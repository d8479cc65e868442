#pragma once

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

// A FILE* writing to memory, to capture what a command-line verb prints; the bytes are read after close.
class MemoryStream {
public:
    MemoryStream() : m_file(open_memstream(&m_buffer, &m_size)) {}
    ~MemoryStream() {
        close();
        std::free(m_buffer);
    }
    MemoryStream(const MemoryStream &) = delete;
    MemoryStream &operator=(const MemoryStream &) = delete;

    std::FILE *file() const { return m_file; }
    QByteArray bytes() {
        close();
        return QByteArray(m_buffer, static_cast<qsizetype>(m_size));
    }

private:
    void close() {
        if (m_file)
            std::fclose(m_file);
        m_file = nullptr;
    }
    char *m_buffer = nullptr;
    size_t m_size = 0;
    std::FILE *m_file;
};
