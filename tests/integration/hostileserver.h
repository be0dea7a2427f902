#pragma once
// A small HTTP server on 127.0.0.1 that answers badly on purpose (DESIGN.md "Tests": the hostile-endpoint tests use
// a server of the project's own): listings that never end, bodies that never end, answers that are not S3. Each
// connection is served by a thread of its own with blocking POSIX sockets; everything stops with the object.
// Written for tst_hostile; nothing in it knows obrestore.

#include <QByteArray>
#include <QList>
#include <QUrlQuery>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

class HostileServer
{
public:
    enum class Mode {
        SameToken,    // IsTruncated=true with the same continuation token every time
        CycleTokens,  // tokens A, B, A, B, …
        NewTokens,    // a new token on every page, for ever
        Fanout,       // every listing holds 40 folders, at every depth
        SlowFanout,   // the same, each answer 300 ms late
        Endless200,   // a 200 whose body never ends
        Endless403,   // a 403 whose body never ends
        RandomBytes,  // 200 with bytes that are not text
        Html,         // 200 with a web page
        Json,         // 200 with JSON
        EmptyBody,    // 200 with nothing
        MalformedXml, // 200 with XML that does not close
        EntityBomb,   // 200 with nested entity definitions
        ControlRef,   // 200 with a &#1; character reference (not allowed in XML 1.0)
        Redirect302,
        Redirect303,
        Redirect308,
        BigObject,    // a listing with a format file that is 80 MiB long
    };

