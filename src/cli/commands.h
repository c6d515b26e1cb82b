// The subcommands: one function each, taking parsed Args and returning the exit status.
// Exit statuses: 0 success; 1 the run failed (nothing written or previous outputs kept);
// 2 usage error; 3 outputs written but some inputs were skipped (each one named on stderr).
#pragma once

#include "cli/args.h"

namespace newsgraph::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitSkippedInputs = 3;

int run_build(const Args& args);
int run_ontology(const Args& args);
int run_extract(const Args& args);
int run_merge(const Args& args);
int run_add(const Args& args);
int run_diagram(const Args& args);
int run_export(const Args& args);
int run_query(const Args& args);

}  // namespace newsgraph::cli
