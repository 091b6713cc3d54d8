#include "knowledge.h"

#include <QElapsedTimer>
#include <QFile>

#include <spdlog/spdlog.h>

namespace {

// Calls fn(fields) for each non-comment, non-empty line of a tab-separated UTF-8 file.
template<typename Fn>
void forEachLine(const QString &path, Fn fn)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        spdlog::warn("knowledge file {} is missing", path.toStdString());
        return;
    }
    const QString all = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(all).tokenize(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        fn(line.split(u'\t'));
    }
}

int wordCount(QStringView s)
{
    return int(s.count(u' ')) + 1;
}

QString titleKey(const QString &phrase)
{
    QString key = phrase.toLower();
    key.replace(u'-', u' ');
    key.remove(u'.');
    return key;
}

int placeRank(Knowledge::PlaceClass c)
{
    switch (c) {
    case Knowledge::PlaceClass::Country:
        return 3;
    case Knowledge::PlaceClass::Region:
    case Knowledge::PlaceClass::Continent:
        return 2;
    case Knowledge::PlaceClass::Area:
    case Knowledge::PlaceClass::City:
        return 1;
    }
    return 0;
}

} // namespace

QString Knowledge::foldAccents(const QString &text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (!c.isMark())
            out.append(c);
    }
    return out;
}

std::shared_ptr<const Knowledge> Knowledge::load(const QString &directory)
{
    QElapsedTimer timer;
    timer.start();
    auto k = std::make_shared<Knowledge>();
    const QString dir = directory + u'/';
    forEachLine(dir + QStringLiteral("places.tsv"), [&](const QList<QStringView> &f) {
        if (f.size() < 3)
            return;
        PlaceClass cls = PlaceClass::City;
        if (f[2] == u"country")
            cls = PlaceClass::Country;
        else if (f[2] == u"region")
            cls = PlaceClass::Region;
        else if (f[2] == u"continent")
            cls = PlaceClass::Continent;
        else if (f[2] == u"area")
            cls = PlaceClass::Area;
        const QString surface = f[0].toString();
        auto it = k->m_places.find(surface);
        if (it == k->m_places.end() || placeRank(cls) > placeRank(it->placeClass))
            k->m_places.insert(surface, Place{f[1].isEmpty() ? surface : f[1].toString(), cls});
        k->m_longestPlaceWords = std::max(k->m_longestPlaceWords, wordCount(f[0]));
    });
    forEachLine(dir + QStringLiteral("demonyms.tsv"),
                [&](const QList<QStringView> &f) { k->m_demonyms.insert(f[0].toString()); });
    forEachLine(dir + QStringLiteral("given-names.txt"), [&](const QList<QStringView> &f) {
        k->m_givenNames.insert(foldAccents(f[0].toString()));
    });
    forEachLine(dir + QStringLiteral("common-words.txt"),
                [&](const QList<QStringView> &f) { k->m_commonWords.insert(f[0].toString()); });
    forEachLine(dir + QStringLiteral("calendar.txt"), [&](const QList<QStringView> &f) {
        k->m_calendar.insert(f[0].toString().toLower());
    });
    forEachLine(dir + QStringLiteral("org-words.txt"), [&](const QList<QStringView> &f) {
        k->m_orgWords.insert(f[0].toString().toLower());
    });
    forEachLine(dir + QStringLiteral("titles.tsv"), [&](const QList<QStringView> &f) {
        const QString key = titleKey(f[0].toString());
        const TitleKind kind = (f.size() > 1 && f[1] == u"honorific") ? TitleKind::Honorific
                                                                      : TitleKind::Role;
        k->m_titles.insert(key, kind);
        k->m_longestTitleWords = std::max(k->m_longestTitleWords, wordCount(key));
    });
    spdlog::info("knowledge loaded in {} ms: {} places, {} given names, {} titles, {} common words",
                 timer.elapsed(), k->m_places.size(), k->m_givenNames.size(), k->m_titles.size(),
                 k->m_commonWords.size());
    return k;
}

const Knowledge::Place *Knowledge::place(const QString &surface) const
{
    auto it = m_places.constFind(surface);
    if (it != m_places.cend())
        return &*it;
    const QString folded = foldAccents(surface);
    if (folded != surface) {
        it = m_places.constFind(folded);
        if (it != m_places.cend())
            return &*it;
    }
    return nullptr;
}

bool Knowledge::isDemonym(const QString &word) const
{
    return m_demonyms.contains(word);
}

bool Knowledge::isGivenName(const QString &word) const
{
    return m_givenNames.contains(foldAccents(word));
}

bool Knowledge::isCommonWord(const QString &lowerCaseWord) const
{
    return m_commonWords.contains(lowerCaseWord);
}

bool Knowledge::isCalendarWord(const QString &word) const
{
    return m_calendar.contains(word.toLower());
}

bool Knowledge::isOrganizationWord(const QString &word) const
{
    return m_orgWords.contains(word.toLower());
}

const Knowledge::TitleKind *Knowledge::title(const QString &phrase) const
{
    const QString key = titleKey(phrase);
    auto it = m_titles.constFind(key);
    // "Vice-President", "Co-Chairman": a hyphenated word whose last part is a title.
    if (it == m_titles.cend() && phrase.contains(u'-') && !phrase.contains(u' '))
        it = m_titles.constFind(key.sliced(key.lastIndexOf(u' ') + 1));
    return it == m_titles.cend() ? nullptr : &*it;
}
