#pragma once

#include <QIcon>

class QLineEdit;

// The reader's icons: the desktop theme's where it has one, else a line drawing of our own in the
// palette's text colour, drawn at the size asked for. Nothing is decoded at start-up: Qt's
// standard icons decode every size they come in (up to 128 px) as soon as they are asked for,
// about half a millisecond each, and their fixed colours do not follow a dark palette.
namespace Icons {

enum class Glyph {
    Open,     // a folder
    Up,       // arrow up: previous mention or match
    Down,     // arrow down: next mention or match
    Back,     // arrow left: back in the history of jumps
    Forward,  // arrow right: forward again
    Clear,    // a crossed circle: clear the highlights
    Filter,   // a funnel
    Close,    // a cross: close a bar
    More,     // a double chevron right: more tool bar or menu bar items
    MoreLeft, // the same, right to left
    MoreDown, // a double chevron down: the same for a vertical tool bar
};

// The desktop theme's icon `name` if the theme has one, else `glyph`; the theme is asked the first
// time the icon is painted, not when it is made.
QIcon themed(const QString &name, Glyph glyph);

// `glyph` alone, whatever the theme.
QIcon glyph(Glyph glyph);

// Draws `glyph` into `rect` (a square is used, centred) with pen colour `color`.
void drawGlyph(QPainter *painter, const QRectF &rect, Glyph glyph, const QColor &color);

// Gives the line edit its clear button when it first holds text (the button only shows then), so
// that an empty filter or find field does not load the button's icon at start-up.
void clearButtonOnceTyped(QLineEdit *edit);

} // namespace Icons
