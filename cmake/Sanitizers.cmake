# -DMARSAD_SANITIZE=ON: AddressSanitizer + UndefinedBehaviorSanitizer for everything we build.
if(MARSAD_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# -DMARSAD_FUZZ=ON (clang): everything instrumented for libFuzzer's coverage, with ASan+UBSan.
if(MARSAD_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
