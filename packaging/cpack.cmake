# CPack: a Debian package that depends on Debian's libraries (Qt 6, libtorch,
# FFmpeg, dlib with its landmark model, OpenCV) instead of bundling them.
#   cmake --build build --target package   ->   build/marionette_0.1.0_amd64.deb
#                                               build/marionette-dbgsym_0.1.0_amd64.ddeb
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME marionette)
set(CPACK_PACKAGE_VENDOR "Marionette")
set(CPACK_PACKAGE_CONTACT "Marionette maintainers <marionette@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Animate one portrait with head pose and expression as separate tracks")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Shared-library dependencies come from dpkg-shlibdeps; data the programs
# read at run time is named explicitly.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libdlib-data, libopenblas0-pthread, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ffmpeg")
# The build keeps debug information (RelWithDebInfo); the package's programs
# and render module are stripped and their debug information goes to a
# separate marionette-dbgsym .ddeb (found by build ID under /usr/lib/debug).
# CPACK_STRIP_FILES must stay off: it would strip before the split.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
include(CPack)
