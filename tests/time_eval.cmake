# Runs `marsad eval times` on the committed TimeML test set and fails below the thresholds.
#   cmake -DMARSAD=… -DGOLD=… -DMIN_STRICT_F1=… -DMIN_VALUE=… -P time_eval.cmake
execute_process(COMMAND ${MARSAD} eval times --gold ${GOLD} --format json
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "marsad eval times failed (${rc}): ${err}")
endif()
string(JSON strict_f1 GET "${out}" strict f1)
string(JSON relaxed_f1 GET "${out}" relaxed f1)
string(JSON value GET "${out}" value_accuracy)
message(STATUS "strict F1 ${strict_f1}, relaxed F1 ${relaxed_f1}, value accuracy ${value}")
if(strict_f1 LESS MIN_STRICT_F1 OR value LESS MIN_VALUE)
  message(FATAL_ERROR "below the floor: strict F1 ${strict_f1} < ${MIN_STRICT_F1} or value ${value} < ${MIN_VALUE}")
endif()
