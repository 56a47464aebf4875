# `make deb`: a Debian package built by CPack's DEB generator, flatten-tutor_<version>_amd64.deb.
# Its shared-library dependencies are computed from the binaries (dpkg-shlibdeps, from dpkg-dev);
# what the binaries load at run time without linking it (Qt's platform plugins, the SQLite driver,
# the fonts the worksheets use) is named here.
include(GNUInstallDirs)

# Debian policy: man pages and changelogs are compressed, documentation sits in /usr/share/doc.
find_program(FT_GZIP gzip REQUIRED)
set(ft_doc_dir ${CMAKE_INSTALL_DATAROOTDIR}/doc/flatten-tutor)
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/packaging/flatten-tutor.1.gz ${PROJECT_BINARY_DIR}/packaging/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
    COMMAND ${FT_GZIP} -9n -c ${PROJECT_SOURCE_DIR}/resources/man/flatten-tutor.1 > ${PROJECT_BINARY_DIR}/packaging/flatten-tutor.1.gz
    COMMAND ${FT_GZIP} -9n -c ${PROJECT_SOURCE_DIR}/packaging/changelog > ${PROJECT_BINARY_DIR}/packaging/changelog.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/man/flatten-tutor.1 ${PROJECT_SOURCE_DIR}/packaging/changelog
    COMMENT "Compressing the man page and the changelog")
add_custom_target(ft_package_docs ALL DEPENDS ${PROJECT_BINARY_DIR}/packaging/flatten-tutor.1.gz ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/packaging/flatten-tutor.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${ft_doc_dir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME flatten-tutor)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Flatten Tutor maintainers")
set(CPACK_PACKAGE_CONTACT "Flatten Tutor maintainers <maintainers@users.noreply.r-seed-51fc7245.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "learn PyTorch's Flatten layer by touching it")
set(CPACK_PACKAGE_DESCRIPTION "Flatten Tutor teaches what nn.Flatten does to a tensor's shape: short
lessons with live playgrounds, a model builder that shows PyTorch's exact
errors, practice questions with step-by-step solutions and a small training
demo. A tiny tensor engine that behaves like PyTorch computes every shape and
error, so no PyTorch is needed. For classrooms: question banks to and from
Moodle's GIFT format, printable worksheets and a presentation mode.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, fonts-dejavu-core")
# Only the app: the test programs and benchmarks are not installed.
include(CPack)
