# Desktop integration for `cmake --install`: launcher, icon, AppStream metainfo, man page and the
# licences of the built-in data. The binary's own rule is in app/CMakeLists.txt.
include(GNUInstallDirs)

set(ARTICLE_READER_APP_ID io.github.articlereader.ArticleReader)
set(_linux ${PROJECT_SOURCE_DIR}/resources/linux)

install(FILES ${_linux}/${ARTICLE_READER_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_linux}/${ARTICLE_READER_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${_linux}/${ARTICLE_READER_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_linux}/article-reader.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The gazetteers compiled into the binary carry attribution terms (CC BY, ODbL): ship them.
install(FILES ${PROJECT_SOURCE_DIR}/resources/data/SOURCES.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/article-reader RENAME DATA-SOURCES.md)
