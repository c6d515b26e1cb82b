// The Catch2 main for newsgraph_tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
