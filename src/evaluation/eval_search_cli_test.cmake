# End to end: `marsad index add` the examples, then `marsad eval search --index` three queries
# whose answers are unambiguous (testdata/examples-*.tsv|txt); each must be found first.
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${MARSAD} index add --index ${WORK} ${SRC}/examples/archive.jsonl
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "marsad index add failed (${rc})")
endif()
execute_process(COMMAND ${MARSAD} eval search --index ${WORK} --qrels ${SRC}/src/evaluation/testdata/examples-qrels.txt
                        --queries ${SRC}/src/evaluation/testdata/examples-queries.tsv --run-out ${WORK}.run
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0 OR NOT out MATCHES "queries=3\tMRR@10=1.0000\tnDCG@10=1.0000")
  message(FATAL_ERROR "unexpected scores")
endif()
file(STRINGS ${WORK}.run run_lines)
list(LENGTH run_lines n)
if(n LESS 3)
  message(FATAL_ERROR "--run-out wrote ${n} lines")
endif()
