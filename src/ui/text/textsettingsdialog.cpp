#include "ui/text/textsettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

TextSettingsDialog::TextSettingsDialog(const TextSettings &current, const QString &defaultFamily,
                                       QWidget *parent)
    : QDialog(parent)
    , m_defaultFamily(defaultFamily)
{
    setWindowTitle(tr("Text Settings"));
    auto *form = new QFormLayout;
    m_family = new QFontComboBox(this);
    m_family->setObjectName(QStringLiteral("fontFamily"));
    m_size = new QDoubleSpinBox(this);
    m_size->setObjectName(QStringLiteral("fontSize"));
    m_size->setRange(0, 72);
    m_size->setDecimals(1);
    m_size->setSingleStep(0.5);
    m_size->setSuffix(tr(" pt"));
    m_size->setSpecialValueText(tr("Default"));
    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("lineWidth"));
    m_width->setRange(TextSettings::MinLineWidth, TextSettings::MaxLineWidth);
    m_width->setSuffix(tr(" characters"));
    m_spacing = new QSpinBox(this);
    m_spacing->setObjectName(QStringLiteral("lineSpacing"));
    m_spacing->setRange(TextSettings::MinLineSpacing, TextSettings::MaxLineSpacing);
    m_spacing->setSingleStep(10);
    m_spacing->setSuffix(tr(" %"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItems({tr("As the system"), tr("Light"), tr("Sepia"), tr("Dark")});
    form->addRow(tr("&Font:"), m_family);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("Line &width:"), m_width);
    form->addRow(tr("Line s&pacing:"), m_spacing);
    form->addRow(tr("&Colours:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        showSettings(TextSettings());
        emit textChanged(settings());
    });
    // Cancel: what was set when the dialog opened.
    connect(this, &QDialog::rejected, this, [this, current] { emit textChanged(current); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    showSettings(current);

    const auto changed = [this] {
        if (!m_showing)
            emit textChanged(settings());
    };
    connect(m_family, &QFontComboBox::currentFontChanged, this, changed);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_width, &QSpinBox::valueChanged, this, changed);
    connect(m_spacing, &QSpinBox::valueChanged, this, changed);
    connect(m_theme, &QComboBox::currentIndexChanged, this, changed);
}

void TextSettingsDialog::showSettings(const TextSettings &settings)
{
    m_showing = true;
    m_family->setCurrentFont(QFont(settings.family.isEmpty() ? m_defaultFamily : settings.family));
    m_size->setValue(settings.pointSize);
    m_width->setValue(settings.lineWidth);
    m_spacing->setValue(settings.lineSpacing);
    m_theme->setCurrentIndex(int(settings.theme));
    m_showing = false;
}

TextSettings TextSettingsDialog::settings() const
{
    TextSettings out;
    const QString family = m_family->currentFont().family();
    out.family = family == m_defaultFamily ? QString() : family;
    out.pointSize = m_size->value();
    out.lineWidth = m_width->value();
    out.lineSpacing = m_spacing->value();
    out.theme = TextSettings::Theme(m_theme->currentIndex());
    return out;
}
