#include "storage.h"

#include "common/displaytext.h"

#include "tr.h"


#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace obrestore {

namespace {

Storage::Status statusFromErrno(int e)
{
    switch (e) {
    case ENOENT:
        return Storage::Status::NotFound;
    case EACCES:
    case EPERM:
        return Storage::Status::PermissionDenied;
    case ENOTDIR:
        return Storage::Status::NotADirectory;
    case ELOOP:
        return Storage::Status::Loop;
    case ENAMETOOLONG:
        return Storage::Status::NameTooLong;
    default:
        return Storage::Status::IoError;
    }
}

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

// What a non-regular file is, in words.
QString fileKind(mode_t mode)
{
    if (S_ISDIR(mode))
        return Tr::tr("a directory, not a file");
    if (S_ISFIFO(mode))
        return Tr::tr("a named pipe (FIFO), not a regular file");
    if (S_ISSOCK(mode))
        return Tr::tr("a socket, not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Tr::tr("a device, not a regular file");
    return Tr::tr("not a regular file");
}

// The length of the valid UTF-8 sequence at s[i..n), or 0 when the bytes there are not one (overlong forms,
// surrogates and code points above U+10FFFF are not valid).
int utf8SequenceAt(const unsigned char *s, qsizetype i, qsizetype n)
{
    const unsigned char c = s[i];
    int len;
    char32_t cp;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > n)
        return 0;
    for (int k = 1; k < len; ++k) {
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

bool isEscapedByte(char16_t c)
{
    return c >= 0xDC80 && c <= 0xDCFF;
}

} // namespace

QString decodeLocalName(const char *bytes, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes);
    QString out;
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < size) {
        const int len = utf8SequenceAt(s, i, size);
        if (len > 0) {
            i += len;
            continue;
        }
        if (out.isNull())
            out.reserve(size);
        out += QString::fromUtf8(bytes + runStart, i - runStart);
        out += QChar(char16_t(0xDC00 + s[i]));
        runStart = ++i;
    }
    if (runStart == 0)
        return QString::fromUtf8(bytes, size);
    out += QString::fromUtf8(bytes + runStart, size - runStart);
    return out;
}

QByteArray encodeLocalName(const QString &name)
{
    const char16_t *u = reinterpret_cast<const char16_t *>(name.utf16());
    const qsizetype n = name.size();
    QByteArray out;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (QChar::isHighSurrogate(u[i]) && i + 1 < n && QChar::isLowSurrogate(u[i + 1])) {
            ++i; // a pair: a real supplementary character
            continue;
        }
        if (!isEscapedByte(u[i]))
            continue;
        out += QStringView(u + runStart, i - runStart).toUtf8();
        out += char(u[i] - 0xDC00);
        runStart = i + 1;
    }
    if (runStart == 0)
        return name.toUtf8();
    out += QStringView(u + runStart, n - runStart).toUtf8();
    return out;
}

QString displayLocalName(const QString &name)
{
    QString out;
    const char16_t *u = reinterpret_cast<const char16_t *>(name.utf16());
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (QChar::isHighSurrogate(u[i]) && i + 1 < name.size() && QChar::isLowSurrogate(u[i + 1])) {
            out += QChar(u[i]);
            out += QChar(u[++i]);
        } else if (isEscapedByte(u[i])) {
            out += QStringLiteral("\\x") + QString::number(unsigned(u[i] - 0xDC00), 16).toUpper().rightJustified(2, u'0');
        } else {
            out += QChar(u[i]);
        }
    }
    return escapeForDisplay(out); // a line break or ESC in a name would forge report lines
}

std::optional<QString> Storage::rootOf(const BackupUri &uri, QString *error, Status *status) const
{
    if (uri.isLocal())
        return uri.localPath();
    if (status)
        *status = Status::IoError;
    if (error)
        *error = Tr::tr("%1 is object storage, which this reader cannot open.").arg(uri.toDisplayString());
    return std::nullopt;
}

QString Storage::join(const QString &dir, const QString &name)
{
    if (dir.endsWith(u'/'))
        return dir + name;
    return dir + u'/' + name;
}

