// The German translation: installed by locale, shown in the window, and complete.
#include "articleloader.h"
#include "knowledge.h"
#include "mainwindow.h"
#include "mentionnavigator.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void withoutATranslationTheTextStaysEnglish();
    void germanMenuTitles();
    void everyMenuEntryIsTranslated();
    void mentionIndicatorReadsVon();
    void loaderMessagesAreGerman();
    void everyTranslationFileIsComplete_data();
    void everyTranslationFileIsComplete();

private:
    static QStringList menuTexts(const QList<QAction *> &actions);
    std::unique_ptr<MainWindow> window();
    std::shared_ptr<const Knowledge> m_knowledge;
};

QStringList TestTranslation::menuTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *a : actions) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        texts.append(a->text());
        if (a->menu())
            texts += menuTexts(a->menu()->actions());
    }
    return texts;
}

std::unique_ptr<MainWindow> TestTranslation::window()
{
    auto w = std::make_unique<MainWindow>(m_knowledge);
    w->showArticle(*ArticleLoader::loadBuiltin().article);
    w->resize(1200, 800);
    w->show();
    return w;
}

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_knowledge = Knowledge::load();
}

void TestTranslation::cleanup()
{
    Translations::install(QLocale::c()); // back to the English source text
}

void TestTranslation::withoutATranslationTheTextStaysEnglish()
{
    const QStringList loaded = Translations::install(QLocale(QLocale::Swahili));
    QVERIFY(loaded.filter(u":/i18n/"_qs).isEmpty()); // Qt's own may be there
    const auto w = window();
    QCOMPARE(menuTexts(w->menuBar()->actions()).value(0), u"&File"_qs);
}

void TestTranslation::germanMenuTitles()
{
    const QStringList loaded = Translations::install(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(loaded.contains(u":/i18n/article-reader_de.qm"_qs), qPrintable(loaded.join(u", ")));
    const auto w = window();
    QStringList titles;
    for (const QAction *a : w->menuBar()->actions())
        titles.append(a->text());
    QCOMPARE(titles, (QStringList{u"&Datei"_qs, u"&Bearbeiten"_qs, u"&Ansicht"_qs, u"&Gehe zu"_qs,
                                  u"&Hilfe"_qs}));
}

void TestTranslation::everyMenuEntryIsTranslated()
{
    // The same window in English and in German: an entry that reads the same in both did not
    // go through tr() (or has no German text).
    const QStringList english = menuTexts(window()->menuBar()->actions());
    Translations::install(QLocale(QLocale::German));
    const QStringList german = menuTexts(window()->menuBar()->actions());
    QCOMPARE(german.size(), english.size());
    const QStringList sameInBoth{u"&Name"_qs, u"&Person"_qs};
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (!sameInBoth.contains(english[i]))
            QVERIFY2(german[i] != english[i], qPrintable(english[i]));
    }
}

void TestTranslation::mentionIndicatorReadsVon()
{
    Translations::install(QLocale(QLocale::German));
    MentionNavigator navigator;
    navigator.setMentions({{0, 5}, {10, 15}});
    QCOMPARE(navigator.indicator(), u"2 Erwähnungen"_qs);
    navigator.next();
    QCOMPARE(navigator.indicator(), u"1 von 2"_qs);
    navigator.setMentions({{0, 5}});
    QCOMPARE(navigator.indicator(), u"1 Erwähnung"_qs);

    // ... and in the window's tool bar, as the reader steps with F3.
    const auto w = window();
    QTRY_VERIFY(!w->isExtracting());
    QVERIFY(w->selectEntityByName(u"Dmitry Peskov"_qs));
    const QLabel *position = w->findChild<QLabel *>(u"positionLabel"_qs);
    QTRY_COMPARE(position->text(), u"1 von 2"_qs);
    QTest::keyClick(w.get(), Qt::Key_F3);
    QCOMPARE(position->text(), u"2 von 2"_qs);
}

void TestTranslation::loaderMessagesAreGerman()
{
    // Core's messages (QCoreApplication::translate, curly quotes in the source text) too.
    Translations::install(QLocale(QLocale::German));
    const QString missing = QDir::temp().filePath(u"no-such-article.txt"_qs);
    QCOMPARE(ArticleLoader::loadFile(missing).error,
             u"\u201e%1\u201c kann nicht geöffnet werden: Die Datei gibt es nicht."_qs.arg(missing));
}

void TestTranslation::everyTranslationFileIsComplete_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(ARTICLE_READER_TRANSLATIONS));
    const QStringList files = dir.entryList({u"*.ts"_qs}, QDir::Files);
    QVERIFY(files.contains(u"article-reader_de.ts"_qs));
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestTranslation::everyTranslationFileIsComplete()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QString ts = QString::fromUtf8(file.readAll());
    QVERIFY(ts.count(u"<message") > 100);
    // lupdate marks new and changed source texts unfinished; Linguist clears it when translated.
    QVERIFY2(!ts.contains(u"type=\"unfinished\""),
             "untranslated strings; see docs/translations.md");
    for (const QString &empty : {u"<translation></translation>"_qs, u"<translation/>"_qs,
                                 u"<numerusform></numerusform>"_qs, u"<numerusform/>"_qs})
        QVERIFY2(!ts.contains(empty), qPrintable(empty));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
