// Correcting the sidebar as a reader does: rename, merge, hide, mark a selection, undo and redo,
// the corrections kept for the next time, a damaged file, and the exports.
#include "core/document/articleloader.h"
#include "core/entities/corrections.h"
#include "core/extraction/knowledge.h"
#include "core/models/entitylistmodel.h"
#include "core/session/articlesession.h"
#include "core/session/readersettings.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/text/articleview.h"
#include "ui/window/mainwindow.h"
#include "windowtest.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

class TestCorrectionsUi : public WindowTestCase
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initCase();
        QVERIFY(m_dir.isValid());
    }
    void init();
    void cleanup();
    void renameWithF2AndUndo();
    void mergeTwoSelectedWithCtrlM();
    void deleteHidesAndTheHiddenGroupRestores();
    void markASelectionAsAPlaceFindsAllOccurrences();
    void correctionsAreKeptForTheNextTime();
    void aDamagedCorrectionsFileWarnsAndFallsBack();
    void anEditedArticleKeepsTheCorrectionsThatStillFit();
    void aWindowNobodyLooksAtOpensNoDialog();
    void twoWindowsOnOneArticleKeepEachOthersCorrections();
    void aCorrectionsFileThatIsALinkIsSaidInTheStatusBar();
    void correctionsStayOutOfTheArticlesFolderUnlessAsked();
    void theCorrectionsPlaceReachesEveryWindow();
    void anotherProcessesSettingIsFollowed();
    void exportsWriteJsonCsvAndHtml();
    void copyEntityListFillsTheClipboard();

private:
    void select(const QStringList &names);
    void openArticle();

    QTemporaryDir m_dir;
    QString m_path;
};

void TestCorrectionsUi::openArticle()
{
    m_window = std::make_unique<MainWindow>(m_knowledge);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
    QTRY_VERIFY(!m_window->isExtracting());
}

void TestCorrectionsUi::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".txt"_qs);
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("President Vladimir Putin met officials in Moscow.\n"
            "US troops and U.S. diplomats arrived in the United States.\n"
            "Putin said the Kremlin agreed. The Taoiseach spoke in Dublin.\n"
            "Later the Taoiseach left.\n");
    f.close();
    openArticle();
}

void TestCorrectionsUi::cleanup()
{
    m_window.reset();
}

void TestCorrectionsUi::select(const QStringList &names)
{
    QTreeView *tree = m_window->sidebar()->view();
    tree->setFocus();
    for (int i = 0; i < names.size(); ++i) {
        const QModelIndex index = indexOf(names[i]);
        QVERIFY2(index.isValid(), qPrintable(names[i]));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton,
                          i ? Qt::ControlModifier : Qt::NoModifier,
                          tree->visualRect(index).center());
    }
}

void TestCorrectionsUi::renameWithF2AndUndo()
{
    select({u"Vladimir Putin"_qs});
    // Change Type marks the type the entity has now.
    QVERIFY(action(u"Person"_qs)->isChecked());
    QVERIFY(!action(u"Place"_qs)->isChecked());
    int width = 0, titleWidth = 0;
    QTimer::singleShot(0, this, [&width, &titleWidth] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            width = dialog->width();
            titleWidth = dialog->fontMetrics().horizontalAdvance(dialog->windowTitle());
            dialog->setTextValue(u"V. V. Putin"_qs);
            dialog->accept();
        }
    });
    QTest::keyClick(m_window->sidebar()->view(), Qt::Key_F2);
    QTRY_VERIFY(indexOf(u"V. V. Putin"_qs).isValid());
    QVERIFY2(width >= titleWidth + 200, qPrintable(u"%1 %2"_qs.arg(width).arg(titleWidth)));
    QCOMPARE(indexOf(u"V. V. Putin"_qs).data(EntityListModel::MentionCountRole).toInt(), 2);
    QCOMPARE(m_window->undoStack()->index(), 1);
    // The dialog has closed; the window is the active one again, as on a desktop.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->undoStack()->index(), 0);
    QTRY_VERIFY(indexOf(u"Vladimir Putin"_qs).isValid());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(indexOf(u"V. V. Putin"_qs).isValid());
}

