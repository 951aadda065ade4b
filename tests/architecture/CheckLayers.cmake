# Fails when a core layer includes widget, chart or SQL headers it must not use.
#   domain, metrics, matching: QtCore only — no widgets, charts, SQL or GUI
#   storage, services: no widgets or charts
#   presentation: no widgets or charts
set(widget_pattern "#[ \t]*include[ \t]*[<\"](QtWidgets/|QtCharts/|QtPrintSupport/|QWidget|QMainWindow|QDialog|QApplication|QMessageBox|QFileDialog|QTableView|QTreeView|QListView|QLabel|QPushButton|QLineEdit|QComboBox|QChart)")
set(sql_pattern "#[ \t]*include[ \t]*[<\"](QtSql/|QSql)")
set(gui_pattern "#[ \t]*include[ \t]*[<\"](QtGui/|QGuiApplication|QPainter|QPixmap|QImage|QColor|QFont|QTextDocument|QPdfWriter)")

set(failures "")
function(scan layer pattern what)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" hits REGEX "${pattern}")
    if(hits)
      string(REPLACE ";" "\n    " hits "${hits}")
      set(failures "${failures}\n  ${f} includes ${what}:\n    ${hits}" PARENT_SCOPE)
    endif()
  endforeach()
  set(failures "${failures}" PARENT_SCOPE)
endfunction()

foreach(layer domain metrics matching)
  scan(${layer} "${widget_pattern}" "widget/chart headers")
  scan(${layer} "${sql_pattern}" "SQL headers (SQL lives in src/storage only)")
  scan(${layer} "${gui_pattern}" "Qt GUI headers (this layer is QtCore only)")
endforeach()
foreach(layer storage services presentation reports exchange)
  scan(${layer} "${widget_pattern}" "widget/chart headers")
endforeach()
foreach(layer services presentation reports exchange gui app)
  scan(${layer} "${sql_pattern}" "SQL headers (SQL lives in src/storage only)")
endforeach()

if(failures)
  message(FATAL_ERROR "Layering violations:${failures}")
endif()
message(STATUS "architecture: layers include only what they may")
