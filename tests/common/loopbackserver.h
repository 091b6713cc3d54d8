#pragma once

// A loopback HTTP server run by a test (QTcpServer on 127.0.0.1, a free port), for the web
// address path: a page, a redirect chain, a charset given only by the header, HTTP errors, a
// server that never answers, an endless body, something that is not a page, and a page that
// refers to images, scripts, styles, frames and fonts on this server. `requests` lists every
// path asked for, so that a test can say that only the page itself was fetched.
#include <QHash>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class LoopbackServer : public QTcpServer
{
public:
    QStringList requests; // the paths asked for, in order

    LoopbackServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_qs.arg(serverPort()).arg(path));
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray path = buffer.split(' ').value(1);
        buffer.clear();
        requests.append(QString::fromLatin1(path));
        respond(socket, path);
    }

    static void send(QTcpSocket *socket, const QByteArray &status, const QByteArray &headers,
                     const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    void respond(QTcpSocket *socket, const QByteArray &path)
    {
        const QByteArray html = "Content-Type: text/html\r\n";
        if (path == "/page") {
            send(socket, "200 OK", html,
                 "<html><head><title>Talks resume</title></head><body><article><p>The talks "
                 "in Geneva resumed on Monday, after a pause of three weeks, and progress was "
                 "made.</p></article></body></html>");
        } else if (path == "/r1" || path == "/r2" || path == "/r3") {
            const QByteArray next = path == "/r1" ? "/r2" : path == "/r2" ? "/r3" : "/page";
            send(socket, path == "/r2" ? "301 Moved Permanently" : "302 Found",
                 "Location: " + next + "\r\n", "moved");
        } else if (path.startsWith("/loop")) {
            send(socket, "302 Found", "Location: " + path + "x\r\n", QByteArray());
        } else if (path == "/cyrillic") {
            // "Переговоры" in Windows-1251; the page itself names no charset.
            send(socket, "200 OK", "Content-Type: text/html; charset=windows-1251\r\n",
                 "<html><body><p>\xcf\xe5\xf0\xe5\xe3\xee\xe2\xee\xf0\xfb</p></body></html>");
        } else if (path == "/missing") {
            send(socket, "404 Not Found", html, "<h1>Not found</h1>");
        } else if (path == "/broken") {
            send(socket, "500 Internal Server Error", html, "<h1>Oops</h1>");
        } else if (path == "/silent") {
            // Never answers.
        } else if (path == "/endless") {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>");
            const auto more = [socket] {
                if (socket->bytesToWrite() < (1 << 20))
                    socket->write(QByteArray(1 << 16, 'x'));
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, more);
            more();
        } else if (path == "/image") {
            send(socket, "200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n");
        } else if (path == "/refs") {
            const QByteArray base = "http://127.0.0.1:" + QByteArray::number(serverPort());
            send(socket, "200 OK", html,
                 "<!DOCTYPE html><html><head><link rel=stylesheet href='/s.css'>"
                 "<script src='/a.js'></script><style>@font-face{src:url(/f.woff)} "
                 "body{background:url("
                     + base
                     + "/b.png)}</style>"
                       "<link rel=preload as=font href='/font.woff2'><link rel=icon href='/i.ico'>"
                       "</head><body><img src='/img.png' srcset='/img2.png 2x'><iframe "
                       "src='/frame.html'></iframe><video src='/v.mp4' poster='/p.jpg'></video>"
                       "<article><p>The talks in Geneva resumed on Monday, after a pause of three "
                       "weeks, and the delegations said progress was made.</p></article>"
                       "<object data='/o.swf'></object><embed src='/e.swf'></body></html>");
        } else {
            send(socket, "404 Not Found", html, QByteArray());
        }
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
};
