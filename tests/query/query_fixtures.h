// A hand-made store for the query and diagram tests: the Barzanis, the KRG, Erbil, Iraq,
// Türkiye and the PKK, with dated, article-dated and undated statements, an ambiguous
// alias ("Barzani"), an Arabic-script alias and an entity without relations.
//
//   masoud-barzani --metWith(a5, 2022-05-01)-- nechirvan-barzani
//   nechirvan-barzani --metWith(a1 2023-10-01, a2 2023-11-05)-- masrour-barzani
//   masrour-barzani --holdsPositionIn(a1 2023-10-01)--> krg
//   krg --locatedIn(a2, article date 2023-11-05)--> erbil --locatedIn(a3, undated)--> iraq
//   turkey --attacked(a4 2024-01-10, a4 2024-01-11)--> pkk          lone-wolf (no relation)
#pragma once

#include "export/export_fixtures.h"

namespace newsgraph::query::testing {

using exporter::testing::entity;

inline store::Evidence dated(std::string_view article, std::string_view sentence, uint32_t begin,
                             std::string_view date) {
  return exporter::testing::evidence(article, sentence, begin, "", date);
}

inline store::GraphStore sample_graph() {
  store::GraphStore s;
  s.add_entity(
      entity("masoud-barzani", "Person", "Masoud Barzani",
             {{"Masud Barzani", 1},
              {"\u0645\u0633\u0639\u0648\u062f \u0628\u0627\u0631\u0632\u0627\u0646\u064a", 1}}));
  s.add_entity(entity("nechirvan-barzani", "Person", "Nechirvan Barzani", {{"Barzani", 1}}));
  s.add_entity(entity("masrour-barzani", "Person", "Masrour Barzani", {{"Barzani", 1}}));
  s.add_entity(
      entity("krg", "GovernmentOrganization", "Kurdistan Regional Government", {{"KRG", 3}}));
  s.add_entity(entity("erbil", "City", "Erbil", {{"Hewl\u00ear", 1}}));
  s.add_entity(entity("iraq", "Country", "Iraq"));
  s.add_entity(entity("turkey", "Country", "T\u00fcrkiye", {{"Turkey", 2}}));
  s.add_entity(entity("pkk", "MilitaryOrganization", "Kurdistan Workers' Party", {{"PKK", 4}}));
  s.add_entity(entity("lone-wolf", "Person", "Lone Wolf"));
  auto v = [&](const char* id) { return *s.find(id); };
  s.add_relation(v("masoud-barzani"), v("nechirvan-barzani"), "metWith",
                 dated("a5", "Masoud Barzani met Nechirvan Barzani.", 0, "2022-05-01"), true);
  s.add_relation(v("nechirvan-barzani"), v("masrour-barzani"), "metWith",
                 dated("a1", "Nechirvan Barzani met Masrour Barzani in Erbil.", 0, "2023-10-01"),
                 true);
  s.add_relation(v("nechirvan-barzani"), v("masrour-barzani"), "metWith",
                 dated("a2", "The two Barzanis held talks.", 40, "2023-11-05"), true);
  s.add_relation(v("masrour-barzani"), v("krg"), "holdsPositionIn",
                 exporter::testing::evidence("a1", "KRG Prime Minister Masrour Barzani said.", 60,
                                             "Prime Minister", "2023-10-01"),
                 false);
  s.add_relation(v("krg"), v("erbil"), "locatedIn",
                 dated("a2", "The KRG, based in Erbil, said.", 0, ""), false);
  s.add_relation(v("erbil"), v("iraq"), "locatedIn", dated("a3", "Erbil, in northern Iraq.", 0, ""),
                 false);
  s.add_relation(v("turkey"), v("pkk"), "attacked",
                 dated("a4", "Turkish jets struck the PKK.", 0, "2024-01-10"), false);
  s.add_relation(v("turkey"), v("pkk"), "attacked",
                 dated("a4", "More strikes hit the PKK.", 90, "2024-01-11"), false);
  for (auto [id, date] : {std::pair<const char*, const char*>{"a1", "2023-10-01"},
                          {"a2", "2023-11-05"},
                          {"a3", ""},
                          {"a4", "2024-01-10"},
                          {"a5", "2022-05-01"}}) {
    store::ArticleRecord a;
    a.id = id;
    a.date = date;
    s.add_article(a);
  }
  return s;
}

}  // namespace newsgraph::query::testing
