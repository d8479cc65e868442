#include "spelling/hunspelldictionary.h"

#include <QFile>
#include <QFileInfo>

#include <iconv.h>
#include <hunspell.hxx>

#include <cerrno>

namespace {

// Converts with iconv; nothing when the text cannot be represented in `to`.
std::optional<QByteArray> convert(const QByteArray &text, const QByteArray &from, const QByteArray &to) {
    iconv_t cd = iconv_open(to.constData(), from.constData());
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray out(text.size() * 4 + 8, Qt::Uninitialized);
    char *in = const_cast<char *>(text.constData());
    size_t inLeft = size_t(text.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t result = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (result == size_t(-1))
        return std::nullopt;
    out.truncate(out.size() - qsizetype(outLeft));
    return out;
}

}  // namespace

HunspellDictionary::~HunspellDictionary() = default;

Result<std::shared_ptr<HunspellDictionary>> HunspellDictionary::open(const QString &basePath) {
    using R = Result<std::shared_ptr<HunspellDictionary>>;
    for (const QString &suffix : {QStringLiteral(".aff"), QStringLiteral(".dic")}) {
        const QFileInfo file(basePath + suffix);
        if (!file.isFile() || !file.isReadable())
            return R::failure(
                tr("Could not open the spelling dictionary %1: %2")
                    .arg(file.filePath(), file.exists() ? tr("not readable") : tr("no such file")));
    }
    std::shared_ptr<HunspellDictionary> dictionary(new HunspellDictionary);
    dictionary->m_basePath = basePath;
    dictionary->m_hunspell =
        std::make_unique<Hunspell>(QFile::encodeName(basePath + QStringLiteral(".aff")).constData(),
                                   QFile::encodeName(basePath + QStringLiteral(".dic")).constData());
    const QString encoding = QString::fromStdString(dictionary->m_hunspell->get_dict_encoding());
    dictionary->m_encoding = encoding;
    dictionary->m_utf8 = encoding.compare(u"UTF-8", Qt::CaseInsensitive) == 0 ||
                         encoding.compare(u"UTF8", Qt::CaseInsensitive) == 0;
    if (!dictionary->m_utf8 && !convert("a", "UTF-8", encoding.toLatin1()))
        return R::failure(tr("Could not open the spelling dictionary %1: its encoding %2 is unknown")
                              .arg(basePath + QStringLiteral(".aff"), encoding));
    return dictionary;
}

std::optional<QByteArray> HunspellDictionary::encode(const QString &word) const {
    if (m_utf8)
        return word.toUtf8();
    return convert(word.toUtf8(), "UTF-8", m_encoding.toLatin1());
}

QString HunspellDictionary::decode(const std::string &bytes) const {
    const QByteArray raw = QByteArray::fromStdString(bytes);
    if (m_utf8)
        return QString::fromUtf8(raw);
    return QString::fromUtf8(convert(raw, m_encoding.toLatin1(), "UTF-8").value_or(QByteArray()));
}

bool HunspellDictionary::isCorrect(const QString &word) const {
    const std::optional<QByteArray> encoded = encode(word);
    return encoded && m_hunspell->spell(encoded->toStdString());
}

QStringList HunspellDictionary::suggestions(const QString &word, int max) const {
    const std::optional<QByteArray> encoded = encode(word);
    if (!encoded)
        return {};
    QStringList out;
    for (const std::string &each : m_hunspell->suggest(encoded->toStdString())) {
        const QString decoded = decode(each);
        if (!decoded.isEmpty() && !out.contains(decoded))
            out << decoded;
        if (out.size() >= max)
            break;
    }
    return out;
}
