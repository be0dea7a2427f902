# Fails when the committed zh_CN catalogue lacks a translation for any string in the sources.
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(ts_name ${TS_FILE} NAME)
set(scratch ${WORK_DIR}/${ts_name})
file(COPY_FILE ${TS_FILE} ${scratch})
execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none @${SOURCES_LIST} -ts ${scratch}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
file(READ ${scratch} content)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    # Name the strings: each <message> whose translation is unfinished.
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]*comment>[^<]*</[a-z]*comment>[^<]*)*<translation type=\"unfinished\"" found "${content}")
    string(REPLACE ";" "\n" listed "${found}")
    message(FATAL_ERROR "${count} string(s) have no Chinese translation in ${TS_FILE}:\n${listed}\n"
                        "Run: cmake --build build --target update_translations, then translate them.")
endif()
message(STATUS "translations complete: ${out}")
