#include "relgraph/actors.hpp"
#include "relgraph/pipeline.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

using namespace relgraph;

namespace {

using test_support::lexicon;

Analysis analyse(const std::string& text) { return analyse_document(text, DocumentInfo{"t", "", "", ""}, lexicon()); }

// The actor id of the n-th mention whose text is `surface`.
std::string actor_of(const Analysis& a, const std::string& surface, int nth = 0) {
  for (size_t i = 0; i < a.mentions.mentions.size(); ++i) {
    const Mention& m = a.mentions.mentions[i];
    if (a.doc.span_text(m.start, m.end) != surface || nth-- > 0) continue;
    auto ids = a.actors.actors_of(i);
    std::string out;
    for (int32_t id : ids) out += (out.empty() ? "" : "+") + a.actors.actors[static_cast<size_t>(id)].id;
    return out;
  }
  return "(no mention)";
}

// The actor `id` is in the document's actors with type `type` (and label `label`, if given).
bool has_actor(const Analysis& a, const std::string& id, ActorType type, const std::string& label = "") {
  for (const auto& r : a.actors.actors)
    if (r.id == id && r.type == type && (label.empty() || r.label == label)) return true;
  return false;
}

} // namespace

TEST_CASE("actors::resolve_actors") {
  SECTION("an unknown acronym spells an organization named before; a name spelled out by one is a body's") {
    Analysis a = analyse("Rob Dekker courted the Social Liberal Union (SLU) on Monday. The Tigray Defence Forces "
                         "withdrew. The TDF said so. The SLU agreed.");
    CHECK(actor_of(a, "SLU", 1) == "social-liberal-union");
    CHECK(actor_of(a, "TDF") == "tigray-defence-forces");
    CHECK(has_actor(a, "social-liberal-union", ActorType::organization));
  }
  SECTION("a state's army is an organization of its own, in either form; 'the army' is it later") {
    Analysis a = analyse("Sudan's army and the RSF resumed talks. The Sudanese army shelled RSF positions. The army "
                         "said it would keep fighting. Sudan's military said so. The Malian army fought. Sudan voted.");
    CHECK(actor_of(a, "Sudan's army") == "sudanese-army");
    CHECK(actor_of(a, "Sudanese army") == "sudanese-army");
    CHECK(actor_of(a, "The army") == "sudanese-army");
    CHECK(actor_of(a, "Malian army") == "malian-army");
    CHECK(actor_of(a, "Sudan", 0) == "sudan");
    CHECK(actor_of(a, "Sudan", 1) == "sudan");
    CHECK(has_actor(a, "sudanese-army", ActorType::organization, "Sudanese army"));
  }
  SECTION("a capitalised regime word ends an organization's name, unless a state's own name is all before it") {
    Analysis a = analyse("The National Unity Government criticized the trip. The Hungarian Government rejected the "
                         "plan. The UK Government urged Iran to stop. The Government of Syria said so.");
    CHECK(actor_of(a, "National Unity Government") == "national-unity-government");
    CHECK(actor_of(a, "Hungarian") == "hungary");
    CHECK(actor_of(a, "UK") == "united-kingdom");
    CHECK(actor_of(a, "Syria") == "syria");
    CHECK(has_actor(a, "national-unity-government", ActorType::organization));
  }
  SECTION("a state's army before a place it holds only qualifies the place: the state") {
    Analysis a = analyse("The rebels attacked a Malian army camp near Boulkessi. Fighters raided a Mozambican army "
                         "post. The Malian army fought.");
    CHECK(actor_of(a, "Malian") == "mali");
    CHECK(actor_of(a, "Mozambican") == "mozambique");
    CHECK(actor_of(a, "Malian army") == "malian-army");
  }
  SECTION("a state's army the text names is that name; 'the army' and 'the military' are a named force") {
    Analysis a = analyse("The Sudanese army said it had repelled the attack. The Sudanese Armed Forces (SAF) have "
                         "fought the RSF since 2023. Egypt backs the army. The Ugandan army is fighting. Armed Forces "
                         "of Uganda troops arrived. The Malian army fought. The Israeli military said it struck Hamas. "
                         "The military said its jets hit a depot. NATO's Military Committee met. The military said so.");
    CHECK(actor_of(a, "Sudanese army") == "sudanese-armed-forces");
    CHECK(actor_of(a, "the army") == "sudanese-armed-forces");
    CHECK(actor_of(a, "Ugandan army") == "armed-forces-of-uganda");
    CHECK(actor_of(a, "Malian army") == "malian-army");
    CHECK(actor_of(a, "The military", 0) == "israel");
    CHECK(actor_of(a, "The military", 1) == "israel");
    Analysis b = analyse("The Sudanese Armed Forces (SAF) fought on. RSF fighters attacked army positions near El "
                         "Obeid. The Arakan Army said so. Rights groups accused the military of bombing a school.");
    CHECK(actor_of(b, "army") == "sudanese-armed-forces");
    CHECK(actor_of(b, "the military") == "sudanese-armed-forces");
  }
  SECTION("a known organization's name and one word of an organ is that organization") {
    Analysis a = analyse("AU Commission Chairperson Ali Hassan Djama spoke. The ECOWAS Commission agreed. The "
                         "Kiel Commission disagreed.");
    CHECK(actor_of(a, "AU Commission") == "african-union");
    CHECK(actor_of(a, "ECOWAS Commission") == "economic-community-of-west-african-states");
    CHECK(actor_of(a, "Kiel Commission") == "kiel-commission");
  }
  SECTION("a plural description with names in apposition is those names") {
    Analysis a = analyse("The two foreign ministers, Turkey's Selim Karaoglu and Greece's Eleni Stavrou, will meet in "
                         "Athens. The two countries, which border each other, disagree.");
    CHECK(actor_of(a, "The two foreign ministers") == "selim-karaoglu+eleni-stavrou");
  }
  SECTION("a word after 'of' in an organization's name names another actor") {
    Analysis a = analyse("The Alliance of Sahel States (AES) met. The Unified Force of the AES will be based in Niamey. "
                         "General Assimi Goita, who also chairs the AES, spoke. The Bank of England said so. England won.");
    CHECK(actor_of(a, "AES", 1) == "alliance-of-sahel-states");
    CHECK(actor_of(a, "England", 1) != "bank-of-england");
  }
  SECTION("'the two leaders' are heads of state or government, further back than a minister") {
    Analysis a = analyse("Australian Prime Minister Daniel Whitford and Indonesian President Agus Hartono signed a "
                         "treaty. Hartono hosted Whitford in Jakarta. Whitford spoke. Cattle exports grew. Indonesian "
                         "Foreign Minister Sari Kusumawati said Hartono's government was neutral. The two leaders urged "
                         "Myanmar to halt airstrikes and said they supported talks. They also met students.");
    CHECK(actor_of(a, "The two leaders") == "agus-hartono+daniel-whitford");
    // a plural pronoun after the pair's description opening its sentence, or the sentence before
    CHECK(actor_of(a, "they") == "agus-hartono+daniel-whitford");
    CHECK(actor_of(a, "They") == "agus-hartono+daniel-whitford");
    // "the two" alone may be ministers
    Analysis b = analyse("Philippine Defence Secretary Gilberto Teodoro will meet his Japanese counterpart Shinjiro "
                         "Koizumi in Tokyo, where the two are expected to sign an agreement.");
    CHECK(actor_of(b, "the two") == "shinjiro-koizumi+gilberto-teodoro");
  }
  SECTION("'both sides' after a pair's description in the same sentence is that pair, not the names between") {
    Analysis a = analyse("Ethiopia and Eritrea resumed talks in Doha. Qatari minister Mohammed Al-Khulaifi said the two "
                         "countries would discuss an exchange overseen by the International Committee of the Red Cross "
                         "that both sides agreed to in July.");
    CHECK(actor_of(a, "the two countries") == "ethiopia+eritrea");
    CHECK(actor_of(a, "both sides") == "ethiopia+eritrea");
  }
  SECTION("a description opening its sentence takes the sentence before's subject over a name in a phrase after it") {
    Analysis a = analyse("The Abu Sayyaf has been reduced to a few fighters after years of offensives by the Armed Forces of "
                         "the Philippines, the military said. The group pledged allegiance to the Islamic State in 2014. "
                         "Kenya hosted talks with the Somali National Army. Officials said the group would meet again.");
    CHECK(actor_of(a, "The group") == "abu-sayyaf");
  }
  SECTION("the doer of a mediating infinitive ('offers by X to mediate between the two countries') is no member of the pair") {
    Analysis a = analyse("India on Monday rejected offers by U.S. President Donald Trump to mediate between the two "
                         "countries after a flare-up with Pakistan over Kashmir.");
    CHECK(actor_of(a, "the two countries") == "india+pakistan");
  }
  SECTION("a state's body named after its possessive is named by the state's demonym: one node for both forms") {
    Analysis a = analyse("Armenia's Defence Ministry denied the report. Armenian Defence Ministry spokeswoman Anahit "
                         "Petrosyan said so. Azerbaijan's Defence Ministry disagreed.");
    CHECK(actor_of(a, "Defence Ministry") == "armenian-defence-ministry");
    CHECK(actor_of(a, "Armenian Defence Ministry") == "armenian-defence-ministry");
    CHECK(actor_of(a, "Defence Ministry", 1) == "azerbaijani-defence-ministry");
  }
  SECTION("a title after a possessive state with no name after it is that state's office holder") {
    Analysis a = analyse("Chinese Foreign Minister Wang Yi arrived in Tokyo. It was the first trip to Japan by Beijing's "
                         "top diplomat in two years. Israel's envoy Amir Golan spoke. Russia's envoy disagreed. Iran's "
                         "envoy to the IAEA, Mohsen Karimi, objected.");
    CHECK(actor_of(a, "top diplomat") == "wang-yi");
    // (an office holder tied to another state is not meant; with none, the state stands for its official)
    CHECK(actor_of(a, "envoy") == "russia");
    // (a name after the title, or after its beat, is the holder's own: no description)
    CHECK(actor_of(a, "envoy", 1) == "(no mention)");
  }
  SECTION("a demonym in a name after a title is a surname, and alone as a noun it is that person") {
    Analysis a = analyse("Romanian Defence Minister Ionut Moldovan said so. Turkish Defence Minister Hakan Ozdemir met "
                         "Moldovan on the sidelines. Moldovan officials disagreed.");
    CHECK(actor_of(a, "Ionut Moldovan") == "ionut-moldovan");
    CHECK(actor_of(a, "Moldovan") == "ionut-moldovan");
    CHECK(actor_of(a, "Moldovan", 1) == "moldova");
  }
  SECTION("'the two delegations' are the pair coordinated before, determiners and all") {
    Analysis a = analyse("Negotiators for the Democratic Republic of the Congo and the M23 signed a deal in Doha on "
                         "Saturday. The two delegations were hosted by Qatar.");
    CHECK(actor_of(a, "The two delegations") == "democratic-republic-of-the-congo+m23");
  }
  SECTION("'the two' alone before a verb is the last two people named; 'the two states' stays a group") {
    Analysis a = analyse("Angola and Brazil signed a deal. Luiz Inacio Lula da Silva met Cyril Ramaphosa in Pretoria. "
                         "Before the two held talks, they toured a factory. The two states gained independence.");
    CHECK(actor_of(a, "the two") == "cyril-ramaphosa+luiz-inacio-lula-da-silva");
    CHECK(actor_of(a, "The two states") == "angola+brazil");
  }
  SECTION("a first-person pronoun inside a quotation is its speaker") {
    Analysis a = analyse("Talks End\n\n\"I thank Qatar for its help,\" Volodymyr Zelensky wrote on Monday. \"We will "
                         "return,\" said Khawaja Asif. Emmanuel Macron told reporters: \"My door is open.\" \"You "
                         "know it,\" Macron said. We disagree.");
    CHECK(actor_of(a, "I") == "volodymyr-zelensky");
    CHECK(actor_of(a, "We", 0) == "khawaja-asif");
    CHECK(actor_of(a, "My") == "emmanuel-macron");
    CHECK(actor_of(a, "You") == "");
    CHECK(actor_of(a, "We", 1) == "");
  }
  SECTION("a surname resolves to the full name, before or after it") {
    Analysis a = analyse("Putin Arrives\n\nPresident Vladimir Putin landed. Putin smiled.");
    CHECK(actor_of(a, "Putin", 0) == "vladimir-putin");
    CHECK(actor_of(a, "Putin", 1) == "vladimir-putin");
  }
  SECTION("names joined by 'and' before a lower-case 'party' are one organization; its acronym follows 'party'") {
    Analysis a = analyse("Ana Funes of the governing Liberty and Refoundation party (Libre) led. Libre won. Poland's "
                         "Law and Justice party (PiS) won.");
    CHECK(actor_of(a, "Liberty and Refoundation") == "liberty-and-refoundation");
    CHECK(actor_of(a, "Libre", 0) == "liberty-and-refoundation");
    CHECK(actor_of(a, "Libre", 1) == "liberty-and-refoundation");
    CHECK(actor_of(a, "Law and Justice") == "law-and-justice");
    CHECK(actor_of(a, "PiS") == "law-and-justice");
    CHECK(actor_of(a, "Poland") == "poland");
  }
  SECTION("a word of an event's name is not the event; a word of a company's name is the company") {
    Analysis a = analyse("The French returned to Tonkara. The Tonkara War lasted years. Goldwell Sachs Group lent "
                         "money and Goldwell said so.");
    CHECK(actor_of(a, "Tonkara") == "");
    CHECK(actor_of(a, "Tonkara War") == "tonkara-war");
    CHECK(actor_of(a, "Goldwell") == "goldwell-sachs-group");
  }
  SECTION("a word of a known organization's name is that organization") {
    Analysis a = analyse("The U.S. Treasury sanctioned four firms. Dana Whitfield, the Treasury's under secretary, "
                         "said so.");
    CHECK(actor_of(a, "Treasury") == "treasury-department");
  }
  SECTION("a possessive after a preposition of reason is the name before it, else the subject") {
    Analysis a = analyse("The EU imposed sanctions on Iran over its support for Russia. Japan thanked Kenya for its "
                         "help. Japan raised its tariffs on Kenya.");
    CHECK(actor_of(a, "its", 0) == "iran");
    CHECK(actor_of(a, "its", 1) == "kenya");
    CHECK(actor_of(a, "its", 2) == "japan");
  }
  SECTION("names with particles, hyphenated or not, and their surnames") {
    Analysis a = analyse("General Abdel Fattah al-Burhan met Ahmed al-Sharaa and Jan van Dijk. Later Burhan said "
                         "al-Sharaa and Van Dijk had left.");
    CHECK(actor_of(a, "Abdel Fattah al-Burhan") == "abdel-fattah-al-burhan");
    CHECK(actor_of(a, "Ahmed al-Sharaa") == "ahmed-al-sharaa");
    CHECK(actor_of(a, "Jan van Dijk") == "jan-van-dijk");
    CHECK(actor_of(a, "Burhan") == "abdel-fattah-al-burhan");
    CHECK(actor_of(a, "Sharaa") == "ahmed-al-sharaa");
  }
  SECTION("a pair joined past an acronym and adjectives; the sides stay the sides; 'officials on both sides'") {
    Analysis a = analyse("Talks between the Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF), "
                         "brokered by Qatar, stalled after the two sides traded blame. Egypt met Sudan's envoy and the "
                         "SAF negotiators. The United States urged both sides to agree.");
    const std::string pair = actor_of(a, "the two sides");
    CHECK((pair == "sudanese-armed-forces+rapid-support-forces" || pair == "rapid-support-forces+sudanese-armed-forces"));
    CHECK(actor_of(a, "both sides") == pair);
    Analysis b = analyse("Russia and Ukraine each freed 90 prisoners in a swap brokered by the UAE, officials on both "
                         "sides said.");
    const std::string sides = actor_of(b, "both sides");
    CHECK((sides == "russia+ukraine" || sides == "ukraine+russia"));
  }
  SECTION("a later 'both sides' is the pair an earlier one named; a go-between's coordinated subject is no side") {
    Analysis a = analyse("Pakistan closed the border with Afghanistan. Trucks were stranded on both sides. Kabul "
                         "turned to Iran, and Uzbekistan signed a deal with Kabul. Qatar and Turkey, which brokered a "
                         "ceasefire between the two sides last year, urged both governments to talk.");
    CHECK(actor_of(a, "the two sides") == actor_of(a, "both sides"));
    CHECK(actor_of(a, "both governments") == actor_of(a, "both sides"));
    const std::string pair = actor_of(a, "both sides");
    CHECK((pair == "afghanistan+pakistan" || pair == "pakistan+afghanistan"));
  }
  SECTION("a quoted nickname inside a name is no part of its label or keys") {
    Analysis a = analyse("Former President Jorge \"Tuto\" Quiroga spoke. Quiroga left.");
    CHECK(actor_of(a, "Jorge \"Tuto\" Quiroga") == "jorge-quiroga");
    CHECK(actor_of(a, "Quiroga") == "jorge-quiroga");
    REQUIRE(!a.actors.actors.empty());
    CHECK(a.actors.actors.front().label == "Jorge Quiroga");
  }
  SECTION("'the junta' is the state the story gave a junta or a military, not the nearest state") {
    Analysis a = analyse("Mali's military government expelled France's ambassador. Denmark's special forces left after "
                         "the junta demanded their departure. Japan urged the military authorities to free him.");
    CHECK(actor_of(a, "the junta") == "mali");
    CHECK(actor_of(a, "the military authorities") == "mali");
    // (the state named most often with its military)
    Analysis b = analyse("Niger junta quits accord\n\nRussia's military advisers arrived. Niger's junta said so. Algeria "
                         "offered to mediate, but the junta rejected it.");
    CHECK(actor_of(b, "the junta") == "niger");
  }
  SECTION("'the kingdom', 'the sultanate': the nearest state whose official name has the noun") {
    Analysis a = analyse("Oman's envoy flew to Tehran. Iran said the sultanate had helped.");
    CHECK(actor_of(a, "the sultanate") == "oman");
    Analysis b = analyse("Jordan's envoy flew to Tehran. Iran said the country had helped.");
    CHECK(actor_of(b, "the country") == "iran");
  }
  SECTION("'the government' is the state the story is about, or nothing") {
    Analysis a = analyse("Germany signed a deal. Germany said so. Germany agreed. Kenya hosted it. Activists accused "
                         "the government of locking in imports.");
    CHECK(actor_of(a, "the government") == "germany");
    Analysis b = analyse("Kenya hosted talks. South Sudan came. Cirillo accused the government of arrests.");
    CHECK(actor_of(b, "the government") == "");
    // else the dateline's state, else the state the headline opens with, a demonym before it in its
    // sentence first
    Analysis c = analyse("ACCRA, May 2 - Kenya hosted talks with Togo. South Sudan came. Cirillo accused the government "
                         "of arrests.");
    CHECK(actor_of(c, "the government") == "ghana");
    Analysis d = analyse("Peru sanctions Chilean officers\n\nKenya hosted talks with Togo. South Sudan came. Cirillo "
                         "accused the government of arrests.");
    CHECK(actor_of(d, "the government") == "peru");
    Analysis e = analyse("ACCRA, May 2 - Kenya hosted talks with Togo. South Sudan came. Ugandan Foreign Minister Abel "
                         "Okello said the government would act.");
    CHECK(actor_of(e, "the government") == "uganda");
    // (a dateline closed by a colon or a dash; a headline opening with two states names neither)
    Analysis f = analyse("India, Peru sign pacts\n\nCOLOMBO: Kenya hosted talks with Togo. South Sudan came. Cirillo "
                         "accused the government of arrests.");
    CHECK(actor_of(f, "the government") == "sri-lanka");
    Analysis g = analyse("India, Peru sign pacts\n\nKenya hosted talks with Togo. South Sudan came. Cirillo accused the "
                         "government of arrests.");
    CHECK(actor_of(g, "the government") == "");
    // (the headline's state before a correspondent's dateline; a headline's state with a non-state partner)
    Analysis h = analyse("Peru, rebels sign truce\n\nNAIROBI, May 2 - Kenya hosted talks with Togo. South Sudan came. "
                         "Cirillo accused the government of arrests.");
    CHECK(actor_of(h, "the government") == "peru");
  }
  SECTION("'the president' in a sentence naming the people of one state: that state's office holder") {
    Analysis a = analyse("Kenyan President Daniel Mwangi arrived in Berlin. German President Anna Weber hosted a "
                         "banquet. Kenyan government spokesman Peter Otieno said the president would fly home on Friday.");
    CHECK(actor_of(a, "the president") == "daniel-mwangi");
    Analysis b = analyse("Kenyan President Daniel Mwangi arrived in Berlin. German President Anna Weber received the "
                         "visiting president at her palace.");
    CHECK(actor_of(b, "the visiting president") == "daniel-mwangi");
  }
  SECTION("'the fund' is an organization whose name has that word, before the organization named last") {
    Analysis a = analyse("The International Monetary Fund approved a loan. Malawi welcomed it. The Malawi Congress Party "
                         "objected. Later the fund said reforms had stalled.");
    CHECK(actor_of(a, "the fund") == "international-monetary-fund");
  }
  SECTION("religious adjectives make no name") {
    Analysis a = analyse("Sunni Muslim clerics met. Muslim groups criticized Kenya.");
    CHECK(actor_of(a, "Sunni Muslim") == "(no mention)");
    CHECK(actor_of(a, "Muslim") == "(no mention)");
  }
  SECTION("people sharing a surname stay apart; the nearest one is meant") {
    Analysis a = analyse("Senator Hunter Biden spoke. President Joe Biden left. Biden waved.");
    CHECK(actor_of(a, "Biden") == "joe-biden");
  }
  SECTION("metonyms and demonyms resolve to the state") {
    Analysis a = analyse("Moscow said Russian troops left. The Kremlin agreed.");
    CHECK(actor_of(a, "Moscow") == "russia");
    CHECK(actor_of(a, "Russian") == "russia");
    CHECK(actor_of(a, "Kremlin") == "russia");
  }
  SECTION("an ambiguous capital takes the state the text names") {
    Analysis a = analyse("The Soviet Union protested. Moscow said so.");
    CHECK(actor_of(a, "Moscow") == "soviet-union");
  }
  SECTION("pronouns take the subject, not a name inside a prepositional phrase") {
    Analysis a = analyse("After talks with President Emmanuel Macron, Chancellor Olaf Scholz said he was pleased.");
    CHECK(actor_of(a, "he") == "olaf-scholz");
  }
  SECTION("a possessive in a fronted phrase points forward past the subject's demonym") {
    Analysis a = analyse("Lula met Xi. During his visit to Kenya, German Chancellor Olaf Scholz met President William Ruto.");
    CHECK(actor_of(a, "his") == "olaf-scholz");
  }
  SECTION("a possessive after 'and' is the person just before it, not a name after it") {
    Analysis a = analyse("Chancellor Olaf Scholz met President Emmanuel Macron and his foreign minister, Jean Roux, in Paris.");
    CHECK(actor_of(a, "his") == "emmanuel-macron");
    Analysis b = analyse("Scholz held talks with President Emmanuel Macron and his adviser, Jean Roux.");
    CHECK(actor_of(b, "his") == "emmanuel-macron");
  }
  SECTION("'the Ukrainian president' is no untied president of the story's own state; 'the president' is") {
    Analysis a = analyse("WASHINGTON (AP) - President Donald Trump spoke on Monday. An aide to the Ukrainian president met "
                         "U.S. officials. Ukrainian President Volodymyr Zelenskiy spoke. Zelenskiy called Trump. Critics "
                         "said the president had lied.");
    CHECK(actor_of(a, "president") == "ukraine");  // "the Ukrainian president", before Zelenskiy is named
    CHECK(actor_of(a, "the president") == "donald-trump");
  }
  SECTION("'the Lukashenko regime' and 'the Trump administration' are the state the person leads") {
    Analysis a = analyse("Belarusian President Alexander Lukashenko denied it. Lithuania will not talk to the Lukashenko regime.");
    CHECK(actor_of(a, "Lukashenko") == "belarus");
    Analysis b = analyse("WASHINGTON (AP) - Senators criticised the Trump administration's decision. President Donald Trump "
                         "defended it.");
    CHECK(actor_of(b, "Trump") == "united-states");
    CHECK(actor_of(b, "Donald Trump") == "donald-trump");
  }
  SECTION("'the alliance' is an organization one of whose names has that word, before the nearest") {
    Analysis a = analyse("Lithuania, a member of both NATO and the EU, has asked the alliance to help.");
    CHECK(actor_of(a, "the alliance") == "nato");
  }
  SECTION("'the bloc' is the nearest organization the lexicon says is one, not just the nearest") {
    Analysis a = analyse("The European Union agreed new sanctions. The package, drafted by the European Commission, "
                         "targets Belarus, which the bloc accuses of helping Russia.");
    CHECK(actor_of(a, "the bloc") == "european-union");
  }
  SECTION("it and its take a state or organization") {
    Analysis a = analyse("Since Moscow began its campaign, it has lost ground.");
    CHECK(actor_of(a, "its") == "russia");
    // the owner of a named organization is not the one "its" stands for; a person's owner still is
    Analysis b = analyse("Chile's National Farmers Council criticised the plan. Its president, Rosa Vidal, spoke. "
                         "Mr Lagos's China trip ended. He will meet Wang Yi.");
    CHECK(actor_of(b, "Its") == "national-farmers-council");
    CHECK(actor_of(b, "He") == "lagos");
  }
  SECTION("they after a coordination takes both") {
    Analysis a = analyse("Chancellor Olaf Scholz and President Emmanuel Macron said they would meet.");
    CHECK(actor_of(a, "they") == "olaf-scholz+emmanuel-macron");
  }
  SECTION("one state under its many names") {
    Analysis a = analyse("The US and the U.S. Congress disagreed. The United States, Washington and the Americans agreed.");
    for (const char* name : {"US", "United States", "Washington", "Americans"}) {
      INFO(name);
      CHECK(actor_of(a, name) == "united-states");
    }
  }
  SECTION("titles alone are not actors") {
    Analysis a = analyse("The President met the Prime Minister. President said nothing.");
    for (const auto& actor : a.actors.actors) CHECK(actor.type != ActorType::person);
  }
  SECTION("an acronym in parentheses is an alias") {
    Analysis a = analyse("The Global Peace Institute (GPI) said the GPI agreed.");
    CHECK(actor_of(a, "GPI") == "global-peace-institute");
  }
  SECTION("an inner word or the last words of a long person's name name that person") {
    Analysis a = analyse("President Jose Carlos Mena da Costa arrived. Mena met reporters. Later Mena da Costa left.");
    CHECK(actor_of(a, "Mena") == "jose-carlos-mena-da-costa");
    CHECK(actor_of(a, "Mena da Costa") == "jose-carlos-mena-da-costa");
  }
  SECTION("an acronym in parentheses after a state names it only if it starts with its initial") {
    Analysis a = analyse("Troops of the Joint Force in Somalia (JFS) and the Democratic Republic of the Congo (DRC) met. "
                         "JFS and DRC agreed.");
    CHECK(actor_of(a, "DRC", 1) == "democratic-republic-of-the-congo");
    CHECK(actor_of(a, "JFS", 1) != "somalia");
    Analysis b = analyse("Soldiers were deployed in Somalia (AMIS) last year. AMIS left.");
    CHECK(actor_of(b, "AMIS", 1) != "somalia");
  }
  SECTION("a road number in parentheses is no alias of the place before it") {
    Analysis a = analyse("The convoy drove along the Baghdad-Damascus (M4) highway. Syria said M4 was shut.");
    for (const auto& actor : a.actors.actors)
      for (const auto& alias : actor.aliases) CHECK(alias != "M4");
  }
  SECTION("the president resolves to the person holding that title") {
    Analysis a = analyse("President Lula da Silva met reporters. Later the president left.");
    CHECK(actor_of(a, "the president") == actor_of(a, "Lula da Silva"));
  }
  SECTION("the minister resolves to a foreign or defence minister, not to a prime minister") {
    Analysis a = analyse("Kenyan Foreign Minister Musalia Mudavadi arrived in Cairo. Prime Minister Mostafa Madbouly "
                         "spoke. The minister then left for Tunis.");
    CHECK(actor_of(a, "The minister") == actor_of(a, "Musalia Mudavadi"));
  }
  SECTION("the kingdom or the country opening an official's reported words is the official's state") {
    Analysis a = analyse("Sudan's army walked out. Saudi Foreign Minister Faisal bin Farhan said the kingdom regretted "
                         "the walkout. The pact was signed in Indonesia by Australian Attorney-General Michelle "
                         "Carrington, who is on a visit to the country.");
    CHECK(actor_of(a, "the kingdom") == "saudi-arabia");
    CHECK(actor_of(a, "the country") == "indonesia");
  }
  SECTION("the outlet a speaker talks to is no antecedent of 'it' or 'the group'") {
    Analysis a = analyse("Hamas freed two hostages on Monday. Egyptian official Ahmed Saleh told Reuters the talks went "
                         "well. It said Israel must withdraw. The group also thanked Qatar.");
    CHECK(actor_of(a, "It") == "hamas");
    CHECK(actor_of(a, "The group") == "hamas");
  }
  SECTION("'we' in a quotation is the state whose body is named as its speaker") {
    Analysis a = analyse("\"We have asked Kabul to act,\" Pakistan's foreign ministry said. \"We are ready,\" the "
                         "Chinese defence ministry said.");
    CHECK(actor_of(a, "We") == "pakistan");
    CHECK(actor_of(a, "We", 1) == "china");
  }
  SECTION("a later mention typed an organization by a cue retypes a name guessed to be a person") {
    Analysis a = analyse("The duties hit Xinyuan Solar Glass and others. \"We are fair,\" Xinyuan's chief executive, "
                         "Lu Weiming, said.");
    CHECK(has_actor(a, "xinyuan-solar-glass", ActorType::organization));
    CHECK(actor_of(a, "Xinyuan") == "xinyuan-solar-glass");
  }
  SECTION("'the two' before a region's name and a group word is the pair named before") {
    Analysis a = analyse("Somalia and Ethiopia quarrelled. Kenyan President William Ruto has offered to mediate between "
                         "the two Horn of Africa neighbours.");
    CHECK(actor_of(a, "the two Horn of Africa neighbours") == "somalia+ethiopia");
  }
  SECTION("a place inside a compound adjective names no body with its name") {
    Analysis a = analyse("The Lagos Chamber of Commerce met. Westline Logistics, a Lagos-based freight company, signed.");
    CHECK(actor_of(a, "Lagos") == "lagos");
  }
  SECTION("'it' between a verb of urging and 'to' is its object, not the verb's subject") {
    Analysis a = analyse("Poland wrote to the European Commission, urging it to act against Hungary. Chile said it "
                         "would vote.");
    CHECK(actor_of(a, "it") == "european-commission");
    CHECK(actor_of(a, "it", 1) == "chile");
    // (so is "it" between a participle and a charge's "of" or "for"; not a subject "It accused")
    Analysis b = analyse("The U.S. Treasury imposed sanctions on Kyrgyzstan's Keremet Bank, accusing it of helping "
                         "Russia. The EU fined Google, blaming it for abuses. NATO is concerned. It accused Russia of attacks.");
    CHECK(actor_of(b, "it") == "keremet-bank");
    CHECK(actor_of(b, "it", 1) == "google");
    CHECK(actor_of(b, "It") == "nato");
  }
  SECTION("a possessive description takes the organization opening the sentence before") {
    Analysis a = analyse("The Karen National Union said the group would fight on. The group seized a town. Human Rights "
                         "Watch criticised Thailand. \"Aid is a weapon,\" said Meredith Kaine, the group's Asia director.");
    CHECK(actor_of(a, "the group", 1) == "human-rights-watch");
    CHECK(actor_of(a, "The group") == "karen-national-union");
  }
}
