# Runs one libFuzzer binary for a bounded time: a fresh output corpus first (where new inputs go), the seed
# folders after it (read only). Fails when the fuzzer finds a crash, a broken invariant, a leak or a timeout;
# the input that did it is saved under WORK_DIR/artifacts/.
# The run is reproducible: a fixed random seed and a fixed number of inputs (SECONDS only caps a slow machine),
# so CI fails on a new input only when the code changed, never by luck; change FUZZ_SEED to explore elsewhere.
#   cmake -DFUZZER=... -DWORK_DIR=... -DSEEDS="a|b" -DDICTIONARY=... -DSECONDS=90 -DRUNS=6000 -DFUZZ_SEED=1
#         -P run_libfuzzer.cmake

foreach(required FUZZER WORK_DIR SEEDS DICTIONARY SECONDS RUNS FUZZ_SEED)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "run_libfuzzer.cmake needs -D${required}=...")
    endif()
endforeach()
if(NOT EXISTS "${FUZZER}")
    message(FATAL_ERROR "${FUZZER} is not built: build the postwright_libfuzzer target (or all) first")
endif()

string(REPLACE "|" ";" seed_list "${SEEDS}")
foreach(seed IN LISTS seed_list)
    if(NOT EXISTS "${seed}")
        message(FATAL_ERROR "seed folder ${seed} does not exist (set POSTWRIGHT_SHARED_DIR)")
    endif()
endforeach()

# Qt seeds its hashes at random; fixed here so the coverage libFuzzer follows, and so the run, is the same each time.
set(ENV{QT_HASH_SEED} 0)
file(REMOVE_RECURSE "${WORK_DIR}/corpus")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus" "${WORK_DIR}/artifacts")
execute_process(
    COMMAND "${FUZZER}" -seed=${FUZZ_SEED} -runs=${RUNS} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -max_len=16384
        -dict=${DICTIONARY} -print_final_stats=1 -artifact_prefix=${WORK_DIR}/artifacts/
        "${WORK_DIR}/corpus" ${seed_list}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input is in ${WORK_DIR}/artifacts/. "
                        "Reproduce with: ${FUZZER} ${WORK_DIR}/artifacts/<file>")
endif()
