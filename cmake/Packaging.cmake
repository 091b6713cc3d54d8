# `cpack -G DEB` in the build directory makes article-reader_<version>_<arch>.deb for Debian 12.
# Library dependencies come from dpkg-shlibdeps (package dpkg-dev); the rest is listed here.
set(CPACK_PACKAGE_NAME article-reader)
set(CPACK_PACKAGE_VENDOR "Article Reader contributors")
set(CPACK_PACKAGE_CONTACT "Article Reader maintainers <maintainers@users.noreply.r-seed-7836b7bf.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Article Reader sets a news article (plain text, Markdown or HTML) for reading and lists the\n\
people, places and organizations it names in a sidebar. Choosing one highlights every mention;\n\
F3 and Shift+F3 step between them. The entities come from its own offline extraction engine,\n\
which also runs headless: article-reader --entities prints them as JSON or CSV.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # article-reader_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/articlereader/article-reader")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads platform plugins at run time, out of shlibdeps' sight: xcb and offscreen ship in
# libqt6gui6 (a shlibs dependency), native Wayland in qt6-wayland (XWayland works without it).
# The reading view's serif is Noto Serif, else DejaVu Serif.
# The library (library.sqlite) goes through Qt SQL's SQLite driver, a plugin loaded at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-core, qt6-wayland")

set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
include(CPack)
