# One INTERFACE target carries the language level, Qt hygiene defines and warnings for every
# target of the project, so no library can quietly build with weaker settings.
add_library(permanence_options INTERFACE)
target_compile_features(permanence_options INTERFACE cxx_std_20)
target_compile_definitions(permanence_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  PERMANENCE_VERSION="${PROJECT_VERSION}")
target_compile_options(permanence_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor)
option(PERMANENCE_WERROR "Treat warnings as errors" OFF)
if(PERMANENCE_WERROR)
  target_compile_options(permanence_options INTERFACE -Werror)
endif()

# permanence_add_library(NAME SOURCES... LINK ...) — one library per src/ folder.
function(permanence_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINK" ${ARGN})
  add_library(permanence_${name} STATIC ${ARG_SOURCES})
  target_include_directories(permanence_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(permanence_${name} PUBLIC permanence_options ${ARG_LINK})
endfunction()

# permanence_add_test(NAME [GUI] SOURCES... LINK ...) — one Catch2 executable per library.
# GUI tests get a QApplication main that defaults to the offscreen platform.
function(permanence_add_test name)
  cmake_parse_arguments(ARG "GUI" "" "SOURCES;LINK" ${ARGN})
  add_executable(test_${name} ${ARG_SOURCES})
  if(ARG_GUI)
    target_link_libraries(test_${name} PRIVATE permanence_test_gui_main)
  else()
    target_link_libraries(test_${name} PRIVATE permanence_test_main)
  endif()
  target_link_libraries(test_${name} PRIVATE permanence_test_support ${ARG_LINK})
  add_test(NAME ${name} COMMAND test_${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 600)
endfunction()
