#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dyad::core {

/** What kind of failure an Error is, for callers that treat some kinds differently. */
enum class ErrorKind {
    Failed,   ///< anything else: the message says what and why
    Conflict, ///< someone else changed the same thing first; nothing was written
    Retry,    ///< the server gave up the transaction for a concurrent one (deadlock); running it again may work
};

/**
 * An error as a value: a message for the user, written as a full sentence that says
 * what was expected (file, line, record where they apply).
 */
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Failed;
};

/**
 * Either a value or an Error. Core never throws and never shows dialogs; every fallible
 * call returns a Result and the caller decides how to present the message.
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const QString &error() const { return std::get<Error>(m_data).message; }
    ErrorKind errorKind() const { return std::get<Error>(m_data).kind; }
    Error takeError() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/** Result of an operation that returns nothing but may fail. */
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error->message; }
    ErrorKind errorKind() const { return m_error->kind; }
    Error takeError() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QString message)
{
    return Error{std::move(message), ErrorKind::Failed};
}

/**
 * A write refused because someone else changed the same thing after the writer read it
 * (row versions). Nothing was written; the message names what changed, who and when.
 */
inline Error makeConflict(QString message)
{
    return Error{std::move(message), ErrorKind::Conflict};
}

} // namespace dyad::core
