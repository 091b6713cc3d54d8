# Translations (docs/translations.md): lupdate reads the tr()/translate() strings of app/ and src/
# into translations/*.ts (`cmake --build build --target update_translations`); lrelease compiles
# them into .qm files, embedded in article_ui under :/i18n so that nothing needs installing and
# the widget tests see the same translations as the program. Included from src/ui/CMakeLists.txt.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

# One .ts file per language, named article-reader_<language>.ts.
set(ARTICLE_READER_TS_FILES ${PROJECT_SOURCE_DIR}/translations/article-reader_de.ts)

file(GLOB _article_reader_i18n_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.h ${PROJECT_SOURCE_DIR}/app/*.cpp
    ${PROJECT_SOURCE_DIR}/src/core/*.h ${PROJECT_SOURCE_DIR}/src/core/*.cpp
    ${PROJECT_SOURCE_DIR}/src/ui/*.h ${PROJECT_SOURCE_DIR}/src/ui/*.cpp)
qt_add_translations(article_ui
    TS_FILES ${ARTICLE_READER_TS_FILES}
    SOURCES ${_article_reader_i18n_sources}
    RESOURCE_PREFIX /i18n
    # No line numbers: the .ts files do not change with every edit of the sources.
    LUPDATE_OPTIONS -locations none
    LRELEASE_OPTIONS -silent)
