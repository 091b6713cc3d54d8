#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QStringList>

QString BenchCorpus::newsText(qsizetype bytes)
{
    QStringList parts;
    QFile builtin(QStringLiteral(":/articles/ceasefire-talks.txt"));
    if (builtin.open(QIODevice::ReadOnly))
        parts.append(QString::fromUtf8(builtin.readAll()));
    const QDir dir(QStringLiteral(ARTICLE_READER_TEST_DATA "/eval/dev"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            parts.append(QString::fromUtf8(f.readAll()));
    }
    QString text;
    qsizetype size = 0;
    for (qsizetype i = 0; size < bytes && !parts.isEmpty(); ++i) {
        const QString &part = parts[i % parts.size()];
        text += part;
        text += u'\n';
        size += part.toUtf8().size() + 1;
    }
    return text;
}
