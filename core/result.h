#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dyad::core {

/**
 * An error as a value: a message for the user, written as a full sentence that says
 * what was expected (file, line, record where they apply).
 */
struct Error
{
    QString message;
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
    Error takeError() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QString message)
{
    return Error{std::move(message)};
}

} // namespace dyad::core
