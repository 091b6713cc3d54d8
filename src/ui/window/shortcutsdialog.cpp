#include "ui/window/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Keys that live outside the menus.
    const std::pair<QString, QString> extra[] = {
        {tr("Follow another entity"), tr("\u2191 / \u2193 in the list")},
        {tr("Add an entity to the selection"), tr("Ctrl+click (list or text)")},
        {tr("Next / previous find match"), tr("Enter / Shift+Enter in the find bar")},
        {tr("Close the find bar"), tr("Esc in the find bar")},
    };
    table->setRowCount(int(actions.size() + std::size(extra)));
    int row = 0;
    for (QAction *a : actions) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        table->setItem(row, 0, new QTableWidgetItem(a->text().remove(u'&')));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        ++row;
    }
    for (const auto &[what, keys] : extra) {
        table->setItem(row, 0, new QTableWidgetItem(what));
        table->setItem(row, 1, new QTableWidgetItem(keys));
        ++row;
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}
