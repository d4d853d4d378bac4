#include "relgraph/mentions.hpp"
#include "relgraph/pipeline.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>

using namespace relgraph;

namespace {

using test_support::lexicon;

Analysis analyse(const std::string& text) { return analyse_document(text, DocumentInfo{"t", "", "", ""}, lexicon()); }

const Mention* find(const Analysis& a, const std::string& surface) {
  for (const Mention& m : a.mentions.mentions)
    if (a.doc.span_text(m.start, m.end) == surface) return &m;
  return nullptr;
}

// The text of the mention m is affiliated with; empty without one.
std::string affiliation_of(const Analysis& a, const Mention* m) {
  if (!m || m->affiliation < 0) return "";
  const Mention& d = a.mentions.mentions[static_cast<size_t>(m->affiliation)];
  return std::string(a.doc.span_text(d.start, d.end));
}

// Each of `names` is found as a mention of type `type`.
void check_types(const Analysis& a, std::initializer_list<const char*> names, ActorType type) {
  for (const char* name : names) {
    INFO(name);
    const Mention* m = find(a, name);
    REQUIRE(m);
    CHECK(m->type == type);
  }
}

} // namespace

TEST_CASE("mentions::find_mentions") {
  SECTION("titles and demonyms before a name give role and affiliation") {
    Analysis a = analyse("Russian Foreign Minister Sergei Lavrov spoke.");
    const Mention* m = find(a, "Sergei Lavrov");
    REQUIRE(m);
    CHECK(m->type == ActorType::person);
    CHECK(m->role == "Foreign Minister");
    REQUIRE(m->affiliation >= 0);
    CHECK(affiliation_of(a, m) == "Russian");
  }
  SECTION("an acronym inside an unknown name makes it an organization, a Roman numeral does not") {
    Analysis a = analyse("Shares in Halford BTR rose. King Harald V spoke. Halford BTR said it would appeal.");
    const Mention* m = find(a, "Halford BTR");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
    bool kept = false;
    for (size_t i = 0; i < a.actors.actors.size(); ++i)
      kept = kept || (a.actors.actors[i].id == "halford-btr" && a.actors.confirmed[i]);
    CHECK(kept);  // named twice, like a person's full name
    const Mention* k = find(a, "Harald V");
    REQUIRE(k);
    CHECK(k->type == ActorType::person);
  }
  SECTION("a rank before a title belongs to the title ('Vice Foreign Minister')") {
    Analysis a = analyse("Japan's Vice Foreign Minister Kenji Sato met Acting President Ana Ruiz.");
    const Mention* m = find(a, "Kenji Sato");
    REQUIRE(m);
    CHECK(m->role == "Foreign Minister");
    CHECK(m->affiliation >= 0);
    CHECK(find(a, "Vice") == nullptr);
    const Mention* r = find(a, "Ana Ruiz");
    REQUIRE(r);
    CHECK(r->role == "President");
    CHECK(find(a, "Acting") == nullptr);
  }
  SECTION("of two demonyms before a title, the second names the state ('Greek Cypriot leader')") {
    Analysis a = analyse("Turkish Cypriot leader Mehmet Kaya spoke.");
    const Mention* m = find(a, "Mehmet Kaya");
    REQUIRE(m);
    REQUIRE(m->affiliation >= 0);
    CHECK(affiliation_of(a, m) == "Cypriot");
  }
  SECTION("a possessive state before a title") {
    Analysis a = analyse("Hungary\xE2\x80\x99s Prime Minister Viktor Orban arrived.");
    const Mention* m = find(a, "Viktor Orban");
    REQUIRE(m);
    CHECK(m->role == "Prime Minister");
    CHECK(m->affiliation >= 0);
  }
  SECTION("a possessor's title phrase in apposition, before or after the name, gives the affiliation") {
    // modifiers before the title, a complement after it, a title right before the name
    Analysis a = analyse("The parade was watched by Peru's air force chief of staff, General Luis Paredes, and guests.");
    CHECK(affiliation_of(a, find(a, "Luis Paredes")) == "Peru");
    Analysis b = analyse("Malta's envoy in Brussels, Joanna Vella, told reporters the vote was unfair.");
    CHECK(affiliation_of(b, find(b, "Joanna Vella")) == "Malta");
    const Mention* vella = find(b, "Joanna Vella");
    REQUIRE(vella);
    CHECK(vella->role == "Envoy");
    // a seat of government and one more capitalised word after a title's comma are a person
    Analysis wk = analyse("Taiwan's defence minister, Wellington Koo, said the island would respond.");
    CHECK(affiliation_of(wk, find(wk, "Wellington Koo")) == "Taiwan");
    // a beat's "for" phrase between the title and the employer
    Analysis sf = analyse("Daniel Whitcombe, a senior fellow for Asia-Pacific security at the Nordlys Institute, said so.");
    CHECK(affiliation_of(sf, find(sf, "Daniel Whitcombe")) == "Nordlys Institute");
    Analysis ps = analyse("Sarah Nakato, a political scientist at Makerere University, said the vote was flawed.");
    CHECK(affiliation_of(ps, find(ps, "Sarah Nakato")) == "Makerere University");
    // a state before a job's title is its beat when the employer follows "at"
    Analysis ia = analyse("Farzaneh Rostami, an Iran analyst at the International Crisis Group, said so.");
    CHECK(affiliation_of(ia, find(ia, "Farzaneh Rostami")) == "International Crisis Group");
    Analysis rg = analyse("Nadia Kabamba, a researcher on the Great Lakes region at Chatham House, said so.");
    CHECK(affiliation_of(rg, find(rg, "Nadia Kabamba")) == "Chatham House");
    Analysis lw = analyse("Teresa Villanueva, a lecturer in law at the University of the Philippines, said so.");
    CHECK(affiliation_of(lw, find(lw, "Teresa Villanueva")) == "University of the Philippines");
    // two titles joined by "and" right before the name
    Analysis tt = analyse("Malta's Prime Minister and Foreign Minister Joanna Vella hosted the talks.");
    CHECK(affiliation_of(tt, find(tt, "Joanna Vella")) == "Malta");
    // a title with its "for" complement (a region) before the name
    Analysis sa = analyse("US senior adviser for Africa Massad Boulos welcomed the deal.");
    CHECK(affiliation_of(sa, find(sa, "Massad Boulos")) == "US");
    // "the court's chief prosecutor, X": the possessor is the court named before
    Analysis cp = analyse("Rodrigo Duterte appeared before the International Criminal Court. The court's chief "
                          "prosecutor, Karim Khan, spoke.");
    CHECK(affiliation_of(cp, find(cp, "Karim Khan")) == "The court");
    // "Affairs" and "Studies" end an organization's name
    Analysis af = analyse("Thabo Mokoena, a senior researcher at the South African Institute of International Affairs, spoke.");
    CHECK(affiliation_of(af, find(af, "Thabo Mokoena")) == "South African Institute of International Affairs");
    // two offices joined by "and"
    Analysis pf = analyse("Malta's Prime Minister and Foreign Minister, Joanna Vella, hosted the talks.");
    CHECK(affiliation_of(pf, find(pf, "Joanna Vella")) == "Malta");
    // an employer past a hyphenated participle and a descriptor
    Analysis tk = analyse("Jonas Lind, a senior fellow at the Oslo-based think tank Nordlys Institute, spoke.");
    CHECK(affiliation_of(tk, find(tk, "Jonas Lind")) == "Nordlys Institute");
    Analysis c = analyse("\"We need fair terms,\" said Omar Haidari, Afghanistan's economic adviser.");
    CHECK(affiliation_of(c, find(c, "Omar Haidari")) == "Afghanistan");
    Analysis d = analyse("The claim is weak, said Kwame Boateng, Ghana's agent before the tribunal.");
    CHECK(affiliation_of(d, find(d, "Kwame Boateng")) == "Ghana");
    // "a spokesperson for Hamas, X,": the title's "for" names the organization
    Analysis l = analyse("A spokesperson for the Baltic Rail Authority, Jonas Lind, said so.");
    CHECK(affiliation_of(l, find(l, "Jonas Lind")) == "Baltic Rail Authority");
    // a party-and-state tag before the apposition: "X, R-Fla., chairman of Y,"
    Analysis t = analyse("Rep. Brian Mast, R-Fla., chairman of the House Foreign Affairs Committee, criticised China.");
    CHECK(affiliation_of(t, find(t, "Brian Mast")) == "House Foreign Affairs Committee");
    // a determiner-like adjective before the title; "head" is a title
    Analysis g = analyse("Jonas Lind, the Baltic Rail Authority's top official, spoke on Monday.");
    CHECK(affiliation_of(g, find(g, "Jonas Lind")) == "Baltic Rail Authority");
    Analysis h = analyse("Jonas Lind, the head of the Baltic Rail Authority, spoke on Monday.");
    CHECK(affiliation_of(h, find(h, "Jonas Lind")) == "Baltic Rail Authority");
    // a relative clause naming the office: "who served as", "who is also"
    Analysis i = analyse("Jonas Lind, who served as Latvia's finance minister, spoke on Monday.");
    CHECK(affiliation_of(i, find(i, "Jonas Lind")) == "Latvia");
    Analysis j = analyse("Jonas Lind, who is also Latvia's interior minister, spoke on Monday.");
    CHECK(affiliation_of(j, find(j, "Jonas Lind")) == "Latvia");
    Analysis k = analyse("Jonas Lind, who criticised Latvia's finance minister, spoke on Monday.");
    CHECK(affiliation_of(k, find(k, "Jonas Lind")).empty());
    // a possessor that is a person, or a phrase with no title, gives nothing
    Analysis e = analyse("Chile's long war on drugs, Rosa Tapia said, has failed.");
    CHECK(affiliation_of(e, find(e, "Rosa Tapia")).empty());
    Analysis f = analyse("Peru's envoy met Kenya's football fans, Amos Kiprop said.");
    CHECK(affiliation_of(f, find(f, "Amos Kiprop")).empty());
  }
  SECTION("a speaker after a quotation, a title without article in apposition: persons") {
    Analysis a = analyse("\"We have lost everything,\" said Marlon Reid, a fisherman in the town.");
    const Mention* m = find(a, "Marlon Reid");
    REQUIRE(m);
    CHECK(m->type == ActorType::person);
    CHECK(m->typed);
    Analysis b = analyse("Omar Haddad, diplomatic adviser to the president, wrote on the platform.");
    const Mention* h = find(b, "Omar Haddad");
    REQUIRE(h);
    CHECK(h->type == ActorType::person);
    CHECK(h->role == "Adviser");
  }
  SECTION("an unknown name before a facility noun names a thing, not an actor") {
    Analysis a = analyse("Uzbekistan will buy power from the giant Vakhsh hydropower plant.");
    const Mention* m = find(a, "Vakhsh");
    REQUIRE(m);
    CHECK(m->type == ActorType::other);
    Analysis b = analyse("Exports from the Kintyre iron ore mine rose.");
    const Mention* k = find(b, "Kintyre");
    REQUIRE(k);
    CHECK(k->type == ActorType::other);
  }
  SECTION("a state body's word between demonym and title; 'commissioner' is a title") {
    Analysis a = analyse("Chinese Embassy spokesman Liu Pengyu said so.");
    const Mention* m = find(a, "Liu Pengyu");
    REQUIRE(m);
    REQUIRE(m->affiliation >= 0);
    CHECK(affiliation_of(a, m) == "Chinese");
    Analysis b = analyse("Moore will meet EU farm commissioner Frans Andriessen in Brussels.");
    const Mention* f = find(b, "Frans Andriessen");
    REQUIRE(f);
    CHECK(f->role == "Commissioner");
    CHECK(f->affiliation >= 0);
  }
  SECTION("words before 'Minister' name a portfolio; a thing's head word ending a name outranks an organization's") {
    Analysis a = analyse("Malaysian Primary Industries Minister Lim Keng Yaik said the deal was fair.");
    const Mention* m = find(a, "Lim Keng Yaik");
    REQUIRE(m);
    CHECK(m->role == "Minister");
    REQUIRE(m->affiliation >= 0);
    CHECK(affiliation_of(a, m) == "Malaysian");
    const Mention* portfolio = find(a, "Primary Industries");
    CHECK((portfolio == nullptr || portfolio->kind != MentionKind::name));
    Analysis b = analyse("Bolivian Plantation and Mines Minister Ana Rojas spoke.");
    const Mention* r = find(b, "Ana Rojas");
    REQUIRE(r);
    REQUIRE(r->affiliation >= 0);
    Analysis c = analyse("Indonesia and the EU signed a Comprehensive Economic Partnership Agreement in September.");
    const Mention* ag = find(c, "Comprehensive Economic Partnership Agreement");
    REQUIRE(ag);
    CHECK(ag->type == ActorType::other);
  }
  SECTION("'Community' heads an organization's name, with its 'of' complement") {
    Analysis a = analyse("The Economic Community of Andean Ports (ECAP) suspended Peru.");
    const Mention* m = find(a, "Economic Community of Andean Ports");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
  }
  SECTION("after a one-token 'state-run' or 'state-owned' a one-word name is an organization") {
    Analysis a = analyse("He told state-run MRTV that the army would respond. He praised state-owned Zorvex.");
    check_types(a, {"MRTV", "Zorvex"}, ActorType::organization);
    for (const char* name : {"MRTV", "Zorvex"}) {
      INFO(name);
      CHECK(find(a, name)->typed);
    }
  }
  SECTION("after 'state-owned' or 'X-registered' an unknown name is an organization") {
    Analysis a = analyse("Contracts went to state-owned Kivu Harbour Engineering and to Lisbon-registered Tagus Marine.");
    const Mention* k = find(a, "Kivu Harbour Engineering");
    REQUIRE(k);
    CHECK(k->type == ActorType::organization);
    const Mention* t = find(a, "Tagus Marine");
    REQUIRE(t);
    CHECK(t->type == ActorType::organization);
    // a person after "-backed" stays a person
    Analysis b = analyse("Kremlin-backed Ivan Petrenko said the vote was fair.");
    const Mention* p = find(b, "Ivan Petrenko");
    REQUIRE(p);
    CHECK(p->type == ActorType::person);
  }
  SECTION("a demonym and unknown words before 'party' name the party; a head word alone after 'and' ends no name") {
    Analysis a = analyse("Talks with the ruling Armenian Unity party stalled.");
    const Mention* m = find(a, "Armenian Unity");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
    Analysis b = analyse("He attacked his rival Tom Mercer and Democrats in a speech.");
    CHECK(find(b, "Tom Mercer and Democrats") == nullptr);
    // (but a head word after "and" inside a longer run still ends a name: the person follows)
    Analysis t = analyse("Ghanaian Minister of Roads and Logistics Kwesi Appiah visited Lagos.");
    const Mention* appiah = find(t, "Kwesi Appiah");
    REQUIRE(appiah);
    CHECK(appiah->type == ActorType::person);
    Analysis c = analyse("The Social Democrats won the vote.");
    const Mention* sd = find(c, "Social Democrats");
    REQUIRE(sd);
    CHECK(sd->type == ActorType::organization);
  }
  SECTION("an unknown name ending in an organization word is an organization") {
    Analysis a = analyse("Researchers at the Baltic Policy Institute said so.");
    const Mention* m = find(a, "Baltic Policy Institute");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
  }
  SECTION("a descriptor before an acronym makes it an organization") {
    Analysis a = analyse("The state broadcaster KTV reported it.");
    const Mention* m = find(a, "KTV");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
    CHECK(m->typed);
  }
  SECTION("a group noun before 'known as' or 'called' makes the name an organization, not in a headline") {
    Analysis a = analyse("Rebel Forces Blocking Aid\n\nThe opposition forces known as Hawar al Shamal and a militia called "
                         "Liwa Tarek attacked.");
    for (const char* w : {"Hawar al Shamal", "Liwa Tarek"}) {
      const Mention* m = find(a, w);
      REQUIRE(m);
      CHECK(m->type == ActorType::organization);
    }
    const Mention* h = find(a, "Blocking");
    CHECK((h == nullptr || h->type != ActorType::organization));
  }
  SECTION("an unknown name after 'in' or 'the city of' is a place; a titled one stays a person") {
    Analysis a = analyse("The government in Port Tamsa met aid groups from the besieged city of El Varo. Confidence in "
                         "President Ana Lima fell.");
    for (const char* w : {"Port Tamsa", "El Varo"}) {
      const Mention* m = find(a, w);
      REQUIRE(m);
      CHECK(m->type == ActorType::location);
    }
    const Mention* p = find(a, "Ana Lima");
    REQUIRE(p);
    CHECK(p->type == ActorType::person);
  }
  SECTION("a ministry before a job title stays an organization; an office's head word joins the title") {
    Analysis a = analyse("Iran said, with Foreign Ministry spokesman Esmaeil Baghaei present. Saudi Oil Minister Ali Naimi spoke.");
    const Mention* m = find(a, "Foreign Ministry");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
    const Mention* n = find(a, "Ali Naimi");
    REQUIRE(n);
    CHECK(n->role == "Oil Minister");
  }
  SECTION("a descriptor before a name in apposition makes it an organization") {
    Analysis a = analyse("The main opposition party, PASOK, accused the government.");
    const Mention* m = find(a, "PASOK");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
    CHECK(m->typed);
  }
  SECTION("a known one-word company name and one more capitalised word name a company of its own") {
    Analysis a = analyse("Poland bought tanks from South Korea's Hyundai Rotem. The European Parliament Lucia Arrieta spoke.");
    const Mention* m = find(a, "Hyundai Rotem");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
    CHECK(find(a, "European Parliament Lucia Arrieta") == nullptr);
  }
  SECTION("a title after an organization's name ends it; after a title, 'and' ends a person's name") {
    Analysis a = analyse("European Council President Antonio Costa and European Commission President Ursula "
                         "von der Leyen spoke. Acting President Ana Ruiz and Senate leaders met. The Bill and Melinda Gates "
                         "Foundation spoke.");
    CHECK(find(a, "European Council President Antonio Costa and European Commission") == nullptr);
    CHECK(find(a, "Antonio Costa and European Commission") == nullptr);
    const Mention* council = find(a, "European Council");
    REQUIRE(council);
    CHECK(council->type == ActorType::organization);
    const Mention* costa = find(a, "Antonio Costa");
    REQUIRE(costa);
    CHECK(costa->type == ActorType::person);
    CHECK(costa->role == "President");
    const Mention* commission = find(a, "European Commission");
    REQUIRE(commission);
    CHECK(commission->type == ActorType::organization);
    CHECK(find(a, "Acting President Ana Ruiz and Senate") == nullptr);
    const Mention* ruiz = find(a, "Ana Ruiz");
    REQUIRE(ruiz);
    CHECK(ruiz->type == ActorType::person);
    const Mention* gates = find(a, "Bill and Melinda Gates Foundation");
    REQUIRE(gates);
    CHECK(gates->type == ActorType::organization);
  }
  SECTION("a capitalised pronoun inside a sentence before a capitalised word is a surname") {
    Analysis a = analyse("Vice Premier He Lifeng met Ana Lima. He said so. Then \"He Said\" aired.");
    const Mention* he = find(a, "He Lifeng");
    REQUIRE(he);
    CHECK(he->type == ActorType::person);
    CHECK(he->role == "Vice Premier");
    size_t pronouns = 0;
    for (const Mention& m : a.mentions.mentions) pronouns += m.kind == MentionKind::pronoun;
    CHECK(pronouns == 2);  // "He said" opens a sentence; "He Said" follows a quote
  }
  SECTION("a title confirms an unknown acronym before it as an organization") {
    Analysis a = analyse("The talks were attended by NAS leader Thomas Cirillo.");
    const Mention* nas = find(a, "NAS");
    REQUIRE(nas);
    CHECK(nas->type == ActorType::organization);
    CHECK(nas->typed);
  }
  SECTION("a dash after a dateline opens the sentence: a common word there starts no name") {
    Analysis a = analyse("ABUJA, Nov 28 (Reuters) - The Economic Community of West African States (ECOWAS) met.");
    CHECK(find(a, "The Economic Community") == nullptr);
    const Mention* m = find(a, "Economic Community of West African States");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
  }
  SECTION("common words before a title or after a title's 'for'/'of' name its portfolio, not a person") {
    Analysis a = analyse("Chief Cabinet Secretary Hiro Ito spoke. Rwandan Minister of State for Regional Integration "
                         "Jean Mugabo spoke. Indian External Affairs Minister Ravi Nair spoke. Secretary of State for "
                         "Defence Ben Wallace spoke.");
    CHECK(find(a, "Cabinet") == nullptr);
    CHECK(find(a, "External Affairs") == nullptr);
    const Mention* ito = find(a, "Hiro Ito");
    REQUIRE(ito);
    CHECK(ito->role == "Chief Cabinet Secretary");
    const Mention* jm = find(a, "Jean Mugabo");
    REQUIRE(jm);
    CHECK(jm->role == "Minister of State");
    REQUIRE(jm->affiliation >= 0);
    CHECK(a.mentions.mentions[size_t(jm->affiliation)].lex >= 0);
    const Mention* rn = find(a, "Ravi Nair");
    REQUIRE(rn);
    CHECK(rn->role == "Minister");
    const Mention* bw = find(a, "Ben Wallace");
    REQUIRE(bw);
    CHECK(bw->role == "Secretary of State");
  }
  SECTION("another state's body named by a short name the table gives a US body is that state's") {
    Analysis a = analyse("Peru's Congress voted to remove the president. The U.S. Congress passed the bill.");
    const Mention* peru = find(a, "Congress");
    REQUIRE(peru);
    CHECK(peru->lex < 0);
    CHECK(peru->type == ActorType::organization);
    const Mention* us = find(a, "U.S. Congress");
    REQUIRE(us);
    CHECK(us->lex >= 0);
  }
  SECTION("a person named before and an organization joined by 'and' are two names") {
    Analysis a = analyse("Ambassador Thomas Kerrigan testified. Hearings begin when Kerrigan and State Department official "
                         "George Kent testify.");
    CHECK(find(a, "Kerrigan and State Department") == nullptr);
    const Mention* sd = find(a, "State Department");
    REQUIRE(sd);
    CHECK(sd->type == ActorType::organization);
  }
  SECTION("naval and air ranks are titles") {
    Analysis a = analyse("Naval commander Rear Admiral Mehdi Farahani warned ships. Air Marshal Sam Okoro spoke.");
    CHECK(find(a, "Rear") == nullptr);
    const Mention* m = find(a, "Mehdi Farahani");
    REQUIRE(m);
    CHECK(m->role == "Rear Admiral");
    const Mention* o = find(a, "Sam Okoro");
    REQUIRE(o);
    CHECK(o->role == "Air Marshal");
  }
  SECTION("a title's portfolio after 'of' may be a list: 'Minister of Economy, Trade and Industry X'") {
    Analysis a = analyse("Japanese Minister of Economy, Trade and Industry Ken Sato spoke. Zambian Minister of Transport "
                         "and Logistics Joe Banda spoke.");
    CHECK(find(a, "Transport and Logistics") == nullptr);
    for (const char* name : {"Ken Sato", "Joe Banda"}) {
      const Mention* m = find(a, name);
      REQUIRE(m);
      CHECK(m->type == ActorType::person);
      CHECK(m->role == "Minister");
      CHECK(m->affiliation >= 0);
    }
  }
  SECTION("an honorific inside a name is part of it; an office after a name ends it") {
    Analysis a = analyse("Somali President Hassan Sheikh Mohamud spoke. Gabriel Boric President of Chile spoke.");
    CHECK(find(a, "Hassan Sheikh Mohamud") != nullptr);
    CHECK(find(a, "Gabriel Boric") != nullptr);
  }
  SECTION("a name before 'region' or 'province' is a place; 'Org in Place (ACRONYM)' is one name") {
    Analysis a = analyse("Fighting spread in the Middle Tamsa region. The UN Mission in South Sudan (UNMISS) said so.");
    const Mention* m = find(a, "Middle Tamsa");
    REQUIRE(m);
    CHECK(m->type == ActorType::location);
    const Mention* o = find(a, "UN Mission in South Sudan");
    REQUIRE(o);
    CHECK(o->type == ActorType::organization);
  }
  SECTION("'for the' and 'of the' continue an organization's name, not a person's") {
    Analysis a = analyse("They fought the Democratic Forces for the Liberation of Tamsa and Lee Cheuk-yan of the Labour Party.");
    CHECK(find(a, "Democratic Forces for the Liberation of Tamsa") != nullptr);
    CHECK(find(a, "Lee Cheuk-yan") != nullptr);
  }
  SECTION("an unknown name before a group descriptor is an organization; before a lower-case title it stays a name") {
    Analysis a = analyse("Kigali armed the K44 rebel group. Later K44 leader Ana Lima spoke.");
    const Mention* m = find(a, "K44");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
    int names = 0;
    for (const Mention& x : a.mentions.mentions)
      if (a.doc.span_text(x.start, x.end) == "K44" && x.kind == MentionKind::name) ++names;
    CHECK(names == 2);
  }
  SECTION("a head word followed by 'for' takes the rest of the run; '-led' splits from the name before it") {
    Analysis a = analyse("The China Council for the Promotion of International Trade met the Russian-led Collective "
                         "Security Treaty Organization.");
    CHECK(find(a, "China Council for the Promotion of International Trade") != nullptr);
    CHECK(find(a, "Collective Security Treaty Organization") != nullptr);
  }
  SECTION("a common word or title in the possessive inside an organization's name; not a whole organization's") {
    Analysis a = analyse("The European Public Prosecutor's Office charged him, and Tufts University's Feinstein "
                         "International Center and Russia's Foreign Ministry said so.");
    CHECK(find(a, "European Public Prosecutor's Office") != nullptr);
    CHECK(find(a, "Tufts University") != nullptr);
    CHECK(find(a, "Feinstein International Center") != nullptr);
    CHECK(find(a, "Russia") != nullptr);
  }
  SECTION("a descriptor in apposition makes an unknown name an organization") {
    Analysis a = analyse("The firms included Kaida Tamsa Power, a maker of small engines, and Ana Costa, a former minister.");
    const Mention* m = find(a, "Kaida Tamsa Power");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
    const Mention* p = find(a, "Ana Costa");
    REQUIRE(p);
    CHECK(p->type == ActorType::person);
  }
  SECTION("a web address is an outlet, even where 'told X' would make X a person") {
    Analysis a = analyse("Kenya told Factcheck.info and Dr.Who that Amazon.com was wrong.");
    for (const char* w : {"Factcheck.info", "Amazon.com"}) {
      const Mention* m = find(a, w);
      REQUIRE(m);
      CHECK(m->type == ActorType::organization);
    }
  }
  SECTION("capitals and seats of government are state names") {
    Analysis a = analyse("The Kremlin and Beijing disagreed.");
    const Mention* k = find(a, "Kremlin");
    REQUIRE(k);
    CHECK(k->type == ActorType::state);
    CHECK(lexicon().actors()[static_cast<size_t>(k->lex)].id == "russia");
  }
  SECTION("'Congo Republic' is the Republic of the Congo; 'Congo' alone the larger DR Congo") {
    Analysis a = analyse("Congo Republic's president and Congo's president met.");
    const Mention* r = find(a, "Congo Republic");
    REQUIRE(r);
    CHECK(lexicon().actors()[static_cast<size_t>(r->lex)].id == "republic-of-the-congo");
    const Mention* c = find(a, "Congo");
    REQUIRE(c);
    CHECK(lexicon().actors()[static_cast<size_t>(c->lex)].id == "democratic-republic-of-the-congo");
  }
  SECTION("a regime word opening a name is an organization unless its complement is a known state") {
    Analysis a = analyse("Turkey backs the Government of National Unity. The Government of Japan protested.");
    const Mention* g = find(a, "Government of National Unity");
    REQUIRE(g);
    CHECK(g->type == ActorType::organization);
    CHECK(find(a, "National Unity") == nullptr);
    CHECK(find(a, "Government of Japan") == nullptr);
    CHECK(find(a, "Japan"));
  }
  SECTION("a number opens a unit's name; not a year, nor before a known name") {
    Analysis a = analyse("The 47th Mechanized Brigade and the 444 Brigade held. The 27 European Union members met. "
                         "The 2023 Security Council resolution failed.");
    const Mention* b = find(a, "47th Mechanized Brigade");
    REQUIRE(b);
    CHECK(b->type == ActorType::organization);
    CHECK(find(a, "444 Brigade"));
    CHECK(find(a, "European Union"));
    CHECK(find(a, "27 European Union") == nullptr);
    CHECK(find(a, "2023 Security Council") == nullptr);
  }
  SECTION("in a sentence-case headline lower-case words are no names; a surname finds the body's full name") {
    Analysis a = analyse("Mirziyoyev visits Tajikistan as Uzbekistan agrees to buy Rogun power\n\n"
                         "Uzbek President Shavkat Mirziyoyev arrived in Dushanbe on Tuesday.");
    CHECK(find(a, "visits") == nullptr);
    CHECK(find(a, "power") == nullptr);
    CHECK(find(a, "agrees") == nullptr);
    const Mention* m = find(a, "Mirziyoyev");
    REQUIRE(m);
    CHECK(m->headline);
  }
  SECTION("an unknown name that 'said it' or opens the sentence before ', which' is an organization") {
    Analysis a = analyse("Nucor said it would not bid. Cleveland-Cliffs, which made a rival bid, welcomed the decision. "
                         "Gitanas Nauseda said he would sign.");
    const Mention* n = find(a, "Nucor");
    REQUIRE(n);
    CHECK(n->type == ActorType::organization);
    const Mention* c = find(a, "Cleveland-Cliffs");
    REQUIRE(c);
    CHECK(c->type == ActorType::organization);
    const Mention* g = find(a, "Gitanas Nauseda");
    REQUIRE(g);
    CHECK(g->type == ActorType::person);
  }
  SECTION("an unknown one-word name right before a professional title is the employer; a rank word is not") {
    Analysis a = analyse("William Rhodes, the Citibank vice chairman, spoke. Emeritus Professor John Burrows agreed.");
    const Mention* c = find(a, "Citibank");
    REQUIRE(c);
    CHECK(c->type == ActorType::organization);
    CHECK(find(a, "Emeritus") == nullptr);
  }
  SECTION("a head word's 'of' complement may hold 'and' and another head word") {
    Analysis a = analyse("Morocco's National Office of Hydrocarbons and Mines signed. Joe Biden and Democrats met.");
    const Mention* o = find(a, "National Office of Hydrocarbons and Mines");
    REQUIRE(o);
    CHECK(o->type == ActorType::organization);
    CHECK(find(a, "Joe Biden"));
  }
  SECTION("an unknown one-word employer in the possessive or before a leader's office; not a surname or an adjective") {
    Analysis a = analyse("UniCredit's chief executive, Andrea Orcel, spoke. Komeito leader Tetsuo Saito agreed. "
                         "Walter Rengifo was arrested. Rengifo's lawyer, Patricia Quiroga, objected. "
                         "Working-level officials will meet. English captain Harry Kane scored.");
    const Mention* u = find(a, "UniCredit");
    REQUIRE(u);
    CHECK(u->type == ActorType::organization);
    const Mention* k = find(a, "Komeito");
    REQUIRE(k);
    CHECK(k->type == ActorType::organization);
    const Mention* r = find(a, "Rengifo");
    CHECK((r == nullptr || r->type != ActorType::organization));
    const Mention* w = find(a, "Working-level");
    CHECK((w == nullptr || w->type != ActorType::organization));
    const Mention* e = find(a, "English");
    CHECK((e == nullptr || e->type != ActorType::organization));
  }
  SECTION("a hyphenated title matches in any case ('secretary-general', 'Secretary-General', 'Director-General')") {
    Analysis a = analyse("NATO's secretary-general, Mark Rutte, spoke. Director-General Tedros Adhanom Ghebreyesus agreed.");
    const Mention* r = find(a, "Mark Rutte");
    REQUIRE(r);
    CHECK(r->role == "Secretary-General");
    const Mention* t = find(a, "Tedros Adhanom Ghebreyesus");
    REQUIRE(t);
    CHECK(t->role == "Director-General");
  }
  SECTION("continental adjectives and runs of plain words name no person or organization") {
    Analysis a = analyse("Kaja Kallas, the bloc's Commissioner for Trade and Economic Security, spoke. Imports of "
                         "European cheese and Asian rice fell. Dean Ross founded First Global in 2017.");
    const Mention* e = find(a, "Economic Security");
    CHECK((e == nullptr || e->type != ActorType::person));
    CHECK(find(a, "European") == nullptr);
    CHECK(find(a, "Asian") == nullptr);
    const Mention* f = find(a, "First Global");
    REQUIRE(f);
    CHECK(f->type != ActorType::person);
  }
  SECTION("a seat that stands for a body is a place before '-based'") {
    Analysis a = analyse("A Brussels-based think tank and Moscow-based analysts said Brussels would act.");
    std::vector<ActorType> types;
    for (const Mention& m : a.mentions.mentions)
      if (a.doc.span_text(m.start, m.end) == "Brussels" || a.doc.span_text(m.start, m.end) == "Moscow") types.push_back(m.type);
    REQUIRE(types.size() == 3);
    CHECK(types[0] == ActorType::location);
    CHECK(types[1] == ActorType::location);
    CHECK(types[2] == ActorType::organization);
  }
  SECTION("a sentence-initial content word before an organization's head word opens its name") {
    Analysis a = analyse("Centre Party leader Elisabeth Holm said so. But Party leaders met.");
    const Mention* party = find(a, "Centre Party");
    REQUIRE(party);
    CHECK(party->type == ActorType::organization);
    const Mention* holm = find(a, "Elisabeth Holm");
    REQUIRE(holm);
    CHECK(holm->role == "Leader");
    CHECK(holm->affiliation >= 0);
    CHECK(find(a, "But Party") == nullptr);
  }
  SECTION("a military rank's abbreviation does not end the sentence; 'Platform' heads an organization") {
    Analysis a = analyse("Army spokesman Brig. Gen. Felix Kulayigye said Bobi Wine's National Unity Platform lost.");
    CHECK(a.doc.sentences.size() == 1);
    const Mention* f = find(a, "Felix Kulayigye");
    REQUIRE(f);
    CHECK(f->role == "Brigadier General");
    const Mention* nup = find(a, "National Unity Platform");
    REQUIRE(nup);
    CHECK(nup->type == ActorType::organization);
  }
  SECTION("an acronym spelling the lower-case words before it names a thing, there and later") {
    Analysis a = analyse("Germany bought liquefied natural gas (LNG) from Qatar. German LNG imports rose. The World "
                         "Health Organization (WHO) agreed.");
    int things = 0;
    for (const Mention& m : a.mentions.mentions)
      if (a.doc.span_text(m.start, m.end) == "LNG") {
        ++things;
        CHECK(m.kind == MentionKind::description);
        CHECK(m.type == ActorType::other);
      }
    CHECK(things == 2);
    const Mention* who = find(a, "WHO");
    REQUIRE(who);
    CHECK(who->kind == MentionKind::name);
  }
  SECTION("portfolio words between an organization's head word and 'Minister' belong to the title") {
    Analysis a = analyse("Chilean Energy Transition Minister Ana Rojas attended the ceremony.");
    CHECK(!find(a, "Chilean Energy"));
    const Mention* p = find(a, "Ana Rojas");
    REQUIRE(p);
    CHECK(p->type == ActorType::person);
    CHECK(p->role == "Minister");
    const Mention* c = find(a, "Chilean");
    REQUIRE(c);
    CHECK(c->kind == MentionKind::demonym);
  }
  SECTION("an acronym, a head word and one more plain word are one company's name") {
    Analysis a = analyse("The deal commits LG Energy Solution to expand the plant.");
    const Mention* lg = find(a, "LG Energy Solution");
    REQUIRE(lg);
    CHECK(lg->type == ActorType::organization);
    CHECK(!find(a, "Solution"));
  }
  SECTION("nationality adjectives that name no one state are not names") {
    Analysis a = analyse("It was the first trip by a Korean leader in years. Arab leaders met in Cairo.");
    CHECK(!find(a, "Korean"));
    CHECK(!find(a, "Arab"));
    CHECK(find(a, "Cairo"));
  }
  SECTION("'Endowment' heads an organization's name; an unknown name before 'movement' is one") {
    Analysis a = analyse("She works at the Carnegie Endowment for International Peace. The Samopomich movement won.");
    const Mention* c = find(a, "Carnegie Endowment for International Peace");
    REQUIRE(c);
    CHECK(c->type == ActorType::organization);
    const Mention* s = find(a, "Samopomich");
    REQUIRE(s);
    CHECK(s->type == ActorType::organization);
  }
  SECTION("an age between a name and its apposition; 'from' names no employer") {
    Analysis a = analyse("Sophie Vermeulen, 41, an engineer at Siemens, was freed. Daniel Whitfield, 54, a civil "
                         "engineer from Ohio, was flown home.");
    const Mention* m = find(a, "Sophie Vermeulen");
    REQUIRE(m);
    CHECK(m->role == "Engineer");
    REQUIRE(m->affiliation >= 0);
    CHECK(a.mentions.mentions[static_cast<size_t>(m->affiliation)].type == ActorType::organization);
    const Mention* w = find(a, "Daniel Whitfield");
    REQUIRE(w);
    CHECK(w->role == "Engineer");
    CHECK(w->affiliation < 0);
    const Mention* o = find(a, "Ohio");
    REQUIRE(o);
    CHECK(o->type != ActorType::organization);
  }
  SECTION("after 'of', a demonym before an organization's name modifies it") {
    Analysis a = analyse("Adoum Kerim, the leader of the Chadian rebel group Union for Change and Renewal (UCR), was "
                         "arrested. Idriss Mahamat, the leader of the Chadian opposition, spoke.");
    CHECK(affiliation_of(a, find(a, "Adoum Kerim")) == "Union for Change and Renewal");
    // with no name after it, the demonym itself
    CHECK(affiliation_of(a, find(a, "Idriss Mahamat")) == "Chadian");
  }
  SECTION("a one-word name takes an office in apposition with an article, not a former one") {
    Analysis a = analyse("Daniel Okafor appeared in court. Okafor, the managing director of Avonside Aero Components, "
                         "denied it. Ruben Salas fled. Salas, a former energy minister, denied it.");
    CHECK(affiliation_of(a, find(a, "Okafor")) == "Avonside Aero Components");
    const Mention* salas = find(a, "Salas");
    REQUIRE(salas);
    CHECK(salas->role.empty());
  }
  SECTION("a place between a possessor and a title is the beat, before or after the name") {
    Analysis a = analyse("The BBC's South East Asia correspondent Martin Gale said so. The Guardian ran it, said Ann Lee, "
                         "the Guardian's Asia editor.");
    CHECK(affiliation_of(a, find(a, "Martin Gale")) == "BBC");
    CHECK(affiliation_of(a, find(a, "Ann Lee")) == "Guardian");
  }
  SECTION("a title after an organization's name ending in 'of' and a place, or a known name, ends the name") {
    Analysis a = analyse("Bank of Japan Governor Takeshi Onodera spoke. Central Bank of Nigeria Governor Olayemi Cardoso "
                         "agreed. The University of Tokyo President Kenji Ito did not.");
    CHECK(affiliation_of(a, find(a, "Takeshi Onodera")) == "Bank of Japan");
    CHECK(affiliation_of(a, find(a, "Olayemi Cardoso")) == "Central Bank of Nigeria");
    CHECK(affiliation_of(a, find(a, "Kenji Ito")) == "University of Tokyo");
  }
  SECTION("a state between an organization's possessive and a title is the beat, past a posting's word too") {
    Analysis a = analyse("Oxfam's Sudan country director, Kevin Otieno, said so. \"It is real,\" said the WFP's Sudan "
                         "director, Marta Ruiz. Aid stalled, said Ana Diaz, Oxfam's Sudan country director.");
    CHECK(affiliation_of(a, find(a, "Kevin Otieno")) == "Oxfam");
    CHECK(affiliation_of(a, find(a, "Marta Ruiz")) == "WFP");
    CHECK(affiliation_of(a, find(a, "Ana Diaz")) == "Oxfam");
  }
  SECTION("a state's body owning the title before a name gives the state") {
    Analysis a = analyse("Estonia expelled the Russian embassy's second secretary, Andrei Sokolov, on Monday. The Chinese "
                         "embassy's spokesman Liu Pengyu said so.");
    CHECK(affiliation_of(a, find(a, "Andrei Sokolov")) == "Russian");
    CHECK(affiliation_of(a, find(a, "Liu Pengyu")) == "Chinese");
  }
  SECTION("an organization's rank adjective or 'chair' before a title still names the employer") {
    Analysis a = analyse("UNHCR regional director Elodie Marchetti said so. KMT chair Lo Chih-ming agreed. Oxfam senior "
                         "adviser Ruth Kaye did not.");
    CHECK(affiliation_of(a, find(a, "Elodie Marchetti")) == "UNHCR");
    CHECK(affiliation_of(a, find(a, "Lo Chih-ming")) == "KMT");
    CHECK(affiliation_of(a, find(a, "Ruth Kaye")) == "Oxfam");
  }
  SECTION("a run its bracketed acronym spells is one organization, past known names inside it") {
    Analysis a = analyse("Todor Iliev, leader of Citizens for European Bulgaria (CEB), said so. Andrei Lupu, whose "
                         "pro-Western Party of European Renewal (PER) won, agreed. The Sudanese Armed Forces (SAF) and "
                         "Inter-Services Public Relations (ISPR) did not. China's Belt and Road Initiative (BRI) grew.");
    check_types(a, {"Citizens for European Bulgaria", "Party of European Renewal", "Sudanese Armed Forces",
                    "Inter-Services Public Relations"},
                ActorType::organization);
    CHECK(affiliation_of(a, find(a, "Todor Iliev")) == "Citizens for European Bulgaria");
    CHECK_FALSE(find(a, "European Bulgaria"));
    const Mention* bri = find(a, "Belt and Road Initiative");
    REQUIRE(bri);
    CHECK(bri->type == ActorType::other);
  }
  SECTION("a builder, a refiner or a state contractor in apposition types an unknown name as an organization") {
    Analysis a = analyse("He took bribes from Construtora Vale Verde, a Brazilian builder, for contracts. Dongying Haixin "
                         "Petrochemical, an independent refiner, and Jiangnan Hydro Engineering, a Chinese state "
                         "contractor, bid. So did the Peru Rising movement and the Colombia Renace movement.");
    check_types(a, {"Construtora Vale Verde", "Dongying Haixin Petrochemical", "Jiangnan Hydro Engineering",
                    "Peru Rising", "Colombia Renace"},
                ActorType::organization);
  }
  SECTION("an organization's name of several words found in an earlier sentence is that name again") {
    Analysis a = analyse("Karadzhov leads the nationalist Homeland Bulgaria party. Homeland Bulgaria, which opposes "
                         "sanctions, gained seats. Ruwan Perera said so.");
    size_t named = 0;
    for (const Mention& m : a.mentions.mentions)
      if (a.doc.span_text(m.start, m.end) == "Homeland Bulgaria" && m.type == ActorType::organization) ++named;
    CHECK(named == 2);
    CHECK_FALSE(find(a, "Bulgaria"));
    const Mention* p = find(a, "Ruwan Perera");
    REQUIRE(p);
    CHECK(p->type != ActorType::organization);
  }
  SECTION("a known name after 'of' ends a person's name before it") {
    Analysis a = analyse("Heba Morayef of Amnesty International urged Tunisia to act. The Bank of England and the "
                         "Democratic Republic of Congo did not.");
    const Mention* p = find(a, "Heba Morayef");
    REQUIRE(p);
    CHECK(p->type == ActorType::person);
    CHECK(affiliation_of(a, p) == "Amnesty International");
    CHECK(find(a, "Bank of England"));
    CHECK(find(a, "Democratic Republic of Congo"));
  }
  SECTION("a day or month after a connector ends an organization's name") {
    Analysis a = analyse("The Organization of American States on Wednesday urged Venezuela to respect the order. The "
                         "Council of Europe in March agreed.");
    CHECK(find(a, "Organization of American States"));
    CHECK(find(a, "Council of Europe"));
    CHECK_FALSE(find(a, "Organization of American States on Wednesday"));
  }
  SECTION("a company's name ending in its trade is an organization, and a hyphened title is a title") {
    Analysis a = analyse("Aldridge Semiconductor sued Hualing Microelectronics and Kestrel Motor. Chinese Vice-Premier "
                         "Liu Jianhua met them.");
    check_types(a, {"Aldridge Semiconductor", "Hualing Microelectronics", "Kestrel Motor"}, ActorType::organization);
    const Mention* p = find(a, "Liu Jianhua");
    REQUIRE(p);
    CHECK(p->type == ActorType::person);
    CHECK(affiliation_of(a, p) == "Chinese");
    CHECK(p->role == "Vice Premier");
    CHECK_FALSE(find(a, "Vice-"));
  }
  SECTION("an office's portfolio after 'of' ends before a name") {
    Analysis a = analyse("It was signed by Sri Lanka's State Minister of Finance Nalaka Jayasekara and China Exim Bank "
                         "Vice President Zhou Liqun.");
    const Mention* p = find(a, "Nalaka Jayasekara");
    REQUIRE(p);
    CHECK(p->type == ActorType::person);
    CHECK(p->role == "State Minister");
    const Mention* z = find(a, "Zhou Liqun");
    REQUIRE(z);
    CHECK(affiliation_of(a, z) == "China Exim Bank");
  }
  SECTION("an organization's complement after 'for the' or 'of the' may pass the name length limit") {
    Analysis a = analyse("The African Party for the Independence of Guinea and Cape Verde won. Ukraine's Coordination "
                         "Headquarters for the Treatment of Prisoners of War met.");
    CHECK(find(a, "African Party for the Independence of Guinea and Cape Verde"));
    CHECK_FALSE(find(a, "Cape Verde"));
    CHECK(find(a, "Coordination Headquarters for the Treatment of Prisoners of War"));
  }
  SECTION("a sentence-initial common word opens a name only when the run ends in an organization's head word") {
    Analysis a = analyse("Presidential spokeswoman Kang Yu-jung spoke. Civil Defense Authority director Suleiman al-Amr "
                         "spoke. Presidential Leadership Council chief Rashad al-Alimi spoke.");
    CHECK_FALSE(find(a, "Presidential"));
    CHECK(find(a, "Civil Defense Authority"));
    CHECK(find(a, "Presidential Leadership Council"));
    const Mention* p = find(a, "Kang Yu-jung");
    REQUIRE(p);
    CHECK(affiliation_of(a, p).empty());
  }
  SECTION("judges' and trade ministers' titles; a place's head word after a title or a name particle is a surname") {
    Analysis a = analyse("Dutch Foreign Trade Minister Reinier van Dam spoke. U.S. District Judge Margaret Hollis ruled. "
                         "Federal Court Justice Helen Tsakalos ruled. Amaan Express denied it.");
    check_types(a, {"Reinier van Dam", "Margaret Hollis", "Helen Tsakalos"}, ActorType::person);
    check_types(a, {"Amaan Express"}, ActorType::organization);
    CHECK(find(a, "Reinier van Dam")->role == "Foreign Trade Minister");
    CHECK(find(a, "Margaret Hollis")->role == "Judge");
    CHECK(find(a, "Helen Tsakalos")->role == "Justice");
    CHECK(affiliation_of(a, find(a, "Helen Tsakalos")) == "Federal Court");
  }
  SECTION("an unknown name where one is based is a place; a UN agency named by what it does is two mentions") {
    Analysis a = analyse("The New York-based watchdog Human Rights Watch spoke. The U.N. refugee agency said so.");
    check_types(a, {"New York"}, ActorType::location);
    const Mention* agency = find(a, "refugee agency");
    REQUIRE(agency);
    CHECK(agency->type == ActorType::organization);
    const Mention* un = find(a, "U.N.");
    REQUIRE(un);
    CHECK(un->modifies >= 0);
  }
  SECTION("an unknown word after a state's possessive and before a minister's title is a portfolio") {
    Analysis a = analyse("India's Petroleum Minister Rakesh Menon spoke. Brazil's Mines and Energy Minister Alexandre "
                         "Pacheco spoke. Argentina's Enarsa said so.");
    for (const char* word : {"Petroleum", "Mines"}) {
      const Mention* m = find(a, word);
      CHECK((!m || m->kind == MentionKind::description));
    }
    CHECK(affiliation_of(a, find(a, "Rakesh Menon")) == "India");
    CHECK(affiliation_of(a, find(a, "Alexandre Pacheco")) == "Brazil");
    check_types(a, {"Enarsa"}, ActorType::organization);
  }
  SECTION("an unknown name opening a dateline is a place; a quoted charge after 'of' ends a description") {
    Analysis a = analyse("JEDDAH, Aug 9 (Reuters) - Sudan's army walked out of the talks. Haroun accused the army of "
                         "\"running away from peace.\"");
    check_types(a, {"JEDDAH"}, ActorType::location);
    const Mention* army = find(a, "the army");
    REQUIRE(army);
    CHECK(army->kind == MentionKind::description);
  }
  SECTION("words naming a portfolio before a government secretary's title; a body's president keeps the body") {
    Analysis a = analyse("Kenya's Foreign Affairs Principal Secretary Wanjiru Mbogo spoke. ECOWAS Commission President "
                         "Omar Touray spoke.");
    CHECK(affiliation_of(a, find(a, "Wanjiru Mbogo")) == "Kenya");
    CHECK(find(a, "Foreign Affairs") == nullptr);
    CHECK(affiliation_of(a, find(a, "Omar Touray")) == "ECOWAS Commission");
  }
  SECTION("a title phrase in apposition before a name: past the place an envoy is posted to, or the body described") {
    Analysis a = analyse("The U.S. ambassador to Manila, MaryKay Carlson, spoke. The Southern Shield Brigade denied it. A "
                         "spokesman for the brigade, Nidal Abu Fakhr, said so.");
    CHECK(affiliation_of(a, find(a, "MaryKay Carlson")) == "U.S.");
    const Mention* spokesman = find(a, "Nidal Abu Fakhr");
    REQUIRE(spokesman);
    CHECK(spokesman->type == ActorType::person);
    CHECK(spokesman->role == "Spokesman");
    CHECK(affiliation_of(a, spokesman) == "the brigade");
  }
  SECTION("a world region before a title is the beat, not a person's name") {
    Analysis a = analyse("Human Rights Watch spoke, said Jane Doe, the group's Central Africa director.");
    check_types(a, {"Central Africa"}, ActorType::location);
    check_types(a, {"Jane Doe"}, ActorType::person);
  }
  SECTION("a first name before a demonym that is only a person noun is a person's name") {
    Analysis a = analyse("Volker Turk urged Kenya to act. On Monday, Volker Turk spoke again. Latin American states and "
                         "Bosnian Serb leaders met.");
    for (const Mention& m : a.mentions.mentions) {
      const std::string text(a.doc.span_text(m.start, m.end));
      if (text == "Turk") FAIL("Turk alone is a mention");
    }
    check_types(a, {"Volker Turk"}, ActorType::person);
    // (a region's demonym at most, never a person's name)
    const Mention* latin = find(a, "Latin American");
    CHECK((latin == nullptr || (latin->kind == MentionKind::demonym && latin->type == ActorType::location)));
    CHECK(find(a, "Bosnian Serb") == nullptr);
  }
  SECTION("after a title, an organization's one-word alias before an unknown capitalised word opens a name") {
    Analysis a = analyse("Botswana's president Duma Boko spoke. The speaker of the Duma Vyacheslav Volodin spoke.");
    check_types(a, {"Duma Boko"}, ActorType::person);
    CHECK(affiliation_of(a, find(a, "Duma Boko")) == "Botswana");
    check_types(a, {"Duma"}, ActorType::organization);
  }
  SECTION("an unknown name with a state's descriptor of a business in apposition is an organization") {
    Analysis a = analyse("Brookvale Dairies, Kenya's biggest milk processor, said so. Shares in Coonawarra Vintners, "
                         "Australia's second-largest wine exporter, jumped.");
    check_types(a, {"Brookvale Dairies", "Coonawarra Vintners"}, ActorType::organization);
    // (not a descriptor before a title: the person's office)
    Analysis b = analyse("He held talks with Mathilde Rocheron, France's armed forces minister, on drones.");
    check_types(b, {"Mathilde Rocheron"}, ActorType::person);
  }
  SECTION("two names of several plain words joined by 'and' before a head word are two organizations") {
    Analysis a = analyse("The duties will hit manufacturers including Xinyuan Solar Glass and Hengda Photovoltaic "
                         "Materials. Troops of the African Union Support and Stabilization Mission in Somalia left. "
                         "The Centre for Economics and Foreign Policy Studies said so.");
    CHECK(find(a, "Xinyuan Solar Glass") != nullptr);
    check_types(a, {"Hengda Photovoltaic Materials"}, ActorType::organization);
    CHECK(find(a, "African Union Support and Stabilization Mission") != nullptr);
    CHECK(find(a, "Centre for Economics and Foreign Policy Studies") != nullptr);
  }
  SECTION("a name before 'whose' and a described apposition employs the title after it") {
    Analysis a = analyse("The ruling was welcomed by the Intergovernmental Authority on Development, the regional bloc "
                         "whose executive secretary, Fatuma Abdi Nur, praised the decision.");
    CHECK(affiliation_of(a, find(a, "Fatuma Abdi Nur")) == "Intergovernmental Authority on Development");
  }
  SECTION("an unknown name after a quotation, before a title in the possessive, is an organization") {
    Analysis a = analyse("\"Our costs are low,\" Xinyuan's chief executive, Lu Weiming, said.");
    check_types(a, {"Xinyuan"}, ActorType::organization);
    CHECK(affiliation_of(a, find(a, "Lu Weiming")) == "Xinyuan");
  }
  SECTION("the name a group calls itself is an organization's") {
    Analysis a = analyse("The insurgents, who call themselves Ahl al-Sahil, attacked. A group that calls itself Jund "
                         "Ansar claimed it.");
    check_types(a, {"Ahl al-Sahil", "Jund Ansar"}, ActorType::organization);
  }
  SECTION("a capitalised dateline's hyphenated place holds no title; 'Co-President' is one") {
    Analysis a = analyse("PORT-AU-PRINCE, Nov 6 (Reuters) - Haiti voted. Co-President Rosario Murillo said so.");
    const Mention* nov = find(a, "Nov");
    CHECK((nov == nullptr || (nov->type != ActorType::person && nov->role.empty())));
    CHECK(find(a, "PORT-AU-") == nullptr);
    CHECK(find(a, "Co-") == nullptr);
    const Mention* m = find(a, "Rosario Murillo");
    REQUIRE(m);
    CHECK(m->role == "Co-President");
  }
  SECTION("an adjective and an outfit word from the descriptor table make a description") {
    Analysis a = analyse("Mali left ECOWAS, accusing the regional bloc of bias. The bondholder group objected.");
    const Mention* m = find(a, "the regional bloc");
    REQUIRE(m);
    CHECK(m->kind == MentionKind::description);
    CHECK(m->type == ActorType::organization);
    CHECK(find(a, "The bondholder group") == nullptr);
  }
  SECTION("a demonym's title in apposition, before a participle's phrase") {
    Analysis a = analyse("Bakary Sissoko, a former Malian foreign minister appointed by the AU last month, arrived. "
                         "Kenyan police officer Peter Kiprono said so.");
    CHECK(affiliation_of(a, find(a, "Bakary Sissoko")) == "Malian");
    CHECK(affiliation_of(a, find(a, "Peter Kiprono")) == "Kenyan");
  }
  SECTION("'the regional bloc whose' officer, past the description") {
    Analysis a = analyse("The Intergovernmental Authority on Development (IGAD), the regional bloc whose executive "
                         "secretary, Fatuma Abdi Nur, spoke, met.");
    CHECK(affiliation_of(a, find(a, "Fatuma Abdi Nur")) == "IGAD");
  }
  SECTION("a title word after a name particle is a father's name, not a title") {
    Analysis a = analyse("Omani Foreign Minister Hamad bin Sultan Al Busaidi said talks went well.");
    const Mention* m = find(a, "Hamad bin Sultan Al Busaidi");
    REQUIRE(m);
    CHECK(m->role == "Foreign Minister");
    CHECK(affiliation_of(a, m) == "Omani");
  }
  SECTION("a one-word short form of an organization named before employs the titled name after it") {
    Analysis a = analyse("Perth-based Westgate Rare Earths signed a deal. \"It is good,\" Westgate chief executive Tom "
                         "Barrington told Reuters.");
    CHECK(affiliation_of(a, find(a, "Tom Barrington")) == "Westgate");
  }
  SECTION("a title phrase in apposition before the name, past its plain complement") {
    Analysis a = analyse("Rahmani and the U.S. special envoy for hostage affairs, Robert Ashdown, never met.");
    CHECK(affiliation_of(a, find(a, "Robert Ashdown")) == "U.S.");
    const Mention* m = find(a, "Robert Ashdown");
    REQUIRE(m);
    CHECK(m->role == "Special Envoy");
  }
  SECTION("French 'des' and 'et' join an organization's name") {
    Analysis a = analyse("Morocco's Office National des Hydrocarbures et des Mines (ONHYM) will hold half.");
    const Mention* m = find(a, "Office National des Hydrocarbures et des Mines");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
  }
  SECTION("a subject's noun of any class before a job in apposition: the employer after 'at'") {
    Analysis a = analyse("\"It is bad,\" said Emma Hart, a sanctions researcher at the Royal United Services Institute.");
    CHECK(affiliation_of(a, find(a, "Emma Hart")) == "Royal United Services Institute");
  }
  SECTION("an office's 'of' and a body right before a name") {
    Analysis a = analyse("Kenyan lawmakers were received by Chairman of the State Duma Pavel Orlov and by Secretary-General "
                         "of the Arab League Samir Haddad. Governor of Washington Laura Kemp spoke.");
    CHECK(affiliation_of(a, find(a, "Pavel Orlov")) == "State Duma");
    CHECK(find(a, "Pavel Orlov")->role == "Chairman");
    CHECK(affiliation_of(a, find(a, "Samir Haddad")) == "Arab League");
    CHECK(affiliation_of(a, find(a, "Laura Kemp")).empty());
  }
  SECTION("a model's designation is a thing: hyphenated letters and digits, or before a word for goods") {
    Analysis a = analyse("Ankara bought Russia's S-400 system. Boeing's F-15EX flew. Poland ordered K2 tanks. Rob Jetten, "
                         "leader of the centrist D66, spoke.");
    for (const char* name : {"S-400", "F-15EX", "K2"}) {
      const Mention* m = find(a, name);
      REQUIRE(m);
      CHECK(m->type == ActorType::other);
      CHECK_FALSE(m->typed);
    }
    REQUIRE(find(a, "D66"));
    CHECK(find(a, "D66")->type == ActorType::organization);
  }
  SECTION("an unknown name heading a phrase of 'a' or 'an' is a category, not an actor") {
    Analysis a = analyse("Washington designated Katiba Macina as a Foreign Terrorist Organization. A Kelvar Dynamics "
                         "spokesman declined to comment. Kelvar Dynamics said it would appeal.");
    const Mention* fto = find(a, "Foreign Terrorist Organization");
    REQUIRE(fto);
    CHECK(fto->type == ActorType::other);
    CHECK_FALSE(fto->typed);
    const Mention* firm = find(a, "Kelvar Dynamics");
    REQUIRE(firm);
    CHECK(firm->type != ActorType::other);
  }
  SECTION("a company's short name before a capitalised title is its employer, not part of the title") {
    Analysis a = analyse("Kanto Motors Corp. will build a plant. The plant was announced by Kanto Chief Executive Officer "
                         "Hiroshi Tanabe. French Agriculture Minister Anne Roux spoke.");
    CHECK(affiliation_of(a, find(a, "Hiroshi Tanabe")) == "Kanto");
    CHECK(find(a, "Hiroshi Tanabe")->role == "Chief Executive");
    CHECK(find(a, "Agriculture") == nullptr);
    CHECK(find(a, "Anne Roux")->role == "Minister");
  }
  SECTION("a member and an ombudsman are titles") {
    Analysis a = analyse("PLC member Ali Saleh spoke. Ukraine's human rights ombudsman, Dmytro Lysenko, spoke.");
    CHECK(affiliation_of(a, find(a, "Ali Saleh")) == "PLC");
    CHECK(affiliation_of(a, find(a, "Dmytro Lysenko")) == "Ukraine");
  }
  SECTION("a dateline's agency is the story's source, not a mention") {
    Analysis a = analyse("CAIRO, Jan 27 (AFP) - Egypt said it would host talks. Reuters reported the talks.");
    CHECK(find(a, "AFP") == nullptr);
    REQUIRE(find(a, "Reuters"));
    CHECK(find(a, "Reuters")->type == ActorType::organization);
  }
  SECTION("utilities: Power and Electric end an organization's name") {
    Analysis a = analyse("Ethiopian Electric Power (EEP) sells 200 megawatts to Kenya Power.");
    check_types(a, {"Ethiopian Electric Power", "Kenya Power"}, ActorType::organization);
  }
  SECTION("a plural in the possessive inside an organization's name") {
    Analysis a = analyse("The Polish Farmers' Alliance rejected the plan. The National Teachers' Union struck. "
                         "The farmers' anger grew.");
    check_types(a, {"Polish Farmers' Alliance", "National Teachers' Union"}, ActorType::organization);
  }
  SECTION("a lobby before a name, a headquarters ending one: organizations") {
    Analysis a = analyse("The farm lobby Copa-Cogeca called on the Commission to act. Ukraine's Coordination "
                         "Headquarters said so.");
    check_types(a, {"Copa-Cogeca", "Coordination Headquarters"}, ActorType::organization);
  }
  SECTION("an ampersand between capitalised words joins a company's name") {
    Analysis a = analyse("Johnson & Johnson signed a deal with Korea Hydro & Nuclear Power on Monday.");
    check_types(a, {"Johnson & Johnson", "Korea Hydro & Nuclear Power"}, ActorType::organization);
    CHECK(find(a, "Korea Hydro") == nullptr);
  }
  SECTION("a day or month after a preposition opens no name; a professor of a subject at an employer") {
    Analysis a = analyse("On Wednesday Mariana Queiroz met the president. Paulo Menezes, a professor of international "
                         "relations at the University of Brasilia, said so.");
    CHECK(find(a, "Wednesday Mariana Queiroz") == nullptr);
    REQUIRE(find(a, "Mariana Queiroz"));
    const Mention* m = find(a, "Paulo Menezes");
    REQUIRE(m);
    CHECK(m->role == "Professor");
    REQUIRE(m->affiliation >= 0);
    CHECK(affiliation_of(a, m) == "University of Brasilia");
  }
  SECTION("a coordinating minister and a coordinator are titles: the name after them is the person") {
    Analysis a = analyse("Indonesia's Coordinating Minister for Economic Affairs Bambang Setiadi flew to Brussels. UN "
                         "emergency relief coordinator Tomas Ferreira will visit Malawi.");
    CHECK(find(a, "Coordinating Minister for Economic Affairs") == nullptr);
    const Mention* b = find(a, "Bambang Setiadi");
    REQUIRE(b);
    CHECK(b->role == "Coordinating Minister");
    REQUIRE(b->affiliation >= 0);
    CHECK(affiliation_of(a, b) == "Indonesia");
    const Mention* t = find(a, "Tomas Ferreira");
    REQUIRE(t);
    CHECK(t->role == "Coordinator");
    REQUIRE(t->affiliation >= 0);
    CHECK(affiliation_of(a, t) == "UN");
  }
  SECTION("a candidate is a title: the state in the possessive before it is the person's") {
    Analysis a = analyse("Ghana's main opposition candidate, Kwabena Asante-Mensah, won the vote.");
    const Mention* k = find(a, "Kwabena Asante-Mensah");
    REQUIRE(k);
    CHECK(k->role == "Candidate");
    REQUIRE(k->affiliation >= 0);
    CHECK(affiliation_of(a, k) == "Ghana");
  }
  SECTION("'Ports' ends a company's name, past a place's name opening it") {
    Analysis a = analyse("Tanzania signed a deal with Gulf Horizon Ports on Monday.");
    const Mention* m = find(a, "Gulf Horizon Ports");
    REQUIRE(m);
    CHECK(m->type == ActorType::organization);
  }
  SECTION("a place's head word after 'and' makes no place of the names before it") {
    Analysis a = analyse("The pact was signed by Fisheries Minister Salote Vaipulu and Harbour Point chief Ken Abe.");
    const Mention* p = find(a, "Salote Vaipulu");
    REQUIRE(p);
    CHECK(p->type == ActorType::person);
    CHECK(find(a, "Salote Vaipulu and Harbour") == nullptr);
  }
  SECTION("'accused the kingdom of stalling': a charge after 'of' leaves the description whole") {
    Analysis a = analyse("Jordan denied it. Omar Haddad accused the kingdom of stalling and the bloc of protectionism. "
                         "The country of his birth is Jordan. The bloc of the Six met.");
    const Mention* k = find(a, "the kingdom");
    REQUIRE(k);
    CHECK(k->kind == MentionKind::description);
    const Mention* b = find(a, "the bloc");
    REQUIRE(b);
    CHECK(b->kind == MentionKind::description);
    // "of" before a determiner or a name says what the description belongs to
    CHECK(find(a, "The country") == nullptr);
    CHECK(find(a, "The bloc") == nullptr);
  }
  SECTION("a demonym and a title open a person's title phrase, not an organization's name") {
    Analysis a = analyse("Indian Minister of State for External Affairs Raj Kumar visited Nepal.");
    CHECK(find(a, "Indian Minister of State for External Affairs") == nullptr);
    const Mention* p = find(a, "Raj Kumar");
    REQUIRE(p);
    CHECK(p->role == "Minister of State");
    REQUIRE(p->affiliation >= 0);
    CHECK(affiliation_of(a, p) == "Indian");
  }
  SECTION("sentence-initial common words and months are not names") {
    Analysis a = analyse("When Xi Jinping arrived in March, Since talks began.");
    CHECK(find(a, "When Xi Jinping") == nullptr);
    CHECK(find(a, "Xi Jinping") != nullptr);
    CHECK(find(a, "March") == nullptr);
  }
  SECTION("coordinated titles pair names with their states in order") {
    Analysis a = analyse("He met Chilean and Kazakh Presidents Gabriel Boric and Kassym-Jomart Tokayev.");
    const Mention* b = find(a, "Gabriel Boric");
    const Mention* t = find(a, "Kassym-Jomart Tokayev");
    REQUIRE(b);
    REQUIRE(t);
    REQUIRE(b->affiliation >= 0);
    REQUIRE(t->affiliation >= 0);
    CHECK(affiliation_of(a, b) == "Chilean");
    CHECK(affiliation_of(a, t) == "Kazakh");
  }
  SECTION("pronouns and descriptions are mentions of their own kind") {
    Analysis a = analyse("He said the two countries agreed.");
    const Mention* he = find(a, "He");
    REQUIRE(he);
    CHECK(he->kind == MentionKind::pronoun);
    const Mention* two = find(a, "the two countries");
    REQUIRE(two);
    CHECK(two->kind == MentionKind::description);
    CHECK(two->plural);
  }
  SECTION("an acronym in brackets names the second of two names joined by 'and'; the first joins its type") {
    Analysis a = analyse("KazMunayGas and China National Petroleum Corporation (CNPC) will build a plant. Lionel Messi "
                         "met fans. Messi and NATO were named.");
    check_types(a, {"KazMunayGas", "China National Petroleum Corporation"}, ActorType::organization);
    CHECK(find(a, "KazMunayGas and China National Petroleum Corporation") == nullptr);
    const Mention* messi = find(a, "Messi");
    REQUIRE(messi);
    CHECK(messi->type != ActorType::organization);
  }
}
