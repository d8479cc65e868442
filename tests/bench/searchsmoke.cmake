# bench/search-smoke: postwright-search-bench indexes a few hundred synthetic posts, searches them, and must end
# with its JSON line: every search found something and every figure is there. Nothing here judges speed.

execute_process(
    COMMAND "${BENCH}" --posts 300 --runs 3 --json
    OUTPUT_VARIABLE output
    RESULT_VARIABLE result)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "postwright-search-bench failed: ${result}")
endif()

string(STRIP "${output}" output)
string(REGEX MATCH "[^\n]*$" json "${output}")

function(require_positive)
    string(JSON value ERROR_VARIABLE error GET "${json}" ${ARGN})
    if(error)
        message(FATAL_ERROR "the JSON line has no ${ARGN}: ${error}\n${json}")
    endif()
    if(NOT value GREATER 0)
        message(FATAL_ERROR "${ARGN} is ${value}, not a positive number\n${json}")
    endif()
endfunction()

foreach(key initial_index_ms optimize_ms reindex_changed_ms update_one_ms database_bytes)
    require_positive(${key})
endforeach()
# The rare word is rare: 300 posts may not hold it; a single letter is a word no post has.
foreach(query one_word prefix_2 prefix_3 two_words phrase common_word accent_folded)
    require_positive(queries ${query} hits)
    require_positive(queries ${query} p50_ms)
endforeach()