Storage::Listing LocalStorage::list(const QString &dir) const
{
    Listing out;
    const QByteArray native = encodeLocalName(dir);
    DIR *d = ::opendir(native.constData());
    if (!d) {
        const int e = errno;
        out.status = statusFromErrno(e);
        out.message = errnoText(e);
        return out;
    }
    const int dfd = ::dirfd(d);
    errno = 0;
    while (struct dirent *ent = ::readdir(d)) {
        const char *n = ent->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)))
            continue;
        Entry entry;
        entry.name = decodeLocalName(n, qsizetype(std::strlen(n)));
        unsigned char type = ent->d_type;
        if (type == DT_UNKNOWN) {
            struct stat lst;
            if (::fstatat(dfd, n, &lst, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(lst.st_mode))
                type = DT_LNK;
        }
        const bool link = type == DT_LNK;
        if (type == DT_UNKNOWN || type == DT_LNK) {
            struct stat st;
            if (::fstatat(dfd, n, &st, 0) == 0) {
                type = S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
                entry.size = S_ISDIR(st.st_mode) ? -1 : qint64(st.st_size);
            } else {
                type = DT_REG; // a dangling link or a loop: list it as a file, reading it will say why it fails
            }
        }
        if (link && type == DT_DIR)
            entry.linkTarget = resolved(join(dir, entry.name));
        entry.isDir = type == DT_DIR;
        out.entries.append(std::move(entry));
        errno = 0;
    }
    if (errno != 0) {
        const int e = errno;
        out.status = statusFromErrno(e);
        out.message = errnoText(e);
    }
    ::closedir(d);
    return out;
}

Storage::Content LocalStorage::read(const QString &file, qint64 maxBytes) const
{
    Content out;
    const QByteArray native = encodeLocalName(file);
    const auto fail = [&out](Status status, const QString &message) {
        out.status = status;
        out.message = message;
        out.data.clear();
        return out;
    };
    // stat() before open(): opening a FIFO blocks until a writer comes, and opening a device can have effects.
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        const int e = errno;
        struct stat lst;
        if (e == ENOENT && ::lstat(native.constData(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
            QByteArray target(4096, Qt::Uninitialized);
            const ssize_t n = ::readlink(native.constData(), target.data(), size_t(target.size()));
            target.truncate(n > 0 ? qsizetype(n) : 0);
            return fail(Status::DanglingLink, Tr::tr("a symbolic link to %1, which does not exist")
                                                  .arg(displayLocalName(decodeLocalName(target.constData(), target.size()))));
        }
        return fail(statusFromErrno(e), errnoText(e));
    }
    if (!S_ISREG(st.st_mode))
        return fail(Status::NotRegularFile, fileKind(st.st_mode));
    if (st.st_size > maxBytes)
        return fail(Status::TooLarge, Tr::tr("%1 bytes, larger than any metadata file (%2 bytes at most)").arg(qint64(st.st_size)).arg(maxBytes));
    // O_NONBLOCK: should the file have been replaced by a FIFO since stat(), open() still returns at once.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        const int e = errno;
        return fail(statusFromErrno(e), errnoText(e));
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > maxBytes) {
        const bool regular = S_ISREG(st.st_mode);
        ::close(fd);
        return regular ? fail(Status::TooLarge, Tr::tr("%1 bytes, larger than any metadata file (%2 bytes at most)").arg(qint64(st.st_size)).arg(maxBytes))
                       : fail(Status::NotRegularFile, fileKind(st.st_mode));
    }
    out.data.resize(qsizetype(st.st_size));
    qsizetype done = 0;
    while (done < out.data.size()) {
        const ssize_t n = ::read(fd, out.data.data() + done, size_t(out.data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int e = errno;
            ::close(fd);
            return fail(statusFromErrno(e), errnoText(e));
        }
        if (n == 0)
            break; // the file shrank while reading: keep what was there, the checksums will tell
        done += qsizetype(n);
    }
    out.data.truncate(done);
    ::close(fd);
    return out;
}

Storage::Status LocalStorage::stat(const QString &path, bool *isDir) const
{
    struct stat st;
    if (::stat(encodeLocalName(path).constData(), &st) != 0)
        return statusFromErrno(errno);
    if (isDir)
        *isDir = S_ISDIR(st.st_mode);
    return Status::Ok;
}

QString LocalStorage::identity(const QString &dir) const
{
    struct stat st;
    if (::stat(encodeLocalName(dir).constData(), &st) != 0)
        return dir;
    return QStringLiteral("%1:%2").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
}

QString LocalStorage::resolved(const QString &path) const
{
    char *real = ::realpath(encodeLocalName(path).constData(), nullptr);
    if (!real)
        return path;
    const QString out = decodeLocalName(real, qsizetype(std::strlen(real)));
    ::free(real);
    return out;
}

QString LocalStorage::uriOf(const QString &path) const
{
    return QStringLiteral("file://") + displayLocalName(path);
}

} // namespace obrestore
