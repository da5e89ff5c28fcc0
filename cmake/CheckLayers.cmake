# Checks that every #include "core/..." in core/, ui/, app/ and print/ points down the layers
# (docs/architecture.md). Run as a build step of dyad_core and as the ctest "layers":
#   cmake -DSOURCE_DIR=<repository root> -P cmake/CheckLayers.cmake
# A file's room is the folder it lives in under core/ (core/io/csv and its few file-format
# helpers form the ground-floor room "files"); ui, app and print are one room each.

cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
  message(FATAL_ERROR "CheckLayers: pass -DSOURCE_DIR=<repository root>.")
endif()

# Which rooms each room may include (besides itself).
set(allowed_base "")
set(allowed_files base)
set(allowed_text base)
set(allowed_model base text)
set(allowed_agreement base files text model)
set(allowed_reconcile base files text model)
set(allowed_db base text model agreement reconcile)
set(allowed_open base text model db)
set(allowed_pg base text model agreement reconcile db open)
set(allowed_io base files text model open)
set(allowed_analysis base files text model agreement reconcile io)
set(allowed_ui base files text model agreement reconcile io analysis open)
set(allowed_print base files text model agreement reconcile io analysis open)
set(allowed_app base files text model agreement reconcile io analysis open pg)

# The room of a path relative to the repository root ("core/io/csv.h" -> files).
function(room_of path out)
  if(path STREQUAL "core/result.h" OR path MATCHES "^core/base/")
    set(${out} base PARENT_SCOPE)
  elseif(path MATCHES "^core/io/(csv|atomicfile)\\.(h|cpp)$" OR path MATCHES "^core/io/export/sheet\\.(h|cpp)$"
         OR path MATCHES "^core/io/refi/safezip\\.(h|cpp)$")
    set(${out} files PARENT_SCOPE)
  elseif(path MATCHES "^core/([a-z]+)/")
    set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
  elseif(path MATCHES "^(ui|app|print)/")
    set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
  else()
    set(${out} "" PARENT_SCOPE)
  endif()
endfunction()

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
  ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
  ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/print/*.h ${SOURCE_DIR}/print/*.cpp)
set(problems "")
foreach(source IN LISTS sources)
  room_of(${source} from)
  if(from STREQUAL "" OR NOT DEFINED allowed_${from})
    if(source MATCHES "^core/")
      string(APPEND problems "\n  ${source}: a folder of core/ that the layer table does not know (add it to cmake/CheckLayers.cmake)")
    endif()
    continue()
  endif()
  file(STRINGS ${SOURCE_DIR}/${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"core/")
  foreach(line IN LISTS includes)
    string(REGEX MATCH "\"(core/[^\"]+)\"" _ "${line}")
    set(target ${CMAKE_MATCH_1})
    room_of(${target} to)
    if(to STREQUAL from OR to IN_LIST allowed_${from})
      continue()
    endif()
    # Name the line, so the message says where to look.
    file(STRINGS ${SOURCE_DIR}/${source} all_lines)
    set(number 0)
    foreach(l IN LISTS all_lines)
      math(EXPR number "${number} + 1")
      if(l STREQUAL line)
        break()
      endif()
    endforeach()
    string(JOIN ", " expected ${allowed_${from}})
    string(APPEND problems "\n  ${source}:${number}: includes ${target} (room ${to}); ${from} may include only: ${expected}")
  endforeach()
endforeach()

if(problems)
  message(FATAL_ERROR "Includes against the direction of the layers (docs/architecture.md):${problems}")
endif()
message(STATUS "Layers: every include of core/ points down (${CMAKE_CURRENT_LIST_FILE}).")
