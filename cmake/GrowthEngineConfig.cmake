# One INTERFACE target carries the language level, warnings and Qt strictness defines
# for every target of the project (see docs/adr/0001-strict-qt-defines.md).
add_library(ge_config INTERFACE)
add_library(GrowthEngine::config ALIAS ge_config)
target_compile_features(ge_config INTERFACE cxx_std_20)
target_compile_options(ge_config INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
                                           $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
if(GE_WERROR)
    target_compile_options(ge_config INTERFACE -Werror)
endif()
target_compile_definitions(ge_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    $<$<CONFIG:Release>:QT_NO_DEBUG>)
if(GE_SANITIZE)
    target_compile_options(ge_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                               -fno-sanitize-recover=undefined)
    target_link_options(ge_config INTERFACE -fsanitize=address,undefined)
endif()
