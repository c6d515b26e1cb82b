// Article pipeline: one Article through the per-article stages, in order:
//   tokens -> sentences -> metadata -> entities -> in-document resolution -> relations.
// Thread contract: pure function of its inputs; runs on many threads at once.
#pragma once

#include "core/article.h"
#include "core/doc.h"
#include "pipeline/knowledge.h"

namespace newsgraph::pipeline {

Doc process_article(Article article, const Knowledge& knowledge);

}  // namespace newsgraph::pipeline