void TestCorrectionsUi::mergeTwoSelectedWithCtrlM()
{
    // The extractor already links US, U.S. and United States; merge Moscow into Dublin to check
    // the mechanism on two unrelated places.
    select({u"Dublin"_qs, u"Moscow"_qs});
    QCOMPARE(m_window->sidebar()->selectedIds().size(), 2);
    // The reader picks the name kept: Dublin, although Moscow was clicked last.
    QStringList offered;
    QTimer::singleShot(0, this, [&offered] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            offered = dialog->comboBoxItems();
            dialog->setTextValue(offered.value(0));
            dialog->accept();
        }
    });
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(offered, (QStringList{u"Dublin (place)"_qs, u"Moscow (place)"_qs}));
    QTRY_VERIFY(!indexOf(u"Moscow"_qs).isValid());
    const QModelIndex merged = indexOf(u"Dublin"_qs);
    QCOMPARE(merged.data(EntityListModel::MentionCountRole).toInt(), 2);
    // It says what was merged, and how to take it back.
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(u"Moscow") && said.contains(u"Dublin") && said.contains(u"Ctrl+Z"),
             qPrintable(said));
    // The merged entity's mentions are a new list; the ruler has its rows ahead too.
    QVERIFY(WindowTest::rulerKnowsEveryEntity(*m_window));
    m_window->undoStack()->undo();
    QTRY_VERIFY(indexOf(u"Dublin"_qs).isValid() && indexOf(u"Moscow"_qs).isValid());
    QVERIFY(WindowTest::rulerKnowsEveryEntity(*m_window));
}

void TestCorrectionsUi::deleteHidesAndTheHiddenGroupRestores()
{
    select({u"Kremlin"_qs});
    QTest::keyClick(m_window->sidebar()->view(), Qt::Key_Delete);
    QTreeView *tree = m_window->sidebar()->view();
    const QModelIndex hidden = indexOf(u"Kremlin"_qs);
    QTRY_VERIFY(hidden.isValid() && hidden.data(EntityListModel::IsHiddenRole).toBool());
    QVERIFY(tree->model()
                ->index(tree->model()->rowCount() - 1, 0)
                .data()
                .toString()
                .startsWith(u"Hidden"));
    // Exports leave it out.
    QTemporaryDir out;
    QVERIFY(m_window->exportEntities(out.filePath(u"e.json"_qs)));
    QFile json(out.filePath(u"e.json"_qs));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(!json.readAll().contains("Kremlin"));
    // Show it again from the Hidden group.
    select({u"Kremlin"_qs});
    action(u"Show Again"_qs)->trigger();
    QTRY_VERIFY(!indexOf(u"Kremlin"_qs).data(EntityListModel::IsHiddenRole).toBool());
}

void TestCorrectionsUi::markASelectionAsAPlaceFindsAllOccurrences()
{
    QVERIFY(!indexOf(u"Taoiseach"_qs).isValid());
    ArticleView *view = m_window->articleView();
    const qsizetype at = m_window->article().text.indexOf(u"Taoiseach");
    QTextCursor cursor(view->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + 9), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    QAction *mark = action(u"Mark Selection as Person"_qs);
    QVERIFY(mark && mark->isEnabled());
    mark->trigger();
    QTRY_VERIFY(indexOf(u"Taoiseach"_qs).isValid());
    QCOMPARE(indexOf(u"Taoiseach"_qs).data(EntityListModel::MentionCountRole).toInt(), 2);
    QCOMPARE(m_window->selectedEntityId(), u"person:Taoiseach"_qs);
}

void TestCorrectionsUi::correctionsAreKeptForTheNextTime()
{
    select({u"Kremlin"_qs});
    QTest::keyClick(m_window->sidebar()->view(), Qt::Key_Delete);
    QTRY_VERIFY(indexOf(u"Kremlin"_qs).data(EntityListModel::IsHiddenRole).toBool());
    const QString stored = m_window->correctionsPath();
    QVERIFY2(QFile::exists(stored), qPrintable(stored));
    QVERIFY(!stored.startsWith(m_dir.path())); // in the data directory, not beside the article
    // Reopen: the corrected list comes back.
    m_window.reset();
    openArticle();
    QVERIFY(indexOf(u"Kremlin"_qs).data(EntityListModel::IsHiddenRole).toBool());
    // Reset goes back, and the file is gone; as one step that Undo takes back.
    action(u"Reset Corrections"_qs)->trigger();
    QTRY_VERIFY(!indexOf(u"Kremlin"_qs).data(EntityListModel::IsHiddenRole).toBool());
    QVERIFY(!QFile::exists(stored));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Ctrl+Z"));
    m_window->undoStack()->undo();
    QTRY_VERIFY(indexOf(u"Kremlin"_qs).data(EntityListModel::IsHiddenRole).toBool());
    QVERIFY(QFile::exists(stored));
    m_window->undoStack()->redo();
    QTRY_VERIFY(!indexOf(u"Kremlin"_qs).data(EntityListModel::IsHiddenRole).toBool());
}

