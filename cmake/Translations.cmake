# Translations (README, "Languages"): lupdate reads the tr()/translate() strings of app/ and src/
# into translations/*.ts (`cmake --build build --target update_translations`); lrelease compiles
# them into .qm files, embedded in article_ui under :/i18n so that nothing needs installing and
# the widget tests see the same translations as the program. Included from src/ui/CMakeLists.txt.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

# One .ts file per language, named article-reader_<language>.ts, kept current by lupdate.
set(ARTICLE_READER_TS_FILES ${PROJECT_SOURCE_DIR}/translations/article-reader_de.ts)
# English plural forms only ("1 mention"), written by hand: lupdate would fill it with every
# string of the program, all of them the same in English.
set(ARTICLE_READER_PLURAL_TS_FILES ${PROJECT_SOURCE_DIR}/translations/article-reader_en.ts)

# Recursive: every group of src/ (and any group added later) is read.
file(GLOB_RECURSE _article_reader_i18n_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.h ${PROJECT_SOURCE_DIR}/app/*.cpp
    ${PROJECT_SOURCE_DIR}/src/*.h ${PROJECT_SOURCE_DIR}/src/*.cpp)
qt_add_lupdate(article_ui
    TS_FILES ${ARTICLE_READER_TS_FILES}
    SOURCES ${_article_reader_i18n_sources}
    # No line numbers: the .ts files do not change with every edit of the sources.
    OPTIONS -locations none)
qt_add_lrelease(article_ui
    TS_FILES ${ARTICLE_READER_TS_FILES} ${ARTICLE_READER_PLURAL_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE _article_reader_qm_files
    OPTIONS -silent)
qt_add_resources(article_ui article_reader_i18n
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${_article_reader_qm_files})