    explicit HostileServer(Mode mode) : m_mode(mode)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0; // a port of its own: tests run in parallel
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        ::listen(m_listen, 64);
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }

    ~HostileServer()
    {
        m_stop = true;
        m_acceptor.join();
        std::lock_guard lock(m_mutex);
        for (std::thread &t : m_connections)
            t.join();
        ::close(m_listen);
    }

    HostileServer(const HostileServer &) = delete;
    HostileServer &operator=(const HostileServer &) = delete;

    quint16 port() const { return m_port; }
    qint64 requests() const { return m_requests.load(); }
    qint64 bytesSent() const { return m_bytesSent.load(); }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            std::lock_guard lock(m_mutex);
            m_connections.emplace_back([this, fd] { serve(fd); });
        }
    }

    bool sendAll(int fd, const QByteArray &data)
    {
        qsizetype done = 0;
        while (done < data.size() && !m_stop) {
            pollfd p{fd, POLLOUT, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            const ssize_t n = ::send(fd, data.constData() + done, size_t(data.size() - done), MSG_NOSIGNAL);
            if (n <= 0)
                return false; // the client has gone: what a bounded client does
            done += n;
            m_bytesSent += n;
        }
        return done == data.size();
    }

    // Reads one request head; empty when the client closed or the server stops.
    QByteArray readHead(int fd, QByteArray &pending)
    {
        while (!m_stop) {
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = pending.left(end);
                pending.remove(0, end + 4);
                return head;
            }
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            char buf[4096];
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                return {};
            pending.append(buf, qsizetype(n));
        }
        return {};
    }

    static QByteArray response(int code, const QByteArray &reason, const QByteArray &type, const QByteArray &body,
                               const QByteArray &extra = {})
    {
        return "HTTP/1.1 " + QByteArray::number(code) + ' ' + reason + "\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
    }

    static QByteArray listing(const QByteArray &inner)
    {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + inner + "</ListBucketResult>";
    }

    // Answers endlessly: headers, then chunks until the client goes away.
    void endless(int fd, int code, const QByteArray &reason, const QByteArray &start)
    {
        if (!sendAll(fd, "HTTP/1.1 " + QByteArray::number(code) + ' ' + reason
                             + "\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\n"))
            return;
        const QByteArray filler(64 * 1024, 'x');
        QByteArray chunk = start + filler;
        while (!m_stop) {
            if (!sendAll(fd, QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n"))
                return;
            chunk = filler;
        }
    }

    void serve(int fd)
    {
        QByteArray pending;
        int page = 0;
        while (!m_stop) {
            const QByteArray head = readHead(fd, pending);
            if (head.isEmpty())
                break;
            ++m_requests;
            const QByteArray target = head.split(' ').value(1);
            const QUrlQuery query(QString::fromLatin1(target.mid(target.indexOf('?') + 1)));
            const bool isListing = target.contains("list-type=2");
            const QByteArray prefix = query.queryItemValue(QStringLiteral("prefix"), QUrl::FullyDecoded).toUtf8();
            const QByteArray token = query.queryItemValue(QStringLiteral("continuation-token"), QUrl::FullyDecoded).toUtf8();
            QByteArray answer;
            switch (m_mode) {
            case Mode::SameToken:
                answer = response(200, "OK", "application/xml", listing("<IsTruncated>true</IsTruncated><NextContinuationToken>T</NextContinuationToken>"
                                                                        "<CommonPrefixes><Prefix>" + prefix + "x/</Prefix></CommonPrefixes>"));
                break;
            case Mode::CycleTokens:
                answer = response(200, "OK", "application/xml", listing("<IsTruncated>true</IsTruncated><NextContinuationToken>"
                                                                        + QByteArray(token == "A" ? "B" : "A")
                                                                        + "</NextContinuationToken><CommonPrefixes><Prefix>" + prefix
                                                                        + "x/</Prefix></CommonPrefixes>"));
                break;
            case Mode::NewTokens:
                ++page;
                answer = response(200, "OK", "application/xml", listing("<IsTruncated>true</IsTruncated><NextContinuationToken>t"
                                                                        + QByteArray::number(page)
                                                                        + "</NextContinuationToken><CommonPrefixes><Prefix>" + prefix + "x"
                                                                        + QByteArray::number(page) + "/</Prefix></CommonPrefixes>"));
                break;
            case Mode::Fanout:
            case Mode::SlowFanout: {
                QByteArray folders;
                for (int i = 0; i < 40; ++i)
                    folders += "<CommonPrefixes><Prefix>" + prefix + 'd' + QByteArray::number(i) + "/</Prefix></CommonPrefixes>";
                answer = response(200, "OK", "application/xml", listing("<IsTruncated>false</IsTruncated>" + folders));
                if (m_mode == Mode::SlowFanout)
                    std::this_thread::sleep_for(std::chrono::milliseconds(300));
                break;
            }
            case Mode::Endless200:
                endless(fd, 200, "OK", "<?xml version=\"1.0\"?><ListBucketResult><Contents><Key>");
                return closeConnection(fd);
            case Mode::Endless403:
                endless(fd, 403, "Forbidden", "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>");
                return closeConnection(fd);
            case Mode::RandomBytes: {
                QByteArray bytes(4096, Qt::Uninitialized);
                for (qsizetype i = 0; i < bytes.size(); ++i)
                    bytes[i] = char((i * 7919 + 13) & 0xFF);
                answer = response(200, "OK", "application/octet-stream", bytes);
                break;
            }
            case Mode::Html:
                answer = response(200, "OK", "text/html", "<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>");
                break;
            case Mode::Json:
                answer = response(200, "OK", "application/json", "{\"buckets\": []}");
                break;
            case Mode::EmptyBody:
                answer = response(200, "OK", "application/xml", QByteArray());
                break;
            case Mode::MalformedXml:
                answer = response(200, "OK", "application/xml", "<ListBucketResult><Contents><Key>p/format.obbak</Key>");
                break;
            case Mode::EntityBomb: {
                QByteArray dtd = "<?xml version=\"1.0\"?><!DOCTYPE ListBucketResult [<!ENTITY a0 \"lol\">";
                for (int i = 1; i < 10; ++i)
                    dtd += "<!ENTITY a" + QByteArray::number(i) + " \"" + QByteArray("&a" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
                answer = response(200, "OK", "application/xml", dtd + "]><ListBucketResult><Contents><Key>&a9;</Key></Contents></ListBucketResult>");
                break;
            }
            case Mode::ControlRef:
                answer = response(200, "OK", "application/xml", listing("<Contents><Key>" + prefix + "a&#1;b</Key></Contents>"));
                break;
            case Mode::Redirect302:
            case Mode::Redirect303:
            case Mode::Redirect308: {
                const int code = m_mode == Mode::Redirect302 ? 302 : m_mode == Mode::Redirect303 ? 303 : 308;
                answer = response(code, "Moved", "text/html", "<html>moved</html>", "Location: http://login.example/portal\r\n");
                break;
            }
            case Mode::BigObject:
                if (isListing) {
                    answer = response(200, "OK", "application/xml",
                                      listing("<IsTruncated>false</IsTruncated><Contents><Key>" + prefix + "format.obbak</Key><Size>83886080</Size></Contents>"));
                } else {
                    if (!sendAll(fd, "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 83886080\r\n\r\n"))
                        return closeConnection(fd);
                    const QByteArray block(1 << 20, '\0');
                    for (int i = 0; i < 80 && sendAll(fd, block); ++i) {
                    }
                    return closeConnection(fd);
                }
                break;
            }
            if (!sendAll(fd, answer))
                break;
        }
        closeConnection(fd);
    }

    static void closeConnection(int fd) { ::close(fd); }

    Mode m_mode;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stop{false};
    std::atomic<qint64> m_requests{0};
    std::atomic<qint64> m_bytesSent{0};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<std::thread> m_connections;
};
