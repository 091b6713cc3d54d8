#include "translations.h"

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
    for (const auto &source : sources) {
        auto *translator = new QTranslator(app);
        translator->setProperty(marker, true);
        if (translator->load(locale, source.name, QStringLiteral("_"), source.dir)
            && QCoreApplication::installTranslator(translator)) {
            loaded.append(translator->filePath());
        } else {
            delete translator;
        }
    }
    spdlog::debug("translations for {}: {}", locale.name().toStdString(),
                  loaded.isEmpty() ? std::string("none") : loaded.join(u", ").toStdString());
    return loaded;
}

} // namespace Translations
