# Warnings for our own targets only; never touches CMAKE_CXX_FLAGS.
function(marsad_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endfunction()