// Editing the article's file (a paragraph added at the top) moves every later position: the
// corrections are placed again on the new text, by name and by their words, without a warning.
void TestCorrectionsUi::anEditedArticleKeepsTheCorrectionsThatStillFit()
{
    select({u"Vladimir Putin"_qs});
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            dialog->setTextValue(u"V. V. Putin"_qs);
            dialog->accept();
        }
    });
    QTest::keyClick(m_window->sidebar()->view(), Qt::Key_F2);
    QTRY_VERIFY(indexOf(u"V. V. Putin"_qs).isValid());
    ArticleView *view = m_window->articleView();
    const qsizetype at = m_window->article().text.indexOf(u"Taoiseach");
    QTextCursor cursor(view->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + 9), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    action(u"Mark Selection as Person"_qs)->trigger();
    QTRY_VERIFY(indexOf(u"Taoiseach"_qs).isValid());
    m_window.reset();

    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("An added first paragraph about the weather in Cork.\n" + before);
    f.close();
    openArticle();
    QVERIFY(!m_window->correctionsWarningBox() || !m_window->correctionsWarningBox()->isVisible());
    QVERIFY(indexOf(u"V. V. Putin"_qs).isValid());
    QVERIFY(!indexOf(u"Vladimir Putin"_qs).isValid());
    QVERIFY(indexOf(u"Taoiseach"_qs).isValid());
    QCOMPARE(indexOf(u"Taoiseach"_qs).data(EntityListModel::MentionCountRole).toInt(), 2);
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(u"2 correction") && said.contains(u"edited"), qPrintable(said));
}

void TestCorrectionsUi::aDamagedCorrectionsFileWarnsAndFallsBack()
{
    const QString stored = m_path + u".entities.json"_qs;
    QFile f(stored);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 1, \"corrections\": [");
    f.close();
    m_window.reset();
    openArticle();
    // Said in a box that does not block the window: the reader keeps reading meanwhile.
    QMessageBox *box = m_window->correctionsWarningBox();
    QVERIFY(box && box->isVisible());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    const QString warning = box->text();
    QVERIFY2(warning.contains(u"damaged"), qPrintable(warning));
    // Said again at each reload, in the same box: ten reloads do not give ten boxes.
    for (int i = 0; i < 10; ++i) {
        m_window->reload();
        QTRY_VERIFY(!m_window->isExtracting());
    }
    int boxes = 0;
    for (QWidget *w : QApplication::topLevelWidgets())
        boxes += qobject_cast<QMessageBox *>(w) && w->isVisible();
    QCOMPARE(boxes, 1);
    box->accept();
    // The extracted list is shown, and the article is there.
    QVERIFY(indexOf(u"Kremlin"_qs).isValid());
    QVERIFY(m_window->article().text.contains(u"Taoiseach"));
    // The next correction keeps the damaged file aside instead of overwriting it.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    select({u"Kremlin"_qs});
    QTest::keyClick(m_window->sidebar()->view(), Qt::Key_Delete);
    QTRY_VERIFY(QFile::exists(stored + u".damaged"_qs));
}

void TestCorrectionsUi::aWindowNobodyLooksAtOpensNoDialog()
{
    QFile f(m_path + u".entities.json"_qs);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 1, \"article\": {\"sha256\": \"0000\"}, \"corrections\": []}");
    f.close();
    m_window = std::make_unique<MainWindow>(m_knowledge);
    m_window->setInteractive(false);
    m_window->showFile(*ArticleLoader::loadFile(m_path).article, m_path);
    QTRY_VERIFY(!m_window->isExtracting());
    QCOMPARE(m_window->correctionsWarningBox(), nullptr);
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<QMessageBox *>(w));
    QVERIFY(indexOf(u"Kremlin"_qs).isValid()); // the extracted list, as in a window
}

