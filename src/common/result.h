#pragma once

// Errors are values in the core: a Result holds either a value or a message meant for the writer
// ("Could not save /x/post.md: disk full"). The UI decides how to show it.

#include <QString>

#include <optional>
#include <utility>

template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}  // NOLINT: implicit on purpose, `return value;`
    static Result failure(QString message) {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// A Result with no value: success, or a message.
template <>
class Result<void> {
public:
    Result() = default;
    static Result failure(QString message) {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(message);
        return r;
    }
    template <typename U>
    static Result failureFrom(const Result<U> &other) {
        return failure(other.error());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;
