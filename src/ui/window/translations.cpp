#include "ui/window/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace Translations {

QStringList install(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return {};
    static constexpr char marker[] = "articleReaderTranslator";
    const auto previous = app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : previous) {
        if (t->property(marker).toBool()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    // Qt's dialogs and standard buttons first, so that our own strings take precedence (the
    // translator installed last is asked first).
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const struct
    {
        QString name;
        QString dir;
    } sources[] = {{QStringLiteral("qtbase"), qtDir},
                   {QStringLiteral("article-reader"), QStringLiteral(":/i18n")}};
    QStringList loaded;
    const auto load = [app, &loaded](const QLocale &language, const QString &name,
                                     const QString &dir) {
        auto *translator = new QTranslator(app);
        translator->setProperty(marker, true);
        if (translator->load(language, name, QStringLiteral("_"), dir)
            && QCoreApplication::installTranslator(translator)) {
            loaded.append(translator->filePath());
            return true;
        }
        delete translator;
        return false;
    };
    for (const auto &source : sources) {
        // Where the reader has no translation, its English source text shows, with the English
        // plural forms ("1 mention"), which only a translation file can give.
        if (!load(locale, source.name, source.dir) && source.dir == QStringLiteral(":/i18n"))
            load(QLocale(QLocale::English), source.name, source.dir);
    }
    spdlog::debug("translations for {}: {}", locale.name().toStdString(),
                  loaded.isEmpty() ? std::string("none") : loaded.join(u", ").toStdString());
    return loaded;
}

} // namespace Translations