void TestCorrectionsUi::twoWindowsOnOneArticleKeepEachOthersCorrections()
{
    // A second window on the same file, as a reader with two windows open would have.
    MainWindow other(m_knowledge);
    other.resize(1200, 800);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QVERIFY(other.openFile(m_path));
    QTRY_VERIFY(!other.isExtracting());

    // This window hides the Kremlin; the other one sees it hidden without reopening. (Keys go to
    // the active window, as on a desktop.)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    select({u"Kremlin"_qs});
    QTest::keyClick(m_window->sidebar()->view(), Qt::Key_Delete);
    QTRY_VERIFY(indexOf(u"Kremlin"_qs).data(EntityListModel::IsHiddenRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(WindowTest::entityIndex(other, u"Kremlin"_qs)
                                 .data(EntityListModel::IsHiddenRole)
                                 .toBool(),
                             5000);
    QVERIFY2(other.statusBar()->currentMessage().contains(u"another window"),
             qPrintable(other.statusBar()->currentMessage()));

    // The other window hides Dublin: its save keeps the Kremlin's correction, and this window
    // takes Dublin's in.
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QTreeView *tree = other.sidebar()->view();
    tree->setFocus();
    const QModelIndex dublin = WindowTest::entityIndex(other, u"Dublin"_qs);
    QVERIFY(dublin.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(dublin).center());
    QTest::keyClick(tree, Qt::Key_Delete);
    QTRY_VERIFY(
        WindowTest::entityIndex(other, u"Dublin"_qs).data(EntityListModel::IsHiddenRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(indexOf(u"Dublin"_qs).data(EntityListModel::IsHiddenRole).toBool(),
                             5000);
    QVERIFY(indexOf(u"Kremlin"_qs).data(EntityListModel::IsHiddenRole).toBool());

    // What a third reader opens has both.
    const CorrectionsLoad stored = Corrections::load(m_window->correctionsPath(), QString());
    QVERIFY(stored.ok());
    QCOMPARE(stored.corrections.size(), 2);
}

void TestCorrectionsUi::aCorrectionsFileThatIsALinkIsSaidInTheStatusBar()
{
    // Only with corrections kept beside the article is the link in their way.
    ReaderSettings().setCorrectionsPlace(Corrections::Place::BesideArticle);
    const QString target = m_dir.filePath(u"elsewhere.json"_qs);
    QVERIFY(QFile::link(target, m_path + u".entities.json"_qs));
    m_window.reset();
    openArticle();
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"link"), qPrintable(message));
    // The first correction goes to the data directory; nothing is created through the link.
    select({u"Kremlin"_qs});
    QTest::keyClick(m_window->sidebar()->view(), Qt::Key_Delete);
    QTRY_VERIFY(indexOf(u"Kremlin"_qs).data(EntityListModel::IsHiddenRole).toBool());
    QVERIFY(!QFile::exists(target));
    QVERIFY(!m_window->correctionsPath().startsWith(m_dir.path()));
    QVERIFY(QFile::exists(m_window->correctionsPath()));
}

// A reader's folder gets no files of ours by default; the setting puts them there, and back.
void TestCorrectionsUi::correctionsStayOutOfTheArticlesFolderUnlessAsked()
{
    const QString beside = m_path + u".entities.json"_qs;
    select({u"Kremlin"_qs});
    QTest::keyClick(m_window->sidebar()->view(), Qt::Key_Delete);
    QTRY_VERIFY(indexOf(u"Kremlin"_qs).data(EntityListModel::IsHiddenRole).toBool());
    QVERIFY(!QFile::exists(beside));
    const QString data = m_window->correctionsPath();
    QVERIFY(data.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY2(QFile::exists(data), qPrintable(data));

    QAction *keepBeside = action(u"Keep Corrections Beside the Article"_qs);
    QVERIFY(keepBeside && keepBeside->isCheckable() && !keepBeside->isChecked());
    keepBeside->trigger();
    QVERIFY(QFile::exists(beside));
    QVERIFY(!QFile::exists(data));
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(u"now kept in") && said.contains(u".entities.json"), qPrintable(said));

    // The next window reads them from there, and the setting shows as it was left.
    m_window.reset();
    openArticle();
    QVERIFY(indexOf(u"Kremlin"_qs).data(EntityListModel::IsHiddenRole).toBool());
    QVERIFY(action(u"Keep Corrections Beside the Article"_qs)->isChecked());
    action(u"Keep Corrections Beside the Article"_qs)->trigger();
    QVERIFY(!QFile::exists(beside));
    QVERIFY(QFile::exists(m_window->correctionsPath()));
}

void TestCorrectionsUi::theCorrectionsPlaceReachesEveryWindow()
{
    // A second window on another article, with a correction of its own.
    const QString other = m_dir.filePath(u"other-window.txt"_qs);
    {
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Angela Merkel spoke in Berlin. The Bundestag agreed.\n");
    }
    MainWindow second(m_knowledge);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QVERIFY(second.openFile(other));
    QTRY_VERIFY(!second.isExtracting());
    const Entity *berlin = second.session()->entities().findByName(u"Berlin");
    QVERIFY(berlin);
    second.session()->applyCorrection(Correction::hide(berlin->id));
    const QString secondData = second.correctionsPath();
    QTRY_VERIFY(QFile::exists(secondData));

    // Asked in the first window, the setting moves the second window's corrections too, and its
    // menu shows it.
    QAction *secondBeside = nullptr;
    for (QAction *a : second.findChildren<QAction *>()) {
        if (a->text().remove(u'&') == u"Keep Corrections Beside the Article")
            secondBeside = a;
    }
    QVERIFY(secondBeside && !secondBeside->isChecked());
    action(u"Keep Corrections Beside the Article"_qs)->trigger();
    QVERIFY(secondBeside->isChecked());
    QCOMPARE(second.session()->correctionsPlace(), Corrections::Place::BesideArticle);
    QTRY_VERIFY(QFile::exists(other + u".entities.json"_qs));
    QVERIFY(!QFile::exists(secondData));
    QCOMPARE(second.correctionsPath(), other + u".entities.json"_qs);
    action(u"Keep Corrections Beside the Article"_qs)->trigger();
    QVERIFY(!secondBeside->isChecked());
    QTRY_VERIFY(!QFile::exists(other + u".entities.json"_qs));
}

void TestCorrectionsUi::anotherProcessesSettingIsFollowed()
{
    select({u"Kremlin"_qs});
    QTest::keyClick(m_window->sidebar()->view(), Qt::Key_Delete);
    const QString data = m_window->correctionsPath();
    QTRY_VERIFY(QFile::exists(data));
    QAction *keepBeside = action(u"Keep Corrections Beside the Article"_qs);
    QVERIFY(!keepBeside->isChecked());
    // As another Article Reader writes it: the settings file, not through this window.
    {
        QSettings other;
        other.setValue(u"corrections/besideArticle"_qs, true);
        other.sync();
    }
    QTRY_VERIFY(keepBeside->isChecked());
    QTRY_VERIFY(QFile::exists(m_path + u".entities.json"_qs));
    QVERIFY(!QFile::exists(data));
    {
        QSettings other;
        other.setValue(u"corrections/besideArticle"_qs, false);
        other.sync();
    }
    QTRY_VERIFY(!keepBeside->isChecked());
    QTRY_VERIFY(!QFile::exists(m_path + u".entities.json"_qs));
}

void TestCorrectionsUi::exportsWriteJsonCsvAndHtml()
{
    QTemporaryDir out;
    QVERIFY(m_window->exportEntities(out.filePath(u"e.json"_qs)));
    QVERIFY(m_window->exportEntities(out.filePath(u"e.csv"_qs)));
    select({u"Vladimir Putin"_qs});
    QVERIFY(m_window->exportArticleHtml(out.filePath(u"a.html"_qs)));
    QFile json(out.filePath(u"e.json"_qs));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const auto root = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY(root[u"entities"_qs].toArray().size() >= 4);
    QFile csv(out.filePath(u"e.csv"_qs));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().startsWith("name,type,role,mentions,first_start\n"));
    QFile html(out.filePath(u"a.html"_qs));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray page = html.readAll();
    QVERIFY(page.contains("<mark"));
    QVERIFY(page.contains("Vladimir Putin"));
    // A folder that cannot be written gives an error, not a half-written file.
    QString error;
    QVERIFY(!m_window->exportEntities(u"/proc/no/such/dir/e.json"_qs, &error));
    QVERIFY(!error.isEmpty());
}

void TestCorrectionsUi::copyEntityListFillsTheClipboard()
{
    action(u"Copy Entity List"_qs)->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(u"Vladimir Putin"), qPrintable(text));
}

QTEST_MAIN(TestCorrectionsUi)
#include "tst_correctionsui.moc"
