# marsad_embed(TARGET SYMBOL FILE): compiles FILE into TARGET as
#   namespace marsad::data { extern const std::string_view SYMBOL; }
# so lexicons and tables in data/*.tsv ship inside the binary and nothing is read at run time.
function(marsad_embed target symbol file)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embed_${symbol}.cpp)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol} -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake
    DEPENDS ${file} ${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake
    COMMENT "Embedding ${file}")
  # The rule lives in the calling directory while the target may be defined elsewhere (the
  # modules add to marsad_lib from src/<module>/): a custom target there runs it first.
  add_custom_target(embed_${symbol} DEPENDS ${out})
  add_dependencies(${target} embed_${symbol})
  target_sources(${target} PRIVATE ${out})
  # Each generated file defines its own kBytes: never merged into a unity source.
  set_source_files_properties(${out} TARGET_DIRECTORY ${target} PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
endfunction()
