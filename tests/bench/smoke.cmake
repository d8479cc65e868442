# bench/smoke: postwright-postgen writes a small post, postwright-bench measures it (few edits, start-up and
# memory included) and must end with its JSON line holding a positive figure for every key the issue names.
# Nothing here judges speed.

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(post "${WORK_DIR}/small-post.md")

execute_process(COMMAND "${POSTGEN}" --size 3000 "${post}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "postwright-postgen failed: ${result}")
endif()

execute_process(
    COMMAND "${BENCH}" --edits 6 --burst 4 --renders 5 --memory --memory-edits 20 --memory-idle 1 --startup --json "${post}"
    OUTPUT_VARIABLE output
    RESULT_VARIABLE result)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "postwright-bench failed: ${result}")
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

foreach(key preview_p50_ms preview_p95_ms render_p50_ms render_p95_ms keystroke_p95_ms worst_stall_ms
        burst_catchup_ms open_ms)
    require_positive(${key} small-post.md)
endforeach()
require_positive(startup preview_drawn_ms)
require_positive(startup bench_pss_kib)
require_positive(startup app_pss_kib)
require_positive(memory readings 0 tree_kib)
require_positive(memory readings 0 app_kib)
require_positive(memory readings 4 tree_kib)
require_positive(memory readings 4 edits)
require_positive(memory readings 5 tree_kib)
require_positive(edit_render_p50_ms small-post.md)
require_positive(key_to_patch_p95_ms small-post.md)
