// OpenCC's C API. opencc_open returns (opencc_t)-1 on failure, not NULL.
#include <opencc/opencc.h>
#include <stdint.h>
static inline int fupin_opencc_failed(opencc_t cc) { return cc == (opencc_t)-1; }
