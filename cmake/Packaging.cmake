# Installation (GNUInstallDirs) and the Debian package (CPack). `cmake --install build --prefix /usr` or
# `cpack --config build/CPackConfig.cmake` (see README "Install as a Debian package").
include(GNUInstallDirs)

# The two programs; obsim, which demo mode starts, in a private folder (app/CMakeLists.txt tells the wizard where).
install(TARGETS obrestore-wizard obrestore RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS obsim RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/obrestore)

# The translations are compiled into the programs (qt_add_resources in src/CMakeLists.txt), so the installed
# wizard and CLI find them wherever they are: nothing to install for them.

# Menu entry, AppStream metainfo, icon, manual pages.
install(FILES resources/desktop/io.github.obrestore.Wizard.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/desktop/io.github.obrestore.Wizard.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/obrestore.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
    install(FILES resources/icons/hicolor/${size}x${size}/obrestore.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
foreach(page obrestore obrestore-wizard)
    set(gz ${PROJECT_BINARY_DIR}/man/${page}.1.gz)
    add_custom_command(OUTPUT ${gz}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
        COMMAND gzip -9 -n -c ${PROJECT_SOURCE_DIR}/resources/man/${page}.1 > ${gz}
        DEPENDS ${PROJECT_SOURCE_DIR}/resources/man/${page}.1 VERBATIM)
    list(APPEND man_pages ${gz})
    install(FILES ${gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_target(man_pages ALL DEPENDS ${man_pages})
install(FILES README.md docs/object-storage.md docs/restore-source.md docs/hostile-input.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The Debian package. Library dependencies come from dpkg-shlibdeps; what is loaded at run time rather than linked
# is named here: the MySQL driver plugin, the X11 platform plugin, and fonts that have Chinese glyphs.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME obrestore)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "obrestore developers <obrestore@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "A wizard (obrestore-wizard) and a command-line twin (obrestore) that restore an\n"
    "OceanBase tenant from its physical backups: the source cluster online, the source\n"
    "cluster gone (backup locations parsed offline: local, NFS or object storage), or a\n"
    "target cluster without OCP (the restore driven with SQL, every statement shown).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/obrestore/obrestore")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-mysql, qt6-qpa-plugins, qt6-translations-l10n, fonts-noto-cjk | fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "mariadb-client")
set(CPACK_STRIP_FILES ON)
include(CPack)
