#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

// A slim find-in-text bar (as in Firefox or Kate). It only emits requests; the main window
// searches, owns the matches and reports back with setResult(). Starts hidden: activate() shows it.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    // How long typing has to pause before searchChanged: long enough to skip the intermediate
    // prefixes of a word typed quickly, short enough to feel immediate.
    static constexpr int DebounceMs = 150;

    explicit FindBar(QWidget *parent = nullptr);

    // Shows the bar, focuses the search field and selects its text so typing replaces it.
    void activate();

    // Updates the result label. current is the 0-based index of the current match (-1: none),
    // shown 1-based: "3 of 12"; otherwise "12 matches" or "No matches". capped means the search
    // stopped at total and there are more: "more than 100,000 matches".
    void setResult(qsizetype current, qsizetype total, bool capped = false);

    QString text() const;
    bool caseSensitive() const;
    bool wholeWords() const;

signals:
    // The search to run: after a pause in typing, or at once when an option is toggled.
    void searchChanged(const QString &text, bool caseSensitive, bool wholeWords);
    // Enter / Shift+Enter in the field, or the arrow buttons. A search still waiting for the
    // typing pause is emitted first, so these always apply to the text on screen.
    void nextRequested();
    void previousRequested();
    // Esc in the bar or the close button; the bar has already hidden itself.
    void closed();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void emitSearch();
    void searchNow();
    void flushPendingSearch();
    void close();

    QLineEdit *m_edit = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QCheckBox *m_wholeWords = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_result = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_debounce = nullptr;
};
