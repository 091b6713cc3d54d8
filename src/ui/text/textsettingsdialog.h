#pragma once

#include "core/session/readersettings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QSpinBox;

// View > Text Settings: the text's font and size, the column's width, the line spacing and the
// colours (the system's, light, sepia, dark). Each change shows at once (textChanged, which the
// window applies); Cancel goes back to what was set when the dialog opened, Restore Defaults to
// the reader's own.
class TextSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    // `defaultFamily` is what an empty family means (the reader's serif where installed).
    TextSettingsDialog(const TextSettings &current, const QString &defaultFamily,
                       QWidget *parent = nullptr);

    TextSettings settings() const;

signals:
    void textChanged(const TextSettings &settings);

private:
    void showSettings(const TextSettings &settings);

    QString m_defaultFamily;
    QFontComboBox *m_family = nullptr;
    QDoubleSpinBox *m_size = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_spacing = nullptr;
    QComboBox *m_theme = nullptr;
    bool m_showing = false;
};
