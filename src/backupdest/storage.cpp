#include "storage.h"

#include "tr.h"

#include <QFile>

#include <cerrno>
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
    default:
        return Storage::Status::IoError;
    }
}

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

} // namespace

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
    const QByteArray native = QFile::encodeName(dir);
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
        entry.name = QFile::decodeName(n);
        unsigned char type = ent->d_type;
        if (type == DT_UNKNOWN || type == DT_LNK) {
            struct stat st;
            if (::fstatat(dfd, n, &st, 0) == 0) {
                type = S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
                entry.size = S_ISDIR(st.st_mode) ? -1 : qint64(st.st_size);
            } else {
                type = DT_REG; // a dangling link: list it as a file, reading it will say why it fails
            }
        }
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
    const QByteArray native = QFile::encodeName(file);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        out.status = statusFromErrno(e);
        out.message = errnoText(e);
        return out;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
        out.status = S_ISDIR(st.st_mode) ? Status::IoError : statusFromErrno(errno);
        out.message = Tr::tr("not a regular file");
        ::close(fd);
        return out;
    }
    if (st.st_size > maxBytes) {
        out.status = Status::IoError;
        out.message = Tr::tr("%1 bytes, larger than any metadata file (%2 bytes at most)").arg(qint64(st.st_size)).arg(maxBytes);
        ::close(fd);
        return out;
    }
    out.data.resize(qsizetype(st.st_size));
    qsizetype done = 0;
    while (done < out.data.size()) {
        const ssize_t n = ::read(fd, out.data.data() + done, size_t(out.data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int e = errno;
            out.status = statusFromErrno(e);
            out.message = errnoText(e);
            out.data.clear();
            ::close(fd);
            return out;
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
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return statusFromErrno(errno);
    if (isDir)
        *isDir = S_ISDIR(st.st_mode);
    return Status::Ok;
}

QString LocalStorage::identity(const QString &dir) const
{
    struct stat st;
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0)
        return dir;
    return QStringLiteral("%1:%2").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
}

QString LocalStorage::uriOf(const QString &path) const
{
    return QStringLiteral("file://") + path;
}

} // namespace obrestore
