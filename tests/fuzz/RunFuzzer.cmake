# SPDX-License-Identifier: GPL-3.0-or-later
# One fuzz test (tests/fuzz/CMakeLists.txt): cmake -DMODE=fuzz|replay -DTARGET=… -P RunFuzzer.cmake
#   fuzz:   copies the checked-in seeds to WORK/ctest-corpus/TARGET (the copy may grow, the seeds
#           never do) and fuzzes for SECONDS; the final stats go to WORK/logs/TARGET.log.
#   replay: runs every file in REGRESSIONS once (libFuzzer runs files given as arguments
#           without fuzzing); README and dot files are skipped. An empty folder passes.
set(artifacts "${WORK}/artifacts/${TARGET}")
file(MAKE_DIRECTORY "${artifacts}" "${WORK}/logs")
if(MODE STREQUAL "fuzz")
    set(corpus "${WORK}/ctest-corpus/${TARGET}")
    file(REMOVE_RECURSE "${corpus}")
    file(MAKE_DIRECTORY "${corpus}")
    file(COPY "${SEEDS}/" DESTINATION "${corpus}")
    # A fixed seed: the brief CI run mutates the same way every time, so a red run is about the
    # change, not about luck. OAUTHDESK_FUZZ_SEED=0 asks libFuzzer for a random one.
    if(DEFINED ENV{OAUTHDESK_FUZZ_SEED})
        set(seed "$ENV{OAUTHDESK_FUZZ_SEED}")
    else()
        set(seed 1)
    endif()
    set(args -max_total_time=${SECONDS} -seed=${seed} -rss_limit_mb=${RSS_MB} -timeout=${UNIT_TIMEOUT}
        -print_final_stats=1 -artifact_prefix=${artifacts}/ "${corpus}")
    set(log "${WORK}/logs/${TARGET}.log")
else()
    file(GLOB inputs LIST_DIRECTORIES false "${REGRESSIONS}/*")
    list(FILTER inputs EXCLUDE REGEX "/(README[^/]*|\\.[^/]*)$")
    list(LENGTH inputs count)
    if(count EQUAL 0)
        message(STATUS "${TARGET}: no regression inputs in ${REGRESSIONS}")
        return()
    endif()
    set(args -rss_limit_mb=${RSS_MB} -timeout=${UNIT_TIMEOUT} -artifact_prefix=${artifacts}/regression- ${inputs})
    set(log "${WORK}/logs/${TARGET}_regressions.log")
endif()
execute_process(COMMAND "${FUZZER}" ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(WRITE "${log}" "${out}\nRunFuzzer: exit code ${rc}\n")   # scripts/fuzz.sh's summary reads this line
if(NOT rc EQUAL 0)
    # The report, not the thousands of NEW/REDUCE lines before it; the whole output is in the log.
    set(from -1)
    foreach(marker "runtime error:" "==ERROR:" "== ERROR:" "FUZZ_CHECK failed" "ALARM:" "out-of-memory" "deadly signal")
        string(FIND "${out}" "${marker}" at)
        if(at GREATER_EQUAL 0 AND (from EQUAL -1 OR at LESS from))
            set(from ${at})
        endif()
    endforeach()
    if(from GREATER 300)
        math(EXPR from "${from} - 300")
        string(SUBSTRING "${out}" ${from} -1 out)
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -E echo "...${out}")   # unwrapped, unlike message()
    message(FATAL_ERROR "${TARGET} (${MODE}) failed with ${rc}; inputs left in ${artifacts}/, whole output in ${log}")
endif()
string(REGEX MATCHALL "stat::[a-z_]+: *[0-9]+" stats "${out}")
string(REPLACE ";" "  " stats "${stats}")
message(STATUS "${TARGET} (${MODE}): ${stats} (log: ${log})")
