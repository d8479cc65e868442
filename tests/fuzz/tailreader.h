#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <algorithm>
#include <utility>

// Reads a fuzz input's parameters (which field, which value, where to edit) from the end of its parameter
// bytes, moving backwards. An input is either
//   - SUBJECT kMarker PARAMETERS: the post (or Markdown) under test, then the parameters: what the seeds here
//   use,
//     so a post can end anywhere (even right after its closing fence); or
//   - SUBJECT alone, with the parameters read from its own last bytes: real posts replayed as seeds are
//   tested
//     exactly as they are, and the fuzzer reaches every value by mutating the tail.
// Once the parameters are used up, reads give zeros and empty chunks.
class TailReader {
public:
    static constexpr char kMarker[] = "\0fuzz-params\0";
    static constexpr qsizetype kMarkerSize = sizeof(kMarker) - 1;

    // {subject, parameters}
    static std::pair<QByteArray, QByteArray> split(const QByteArray &input) {
        const qsizetype at = input.indexOf(QByteArray::fromRawData(kMarker, kMarkerSize));
        if (at < 0)
            return {input, input};
        return {input.left(at), input.mid(at + kMarkerSize)};
    }

    explicit TailReader(const QByteArray &parameters) : m_bytes(parameters), m_end(parameters.size()) {}

    quint8 byte() { return m_end > 0 ? quint8(m_bytes.at(--m_end)) : 0; }
    quint16 word() { return quint16(byte() | (byte() << 8)); }
    quint32 dword() { return quint32(word()) | (quint32(word()) << 16); }
    // A chunk of up to `maxLength` bytes; its length is read first (one byte).
    QByteArray chunk(int maxLength) {
        const qsizetype length = std::min<qsizetype>(byte() % (maxLength + 1), m_end);
        m_end -= length;
        return m_bytes.mid(m_end, length);
    }

private:
    QByteArray m_bytes;
    qsizetype m_end;
};
