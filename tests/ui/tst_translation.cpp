// The German translation: installed by locale, shown in the window, and complete. English: the
// source text, with the plural forms only a translation file can give ("1 mention").
#include "core/document/articleloader.h"
#include "core/extraction/knowledge.h"
#include "core/navigation/mentionnavigator.h"
#include "ui/window/mainwindow.h"
#include "ui/window/translations.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
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
    void englishCountsTakeTheirSingular();
    void englishPluralsCoverEveryPluralString();

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
    // Qt's own may be there; ours is the English plural forms.
    QCOMPARE(loaded.filter(u":/i18n/"_qs), QStringList{u":/i18n/article-reader_en.qm"_qs});
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
    QStringList files = dir.entryList({u"*.ts"_qs}, QDir::Files);
    QVERIFY(files.contains(u"article-reader_de.ts"_qs));
    files.removeOne(u"article-reader_en.ts"_qs); // plural forms only: see below
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
             "untranslated strings; see the README, \"Adding a language\"");
    for (const QString &empty : {u"<translation></translation>"_qs, u"<translation/>"_qs,
                                 u"<numerusform></numerusform>"_qs, u"<numerusform/>"_qs})
        QVERIFY2(!ts.contains(empty), qPrintable(empty));
}

void TestTranslation::englishCountsTakeTheirSingular()
{
    for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates)}) {
        const QStringList loaded = Translations::install(locale);
        QVERIFY2(loaded.contains(u":/i18n/article-reader_en.qm"_qs),
                 qPrintable(loaded.join(u", ")));
        MentionNavigator navigator;
        navigator.setMentions({{0, 5}});
        QCOMPARE(navigator.indicator(), u"1 mention"_qs);
        navigator.setMentions({{0, 5}, {10, 15}});
        QCOMPARE(navigator.indicator(), u"2 mentions"_qs);
    }

    // The status bar's summary of a short article: a type with none found is left out.
    MainWindow w(m_knowledge);
    w.showArticle(*ArticleLoader::fromBytes("Vladimir Putin spoke in Moscow on Tuesday.\n", u"t"_qs,
                                            u"short.txt"_qs)
                       .article);
    QTRY_VERIFY(!w.isExtracting());
    QCOMPARE(w.statusBar()->currentMessage(), u"1 person, 1 place \u00b7 2 mentions"_qs);
    w.showArticle(
        *ArticleLoader::fromBytes("it rained all day.\n", u"t"_qs, u"none.txt"_qs).article);
    QTRY_VERIFY(!w.isExtracting());
    QCOMPARE(w.statusBar()->currentMessage(), u"No people, places or organizations found"_qs);
}

// The English file is written by hand (lupdate would fill it with every string): each plural
// string the program has, as the German file lists them, must have its English forms there.
void TestTranslation::englishPluralsCoverEveryPluralString()
{
    const auto plurals = [](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QMap<QString, QStringList>{};
        const QString ts = QString::fromUtf8(file.readAll());
        QMap<QString, QStringList> found; // "context/source" -> forms
        static const QRegularExpression
            context(u"<context>\\s*<name>([^<]*)</name>(.*?)</context>"_qs,
                    QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression
            message(u"<message numerus=\"yes\">\\s*<source>([^<]*)</source>(.*?)</message>"_qs,
                    QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression form(u"<numerusform>([^<]*)</numerusform>"_qs);
        for (const auto &c : context.globalMatch(ts)) {
            for (const auto &m : message.globalMatch(c.captured(2))) {
                QStringList forms;
                for (const auto &f : form.globalMatch(m.captured(2)))
                    forms.append(f.captured(1));
                found.insert(c.captured(1) + u'/' + m.captured(1), forms);
            }
        }
        return found;
    };
    const QDir dir(QStringLiteral(ARTICLE_READER_TRANSLATIONS));
    const auto german = plurals(dir.filePath(u"article-reader_de.ts"_qs));
    const auto english = plurals(dir.filePath(u"article-reader_en.ts"_qs));
    QVERIFY(german.size() >= 10);
    for (auto it = german.cbegin(); it != german.cend(); ++it) {
        QVERIFY2(english.contains(it.key()), qPrintable(u"no English forms for "_qs + it.key()));
        const QStringList forms = english.value(it.key());
        QCOMPARE(forms.size(), 2);
        QVERIFY2(!forms[0].isEmpty() && !forms[1].isEmpty(), qPrintable(it.key()));
    }
    QCOMPARE(english.size(), german.size()); // nothing left over from strings that are gone
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
