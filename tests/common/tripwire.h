#pragma once

// A trap for code that must never reach out: a loopback server that nobody should connect to and
// a file that nobody should open. The hostile-input tests (the loader's and the window's) point
// a page's every reference at both, open the page, and then ask whether the trap was sprung.
#include <QFile>
#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

class Tripwire
{
public:
    // Watches `file`, which must exist, and listens on a free loopback port.
    explicit Tripwire(const QString &file)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        if (m_listener < 0
            || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0
            || ::listen(m_listener, 8) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            m_error = QStringLiteral("cannot listen on the loopback interface");
            return;
        }
        m_port = ntohs(address.sin_port);
        m_watch = ::inotify_init1(IN_NONBLOCK);
        if (m_watch < 0
            || ::inotify_add_watch(m_watch, QFile::encodeName(file).constData(), IN_OPEN | IN_ACCESS)
                   < 0)
            m_error = QStringLiteral("cannot watch %1").arg(file);
    }
    ~Tripwire()
    {
        if (m_listener >= 0)
            ::close(m_listener);
        if (m_watch >= 0)
            ::close(m_watch);
    }
    Tripwire(const Tripwire &) = delete;
    Tripwire &operator=(const Tripwire &) = delete;

    // Empty when the trap is set; else why it could not be.
    QString error() const { return m_error; }
    // The server, as a page would name it: "http://127.0.0.1:PORT/".
    QString server() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_port); }

    // Empty when nothing opened the file and nobody connected; else what happened.
    QString sprung() const
    {
        QString what;
        char buffer[4096];
        if (::read(m_watch, buffer, sizeof(buffer)) >= 0 || errno != EAGAIN)
            what += QStringLiteral("the watched file was opened; ");
        const int connection = ::accept(m_listener, nullptr, nullptr);
        if (connection >= 0) {
            ::close(connection);
            what += QStringLiteral("something connected to the server; ");
        } else if (errno != EAGAIN && errno != EWOULDBLOCK) {
            what += QStringLiteral("the server failed; ");
        }
        return what;
    }

private:
    int m_listener = -1;
    int m_watch = -1;
    quint16 m_port = 0;
    QString m_error;
};
