// The regression collection: one short sentence per construction, written for these tests,
// each with the relations it must give and those it must not.
#include "relgraph/pipeline.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace relgraph;

namespace {

using test_support::lexicon;

struct Case {
  const char* text;
  std::vector<const char*> must;     // "source relation target", asserted
  std::vector<const char*> must_not; // never asserted
  std::vector<const char*> negated = {};
};

std::string key(const Fact& f) {
  std::string s = f.source, t = f.target;
  if (is_symmetric(f.relation) && t < s) std::swap(s, t);
  return s + " " + f.relation + " " + t;
}

std::string norm_key(const std::string& k) {
  auto a = k.find(' '), b = k.rfind(' ');
  std::string s = k.substr(0, a), r = k.substr(a + 1, b - a - 1), t = k.substr(b + 1);
  if (is_symmetric(r) && t < s) std::swap(s, t);
  return s + " " + r + " " + t;
}

void check(const Case& c, const PipelineOptions& options) {
  Extraction e = extract_document(c.text, DocumentInfo{"t", "", "", ""}, lexicon(), options);
  std::set<std::string> asserted, denied;
  for (const Fact& f : e.facts) (f.negated ? denied : asserted).insert(key(f));
  INFO("text: " << c.text);
  std::string got;
  for (auto& k : asserted) got += "[" + k + "] ";
  INFO("asserted: " << got);
  for (const char* m : c.must) CHECK(asserted.count(norm_key(m)) == 1);
  for (const char* m : c.must_not) CHECK(asserted.count(norm_key(m)) == 0);
  for (const char* m : c.negated) CHECK(denied.count(norm_key(m)) == 1);
}

} // namespace

TEST_CASE("relations::extract_relations cue patterns") {
  const std::vector<Case> cases = {
      // subject - verb - object, with the object's preposition
      {"German Chancellor Olaf Scholz met with French President Emmanuel Macron in Paris on Friday.",
       {"olaf-scholz meets emmanuel-macron", "olaf-scholz affiliated_with germany", "emmanuel-macron affiliated_with france"},
       {"germany meets france"}},
      {"Egypt hosted Jordan's King Abdullah on Sunday.", {"egypt hosts abdullah", "abdullah affiliated_with jordan"}, {}},
      {"Japan urged North Korea to halt its missile tests.", {"japan urges north-korea"}, {}},
      {"India criticised Pakistan over the border incident.", {"india opposes pakistan"}, {}},
      {"Turkey threatened Greece with sanctions.", {"turkey threatens greece"}, {}},
      {"Qatar backed Hamas.", {"qatar supports hamas"}, {}},
      {"Brazil exported soybeans to China last year.", {"brazil trades_with china"}, {}},
      // nominal cues
      {"Talks between Armenia and Azerbaijan resumed in Geneva.", {"armenia meets azerbaijan"}, {}},
      {"The war between Ethiopia and Eritrea ended in 2000.", {"ethiopia fights eritrea"}, {}},
      {"Iraq's invasion of Kuwait shocked the region.", {"iraq attacks kuwait"}, {}},
      {"Prime Minister Mark Rutte paid a visit to Kenya.", {"mark-rutte visits kenya"}, {}},
      {"Norway brokered a deal between Colombia and the FARC.", {"norway mediates colombia"}, {}},
      {"Canada is America's largest trading partner.", {"canada trades_with united-states"}, {}},
      // membership: through a copula or an apposition only
      {"Kazakhstan is also a member of the Eurasian Economic Union.", {"kazakhstan affiliated_with eurasian-economic-union"}, {}},
      {"Norway, a founding member of NATO, agreed.", {"norway affiliated_with nato"}, {}},
      {"The mission was headed by Spanish member of the European Parliament Lucia Arrieta.", {},
       {"spain affiliated_with european-parliament"}},
      {"There are hundreds of al-Qaeda members in Iraq.", {}, {"al-qaeda affiliated_with iraq"}},
      {"Finland joined NATO in 2023. Sweden, which joined the alliance last year, agreed.",
       {"finland affiliated_with nato", "sweden affiliated_with nato"}, {}},
      {"Ghana joined Nigeria in condemning the coup.", {}, {"ghana affiliated_with nigeria"}},
      {"Serbia, a candidate to join the European Union, agreed. Ukraine will join NATO.", {},
       {"serbia affiliated_with european-union", "ukraine affiliated_with nato"}},
      {"Georgia has not joined NATO.", {}, {"georgia affiliated_with nato"}, {"georgia affiliated_with nato"}},
      // the person leading a delegation belongs to where it comes from
      {"Uzbekistan hosted a Taliban delegation led by Deputy Prime Minister Abdul Ghani Baradar in Termez.",
       {"abdul-ghani-baradar affiliated_with taliban"}, {"abdul-ghani-baradar affiliated_with uzbekistan"}},
      {"Iran's delegation was led by Foreign Minister Abbas Araghchi, while the U.S. side was headed by Steve Witkoff.",
       {"abbas-araghchi affiliated_with iran", "steve-witkoff affiliated_with united-states"}, {}},
      {"The talks were led by Ana Lima.", {}, {}},
      // a known name before "and" stands alone; a meeting hosted by X: X hosts those who met
      {"Israeli and Palestinian Authority officials held direct talks in Bahrain on Sunday, at a meeting hosted by "
       "Bahraini Foreign Minister Abdullatif al-Zayani.",
       {"israel meets palestinian-authority", "abdullatif-al-zayani hosts israel",
        "abdullatif-al-zayani hosts palestinian-authority"},
       {"israeli-and-palestinian-authority meets bahrain"}},
      // officials of something stand for it after a verb too
      {"Chinese special envoy Deng Xijun had met leaders of the Arakan Army in Kunming.",
       {"deng-xijun meets arakan-army"}, {}},
      {"Egyptian Foreign Minister Badr Abdelatty met representatives of Hamas and Fatah in Cairo.",
       {"badr-abdelatty meets hamas", "badr-abdelatty meets fatah"}, {}},
      // a headline's comma joins its subjects; deepening ties needs no object
      {"Japan, Indonesia upgrade ties as leaders meet\n\nTOKYO (Reuters) - The talks went well.",
       {"indonesia cooperates_with japan"}, {}},
      {"Turkey and Azerbaijan deepened ties. Japan held joint exercises with the Philippines.",
       {"turkey cooperates_with azerbaijan", "japan cooperates_with philippines"}, {}},
      // an infinitive after a possessed act is the possessor's, and a plan; a demand states only a wish;
      // an invitation's possessor is not the one who goes
      {"Japan welcomed Kenya's plan to visit China. Denmark's Prime Minister Mette Frederiksen rejected Donald Trump's "
       "demand to buy Greenland. Baumann accepted Ana Lima's invitation to visit Kenya.",
       {"kenya visits china"},
       {"japan visits china", "mette-frederiksen trades_with greenland", "donald-trump trades_with greenland",
        "ana-lima visits kenya"}},
      // condemning an act done "by X" opposes X
      {"China condemned the decision by Lithuania to allow a representative office in Vilnius.",
       {"china opposes lithuania"}, {}},
      // welcoming an act supports its author and hosts no one; welcoming a guest hosts them
      {"Egypt welcomed the Israeli decision. Iran welcomed Ana Lima's release. Kenya welcomed Ethiopian Prime Minister "
       "Abiy Ahmed.",
       {"egypt supports israel", "iran supports ana-lima", "kenya hosts abiy-ahmed"}, {"egypt hosts israel"}},
      // carrying messages or shuttling between two sides mediates; an absolute clause's own subject acts
      {"Iranian and U.S. negotiators held indirect talks in Muscat, with Omani Foreign Minister Badr Albusaidi carrying "
       "messages between the two delegations.",
       {"badr-albusaidi mediates iran", "badr-albusaidi mediates united-states"},
       {"iran mediates united-states", "united-states mediates badr-albusaidi"}},
      // a relative clause after an apposition belongs to the name the apposition describes
      {"The plan was praised by Cindy McCain, the WFP's executive director, who visited refugee camps in eastern Chad.",
       {"cindy-mccain visits chad"}, {}},
      // a one-word name before a plural word for fighters names their group; "the rebels of X" stand for X
      {"M23 fighters seized Goma. Kenya brokered a ceasefire between South Sudan and the rebels of the National "
       "Salvation Front.",
       {"kenya mediates south-sudan", "kenya mediates national-salvation-front"}, {}},
      {"Rwanda has repeatedly denied arming M23 rebels.", {}, {"rwanda opposes m23", "rwanda supports m23"}},
      {"Serbia ordered 12 Rafale fighter jets from France.", {"serbia trades_with france"}, {}},
      // cutting ties opposes; a settlement or a memorandum of understanding is cooperation
      {"Mexico cut diplomatic ties with Ecuador after police raided its embassy.", {"mexico opposes ecuador"},
       {"mexico cooperates_with ecuador"}},
      {"Senegal reached a settlement with BP. The memorandum of understanding between Kenya and Indonesia covers tea.",
       {"senegal cooperates_with bp", "indonesia cooperates_with kenya"}, {}},
      {"Senegal signed a deal with London-based BP.", {"senegal cooperates_with bp"}, {"senegal cooperates_with united-kingdom"}},
      {"Japan will provide patrol boats to the Philippines.", {"japan supports philippines"}, {}},
      {"Rubio said Washington remained committed to NATO.", {"united-states supports nato"}, {}},
      // a "whose" clause's own subject acts
      {"The Maldives, whose President Mohamed Muizzu visited China in January, has let survey ships call.",
       {"mohamed-muizzu visits china", "mohamed-muizzu affiliated_with maldives"}, {"maldives visits china"}},
      {"The talks, which were hosted by Kenyan President William Ruto in Nairobi, were the first direct negotiations "
       "between Ethiopia and Eritrea since July.",
       {"william-ruto hosts ethiopia", "william-ruto hosts eritrea", "ethiopia meets eritrea"}, {}},
      // a measure's "of" is inside the noun phrase
      {"Japanese Trade Minister Kenji Morimoto and his South Korean counterpart, Park Ji-hoon, held four hours of "
       "talks at the ministry.",
       {"kenji-morimoto meets park-ji-hoon"}, {}},
      {"Armenia and Azerbaijan held a second round of talks in Geneva.", {"armenia meets azerbaijan"}, {}},
      // "X and his foreign minister, Y": Y serves X's state and is met too; a counterpart serves another
      {"Kenyan President William Ruto met Ugandan President Yoweri Museveni and his defence minister, Jacob Oboth, "
       "in Kampala.",
       {"jacob-oboth affiliated_with uganda", "william-ruto meets jacob-oboth", "william-ruto meets yoweri-museveni"},
       {"jacob-oboth affiliated_with kenya"}},
      {"Ugandan President Yoweri Museveni and his counterpart, Samia Suluhu Hassan, opened the pipeline.", {},
       {"samia-suluhu-hassan affiliated_with uganda"}},
      // a leader past titles; a person's own named organization; an agency named without a comma
      {"The Green Alliance, led by former prime minister Ilse Brandt, left the coalition.",
       {"ilse-brandt affiliated_with green-alliance"}, {}},
      {"Chancellor Ilse Brandt spoke. Brandt's Green Alliance won the vote.", {"ilse-brandt affiliated_with green-alliance"}, {}},
      {"The U.N. food agency WFP said aid had stopped.", {"world-food-programme affiliated_with united-nations"}, {}},
      // working for an organization, advising a state's officer, seizing power in a state
      {"Lena Vogt, who worked for the charity Medair, was released.", {"lena-vogt affiliated_with medair"}, {}},
      {"Omar Saleh, adviser to the Sudanese president, met Egyptian officials.", {"omar-saleh affiliated_with sudan"}, {}},
      {"Omar Saleh, adviser to the Sudanese delegation, spoke.", {}, {"omar-saleh affiliated_with sudan"}},
      {"General Ali Moussa, who seized power in Chad in May, met Sudanese officials.", {"ali-moussa affiliated_with chad"}, {}},
      // a rival past the titles in apposition; a judged act's coordinated judges; a claim's author after "by"
      {"President William Ruto defeated his rival, former prime minister Raila Odinga, in the run-off.",
       {"william-ruto opposes raila-odinga"}, {}},
      {"Serbia recognised the vote, a step that Croatia and the European Union condemned.",
       {"croatia opposes serbia", "european-union opposes serbia"}, {}},
      {"Ghana rejected the appeal by Togo.", {"ghana opposes togo"}, {}},
      {"Ghana rejected claims by Togo's police.", {}, {"ghana opposes togo"}},
      // calling for a person's release backs them; what is sent may be "a team of" something; the
      // officer named after a possessor's title is the one thanked
      {"Chilean President Gabriel Boric called for the release of opposition leader Maria Corina Machado.",
       {"gabriel-boric supports maria-corina-machado"}, {}},
      {"Cuba sent a team of doctors to Haiti.", {"cuba supports haiti"}, {}},
      // fighting alongside one against another; a terrorist designation opposes, an ally's does not
      {"Eritrean troops fought alongside Ethiopia's federal army against the Tigray People's Liberation Front.",
       {"eritrea cooperates_with ethiopia", "eritrea fights tigray-peoples-liberation-front",
        "ethiopia fights tigray-peoples-liberation-front"},
       {}},
      {"The Viv Ansanm gang coalition, which Washington has designated a terrorist organization, denied the report.",
       {"united-states opposes viv-ansanm"}, {}},
      {"The United States designated Qatar a major non-NATO ally.", {}, {"united-states opposes qatar"}},
      // a second office in apposition to a person whose title gave the first
      {"OPEC President Rilwanu Lukman, Nigeria's oil minister, said members had agreed.",
       {"rilwanu-lukman affiliated_with nigeria", "rilwanu-lukman affiliated_with organization-of-the-petroleum-exporting-countries"},
       {}},
      {"PCB chairman Mohsin Naqvi, who is also Pakistan's interior minister, had insisted on it.",
       {"mohsin-naqvi affiliated_with pakistan"}, {}},
      // "his country" is the state of the person meant; a partner "of" the other party after a copula
      {"Timor-Leste's Prime Minister Xanana Gusmao thanked Indonesia, which championed his country's bid.",
       {"indonesia supports east-timor"}, {"indonesia supports xanana-gusmao"}},
      {"UAE Ambassador Yousef Al Otaiba said his country has been a reliable partner of the United States.",
       {"united-arab-emirates cooperates_with united-states"}, {}},
      {"China is a key partner of Pakistan.", {"china cooperates_with pakistan"}, {}},
      // inviting someone to act or to an event urges them (to come); being invited is no act of one's own
      {"Malaysia invited Brazil to join the curbs.", {"malaysia urges brazil"}, {}},
      {"Malaysia invited Brazil to the summit.", {"malaysia urges brazil"}, {"brazil urges malaysia"}},
      // a demonym before a descriptor before a name modifies the name; a state's owner is a company, not the state
      {"A factory was saved after Japanese engineering group Hokuriku Heavy Industries agreed to buy it from its US owner.",
       {}, {"japan trades_with united-states", "hokuriku-heavy-industries trades_with united-states"}},
      {"Japanese engineering group Hokuriku Heavy Industries agreed to buy the plant from Siemens.",
       {"hokuriku-heavy-industries trades_with siemens"}, {"japan trades_with siemens"}},
      // founding an organization makes its members; a relative clause past an age
      {"Mikkel Sondergaard, 41, who worked for the Danish Refugee Council, was arrested.",
       {"mikkel-sondergaard affiliated_with danish-refugee-council"}, {}},
      // branding someone a separatist, acting in protest against someone and closing a border oppose;
      // facilitating a deal mediates it; branding someone a hero does not oppose
      {"Beijing branded Taiwan's president a separatist.", {"china opposes taiwan"}, {}},
      {"Beijing branded businessman Jimmy Lai a hero.", {}, {"china opposes jimmy-lai"}},
      {"India boycotted the summit in protest against Pakistan.", {"india opposes pakistan"}, {}},
      {"Poland closed its border with Belarus after the migrant crisis.", {"poland opposes belarus"}, {}},
      {"Azerbaijan and Armenia exchanged prisoners in a deal facilitated by the United Arab Emirates.",
       {"united-arab-emirates mediates armenia", "united-arab-emirates mediates azerbaijan"}, {}},
      // meeting in one's own capital is no visit, also when an honorific hides the office from the role
      {"Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Hamas leader Ismail Haniyeh in Doha.",
       {"mohammed-bin-abdulrahman-al-thani meets ismail-haniyeh"}, {"mohammed-bin-abdulrahman-al-thani visits qatar"}},
      // an act named again with "the" is the one stated before: its actor is judged
      {"Britain announced sanctions on Russian officials. Moscow denounced the sanctions as illegal.",
       {"united-kingdom opposes russia", "russia opposes united-kingdom"}, {}},
      {"Britain announced sanctions on Russian officials. Moscow denounced the sanctions of the EU.", {},
       {"russia opposes united-kingdom"}},
      // talks in a state's seat named with its article visit the state
      {"Russian President Vladimir Putin and Chinese President Xi Jinping held talks in the Kremlin.",
       {"xi-jinping visits russia", "xi-jinping meets vladimir-putin"}, {"vladimir-putin visits russia"}},
      // a host's guest welcomed to a state's capital visits the state
      {"Kim Jong Un welcomed Russian President Vladimir Putin to Pyongyang on Wednesday.",
       {"kim-jong-un hosts vladimir-putin", "vladimir-putin visits north-korea"}, {}},
      // a companion after the object acts too
      {"Finland, which joined NATO together with Sweden after the invasion, took a harder line.",
       {"finland affiliated_with nato", "sweden affiliated_with nato"}, {"finland affiliated_with sweden"}},
      // meeting at a state's seat visits the state; vowing to destroy an actor is a future attack
      {"Jordan's King Abdullah met U.S. President Joe Biden at the White House.",
       {"abdullah visits united-states", "abdullah meets joe-biden"}, {}},
      {"Israel, which has vowed to destroy Hamas, did not send a delegation.", {"israel attacks hamas"}, {}},
      // "told reporters" then a name: the name opens what was told, it is not the one told
      {"Finance Minister Dilson Funaro told reporters Brazil had suspended payments.", {},
       {"dilson-funaro speaks_to brazil"}},
      {"Serbian President Aleksandar Vucic told state broadcaster RTS that Serbia would not.",
       {"aleksandar-vucic speaks_to rts"}, {}},
      // a demand reported past the one told
      {"Chinese Foreign Minister Wang Yi told Secretary of State Antony Blinken that Washington should stop interfering.",
       {"wang-yi urges united-states", "wang-yi speaks_to antony-blinken"},
       {"wang-yi urges antony-blinken", "antony-blinken affiliated_with china"}},
      // a cut by an amount is a reduction, not an end
      {"Japan will cut its car exports to the United States by 10 pct next year.", {"japan trades_with united-states"}, {}},
      {"Russia cut gas exports to Ukraine.", {}, {"russia trades_with ukraine"}},
      // the one angered opposes the one who angered it; pressure from an actor urges; police and
      // peacekeepers sent support
      {"Ethiopia signed a memorandum of understanding with Somaliland, angering Somalia.",
       {"somalia opposes ethiopia", "ethiopia cooperates_with somaliland"}, {"ethiopia opposes somalia"}},
      {"Prime Minister Benjamin Netanyahu faces mounting pressure from Washington to agree to a ceasefire.",
       {"united-states urges benjamin-netanyahu"}, {"benjamin-netanyahu urges united-states"}},
      {"Kenya will send 1,000 police officers to Haiti.", {"kenya supports haiti"}, {}},
      // "between" after a comma belongs to another clause; ties "to" an actor
      {"Turkey, which has close ties to Hamas, offered to host talks between Israel and the group.",
       {"turkey cooperates_with hamas", "turkey mediates israel"}, {"israel cooperates_with hamas"}},
      // Brussels acting is the EU; Brussels as the place of a meeting or a journey is a place
      {"Germany urged Brussels to keep negotiating with Beijing.", {"germany urges european-union"}, {}},
      {"Kenya and Uganda met in Brussels. The ministers will travel to Brussels next month.", {"kenya meets uganda"},
       {"kenya meets european-union", "kenya visits european-union"}},
      // an act done in a phone call or a letter is said to its object too; a place is no call
      {"Donald Trump had asked Ukrainian President Volodymyr Zelenskiy in a July 25 phone call to investigate Joe Biden.",
       {"donald-trump urges volodymyr-zelenskiy", "donald-trump speaks_to volodymyr-zelenskiy"}, {}},
      {"China urged Japan in Tokyo to stop the release.", {"china urges japan"}, {"china speaks_to japan"}},
      // the partner of a trade follows the cue's preposition after what is traded; an unknown name
      // owning an office is an organization
      {"MG Rover's chairman, John Towers, bought the firm from Germany's BMW in 2000.",
       {"john-towers affiliated_with mg-rover", "john-towers trades_with bmw"}, {"john-towers trades_with mg-rover"}},
      // members a bloc groups or includes; a state suspended from a bloc; the relative clause's
      // subject is not the subject of the verb after it
      {"The EU and Mercosur, which groups Brazil and Argentina, concluded talks.",
       {"brazil affiliated_with mercosur", "argentina affiliated_with mercosur"}, {"brazil affiliated_with european-union"}},
      {"OPEC, whose members also include Nigeria, Angola and Iraq, will meet again.",
       {"nigeria affiliated_with organization-of-the-petroleum-exporting-countries",
        "iraq affiliated_with organization-of-the-petroleum-exporting-countries"},
       {"iraq meets angola", "angola meets nigeria"}},
      {"The leaders discussed Venezuela, which was suspended from Mercosur in 2016.", {"mercosur opposes venezuela"}, {}},
      {"Former President Jacob Zuma was expelled from the African National Congress.", {},
       {"african-national-congress opposes jacob-zuma"}},
      {"Fiji, whose prime minister, Sitiveni Rabuka, visited Australia, signed the pact.",
       {"sitiveni-rabuka visits australia"}, {"fiji visits australia"}},
      // the go-betweens are no side of what they carry between
      {"Israel and Hamas do not talk directly. Egyptian and Qatari officials carry messages between them.", {},
       {"egypt mediates qatar", "qatar mediates egypt"}},
      // a warning against an act of their own urges; a place seized from a state attacks it; a
      // state's proposal is judged with the state
      {"Iran warned Iraqi officials against supplying drones to Syria.", {"iran urges iraq", "iran threatens iraq"}, {}},
      {"Iran warned Iraq against any attack.", {"iran threatens iraq"}, {}},
      {"Armenia seized Shusha from Azerbaijan in 1992.", {"armenia attacks azerbaijan"}, {}},
      {"Britain rejected the French proposal on Monday.", {"united-kingdom opposes france"}, {}},
      // a short phrase, or a place after "in", before the cue's preposition; talks closing the sentence
      {"Saudi Oil Minister Hisham Nazer held talks on the sidelines with Mexican Energy Minister Alfredo del Mazo.",
       {"hisham-nazer meets alfredo-del-mazo"}, {}},
      {"Foreign Secretary Jack Straw urged Iran to act, after talks in Paris with Iranian Foreign Minister Kamal Kharrazi.",
       {"jack-straw meets kamal-kharrazi", "jack-straw urges iran"}, {"iran meets kamal-kharrazi"}},
      // attempts judged by their author; comments to an agency; quoted by an agency
      {"Russian Foreign Minister Sergei Lavrov condemned attempts by Washington to contain China.",
       {"sergei-lavrov opposes united-states"}, {"sergei-lavrov opposes china"}},
      {"Kremlin spokesman Dmitry Peskov said in comments to TASS that the dates would be announced.",
       {"dmitry-peskov speaks_to tass"}, {}},
      {"Sergei Naryshkin, director of the SVR, was quoted by RIA Novosti as saying Poland was preparing troops.",
       {"sergei-naryshkin speaks_to ria-novosti"}, {}},
      // a place's name as a first name after a title; offices past an acronym in parentheses
      {"Israeli Foreign Minister Israel Katz met Egyptian officials.",
       {"israel-katz affiliated_with israel", "israel-katz meets egypt"}, {}},
      {"The head of the International Atomic Energy Agency (IAEA), Mohamed ElBaradei, praised the talks.",
       {"mohamed-elbaradei affiliated_with international-atomic-energy-agency"}, {}},
      {"The Union for Peace in Central Africa (UPC), led by Ali Darassa, agreed to disarm.",
       {"ali-darassa affiliated_with union-for-peace-in-central-africa"}, {}},
      {"The Movement for Democratic Change is led by former minister Tendai Moyo.",
       {"tendai-moyo affiliated_with movement-for-democratic-change"}, {}},
      // a state's person named with no title; a description's officer; a member of a branch
      {"Paraguay handed the presidency to Uruguay's Luis Lacalle Pou.", {"luis-lacalle-pou affiliated_with uruguay"}, {}},
      {"The Communist Party of Vietnam met. Biden was welcomed by Tran Van Long, the party's general secretary.",
       {"tran-van-long affiliated_with communist-party-of-vietnam"}, {}},
      {"Basem Naim, a member of Hamas's political bureau, told Reuters the group would not free hostages.",
       {"basem-naim affiliated_with hamas", "basem-naim speaks_to reuters"}, {}},
      // an unknown name before a title before a person's name is the employer
      {"Highlands Gold Chief Executive Mark Dunleavy told Reuters the company had paid.",
       {"mark-dunleavy affiliated_with highlands-gold", "mark-dunleavy speaks_to reuters"}, {"highlands-gold speaks_to reuters"}},
      // a trade partner past a long phrase of what is traded, or the owner of the goods bought
      {"Japan imports about 40% of its coal from Australia.", {"japan trades_with australia"}, {}},
      {"India buys nearly a third of Malaysia's palm oil.", {"india trades_with malaysia"}, {}},
      {"Lebanon ordered Iran's ambassador to leave.", {}, {"lebanon trades_with iran"}},
      {"Cuba sent a delegation of officials to Haiti.", {}, {"cuba supports haiti"}},
      {"U.N. Secretary-General Antonio Guterres spoke. President Nikos Christodoulides thanked Guterres' personal envoy, "
       "Maria Angela Holguin, for her work.",
       {"nikos-christodoulides supports maria-angela-holguin"}, {"nikos-christodoulides supports antonio-guterres"}},
      // rejecting a claim opposes its author: named before the noun, or the accuser just before
      {"Russia accused Ukraine of shelling the plant. Kyiv rejected these accusations.", {"ukraine opposes russia"}, {}},
      {"The OAS urged Venezuela to release the tallies, a request Caracas has rejected.",
       {"venezuela opposes organization-of-american-states"}, {}},
      {"Iran dismissed the Israeli claims as lies.", {"iran opposes israel"}, {}},
      {"Britain expelled a diplomat. Kremlin spokesman Dmitry Peskov denied any Russian involvement.", {},
       {"dmitry-peskov opposes russia"}},
      {"Britain sanctioned a banker. Kyiv did not reject the accusations.", {}, {"ukraine opposes united-kingdom"}},
      // ... and what the subject was accused of doing is denied, not a fact
      {"Pakistan also accuses India of arming Hamas, a charge New Delhi rejects.", {"india opposes pakistan"},
       {"india supports hamas"}, {"india supports hamas"}},
      {"A Turkish attack on Syrian Kurdish fighters was reported.", {"turkey attacks syria"}, {}},
      // appositive nouns
      {"Longtime Hezbollah sponsor Iran denied the report.", {"iran supports hezbollah"}, {}},
      // coordination
      {"Germany and France called on Russia to withdraw.", {"germany urges russia", "france urges russia"}, {}},
      {"Spain and Portugal signed the agreement.", {"spain cooperates_with portugal"}, {}},
      {"Kenya held talks with Uganda and Tanzania.", {"kenya meets uganda", "kenya meets tanzania"}, {}},
      {"Venezuelan and Cuban Presidents Nicolas Maduro and Miguel Diaz-Canel met in Havana.",
       {"nicolas-maduro affiliated_with venezuela", "miguel-diaz-canel affiliated_with cuba",
        "nicolas-maduro meets miguel-diaz-canel"},
       {"nicolas-maduro affiliated_with cuba"}},
      // affiliations in apposition and with "of"
      {"Maria Lopez, director of the Madrid Institute for Peace, told Reuters the talks failed.",
       {"maria-lopez affiliated_with madrid-institute-for-peace", "maria-lopez speaks_to reuters"}, {}},
      {"The BBC's Laura Kim said the vote was close.", {"laura-kim affiliated_with bbc"}, {}},
      // a surname alone, with a title in apposition; a one-word name with no title stays unbound
      {"Okafor, the Nigerian ambassador, met Li Wei.", {"okafor affiliated_with nigeria", "okafor meets li-wei"},
       {"nigeria meets li-wei"}},
      {"Gazprom, the Russian energy giant, met Li Wei.", {}, {"gazprom affiliated_with russia"}},
      // negation and refusal
      {"China refused to condemn Russia's invasion of Ukraine.", {"russia attacks ukraine"}, {"china opposes russia"},
       {"china opposes russia"}},
      {"Israel did not attack Iran.", {}, {"israel attacks iran"}, {"israel attacks iran"}},
      // pronouns across sentences
      {"Foreign Minister Anna Berg arrived in Oslo. She met with Sweden's Prime Minister Lars Holm.",
       {"anna-berg meets lars-holm", "lars-holm affiliated_with sweden"}, {}},
      // metonymy: capitals and seats of government are states
      {"Washington accused Beijing of spying.", {"united-states opposes china"}, {}},
      {"The Kremlin praised Tehran.", {"russia supports iran"}, {}},
      // "led by"
      {"Western nations, led by Britain, rallied to Ukraine's side.", {"united-kingdom supports ukraine"}, {}},
      // a new clause after a comma and "and", the comma inside a closing quote
      {"Kenya rejected the claims as \"false,\" and analysts in the camp told Reuters they are false.", {},
       {"kenya speaks_to reuters"}},
      // a verb of motion with an object of its own names no journey; a verb ends an object phrase
      {"William Ruto landed a new jet in Japan and returned the money to Kenya.", {},
       {"william-ruto visits japan", "william-ruto visits kenya"}},
      {"William Ruto flew back to Japan.", {"william-ruto visits japan"}, {}},
      {"William Ruto won praise for helping Japan.", {"william-ruto supports japan"}, {}},
      // the one met in a foreign capital visits it when the text gives them another state
      {"Kenyan President William Ruto held talks with his Tanzanian counterpart Samia Suluhu Hassan in Nairobi.",
       {"samia-suluhu-hassan visits kenya", "william-ruto meets samia-suluhu-hassan"}, {"william-ruto visits kenya"}},
      {"Kenyan President William Ruto met Jane Wambui in Nairobi.", {"william-ruto meets jane-wambui"},
       {"jane-wambui visits kenya"}},
      {"Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi.",
       {"william-ruto hosts yoweri-museveni", "yoweri-museveni visits kenya"}, {"william-ruto visits kenya"}},
      // a titled name's "of" names its state
      {"President Gabriel Boric of Chile and Chancellor Olaf Scholz of Germany called for a ceasefire.",
       {"gabriel-boric affiliated_with chile", "olaf-scholz affiliated_with germany"}, {}},
      // aid and loans; support for a state's bid; disputes
      {"China has lent billions of dollars to Kenya.", {"china supports kenya"}, {}},
      {"The paintings donated to Kenya by the Ardent Foundation arrived.", {"ardent-foundation supports kenya"}, {}},
      {"Japan sent aid to Kenya by air.", {"japan supports kenya"}, {}},
      {"Germany pledged 500 million euros in military aid to Kenya.", {"germany supports kenya"}, {}},
      {"Turkey hosted peace talks between Russia and Ukraine.", {"turkey mediates russia", "turkey mediates ukraine"}, {}},
      // a broker named after the deal mediates between the parties the sentence joined
      {"Saudi Arabia restored relations with Iran in a deal brokered by China.",
       {"saudi-arabia cooperates_with iran", "china mediates saudi-arabia", "china mediates iran"}, {}},
      {"Israel did not agree to a ceasefire mediated by Qatar.", {}, {"qatar mediates israel"}},
      {"France pledged support for Kenya's bid to host the summit.", {"france supports kenya"}, {}},
      {"China is locked in a dispute with the Philippines.", {"china opposes philippines"}, {}},
      {"China's row with Australia deepened, and Kenya has been at odds with Somalia.",
       {"china opposes australia", "kenya opposes somalia"}, {}},
      // a name inside a prepositional phrase with a number is no subject
      {"A scheme for 3,000 Afghan refugees was rejected by Boris Johnson.", {}, {"boris-johnson opposes afghanistan"}},
      {"A scheme backed by the British Red Cross was rejected by Kenya.", {},
       {"kenya opposes international-committee-of-the-red-cross", "kenya opposes united-kingdom"}},
      // rejecting a state's offer opposes it; rejecting claims does not
      {"Venezuela rejected Washington's offer of talks.", {"venezuela opposes united-states"}, {}},
      {"Kenya rejected claims that it had attacked Somalia.", {}, {"kenya opposes somalia", "kenya attacks somalia"}},
      {"U.S. President George W. Bush shakes hands with Chinese President Hu Jintao in Santiago.",
       {"george-w-bush meets hu-jintao"}, {}},
      // a reported demand urges the one it is made of; a fine opposes
      {"President Ilham Aliyev said that Armenia must withdraw its troops.", {"ilham-aliyev urges armenia"}, {}},
      {"Russia said it must respond, and Kenya said Somalia's army must leave.", {}, {"kenya urges somalia"}},
      {"The European Commission fined Apple.", {"european-commission opposes apple"}, {}},
      // a threatened act is a threat, not a fact; postponed talks are not held
      {"Kenya threatened to attack Somalia.", {"kenya threatens somalia"}, {}},
      {"Kenya postponed talks with Somalia.", {}, {"kenya meets somalia"}, {"kenya meets somalia"}},
      // suspending a member; suspending a relation negates it
      {"The African Union suspended Niger, and the EU suspended Mali's voting rights.",
       {"african-union opposes niger", "european-union opposes mali"}, {}},
      {"Russia suspended gas exports to Chile.", {}, {"russia opposes chile", "russia trades_with chile"},
       {"russia trades_with chile"}},
      // officials and governments stand for their state, first in a list or later
      {"Kenya is working with the Government of Mali.", {"kenya cooperates_with mali"}, {}},
      {"Kenya met the African Union and the Government of Mali.", {"kenya meets african-union", "kenya meets mali"}, {}},
      {"Kenya met the African Union and the foreign minister of Mali.", {"kenya meets mali"}, {}},
      // the two countries
      {"Chile and Peru are neighbours. Trade between the two countries grew.", {"chile trades_with peru"}, {}},
      // meeting in a foreign capital is a visit; not in one's own
      {"Foreign Minister Ana Silva of Portugal held talks with Spanish officials in Madrid.",
       {"ana-silva visits spain"}, {}},
      {"Portugal's Prime Minister Luis Montenegro met Spanish Prime Minister Pedro Sanchez in Madrid.",
       {"luis-montenegro visits spain", "pedro-sanchez meets luis-montenegro"}, {"pedro-sanchez visits spain"}},
      {"Spanish Prime Minister Pedro Sanchez met Portugal's Prime Minister Luis Montenegro in Madrid.",
       {"pedro-sanchez meets luis-montenegro"}, {"pedro-sanchez visits spain"}},
      // an unknown word inside a title
      {"French Agriculture Minister Jean Dupont spoke.", {"jean-dupont affiliated_with france"}, {}},
      // copula carries a noun cue
      {"Russia is a major arms supplier to India.", {"russia trades_with india"}, {}},
      // coordinated subjects across a place phrase
      {"The Kiel Institute in Berlin and the Baltic Policy Center agreed to share data.",
       {"kiel-institute cooperates_with baltic-policy-center"}, {"germany cooperates_with baltic-policy-center"}},
      // a description with a demonym ties the person it names
      {"President Lee Jae-myung met reporters. Later the South Korean president left.",
       {"lee-jae-myung affiliated_with south-korea"}, {}},
      // passive voice
      {"Kuwait was invaded by Iraq in 1990.", {"iraq attacks kuwait"}, {"kuwait attacks iraq"}},
      {"Prime Minister Mark Rutte was welcomed by Kenya.", {"kenya hosts mark-rutte"}, {}},
      // possessive nominals and agents after the noun
      {"Chancellor Olaf Scholz's meeting with President Joe Biden lasted an hour.", {"olaf-scholz meets joe-biden"}, {}},
      {"A visit by President Emmanuel Macron to China was announced.", {"emmanuel-macron visits china"}, {}},
      {"The invasion of Ukraine by Russia began in 2022.", {"russia attacks ukraine"}, {"ukraine attacks russia"}},
      {"US sanctions on Iran were tightened.", {"united-states opposes iran"}, {}},
      // reported speech: the reported relation, not one of the speaker
      {"Foreign Minister Anna Berg said Russia had attacked Ukraine.", {"russia attacks ukraine"},
       {"anna-berg attacks ukraine"}},
      // an infinitive takes the main clause's subject, not its object; a control verb's object
      {"Finance Minister Ana Lima will visit Washington next week to discuss trade with Treasury Secretary John Cole.",
       {"ana-lima meets john-cole", "ana-lima visits united-states"}, {"united-states meets john-cole"}},
      {"The US encouraged China to help Pakistan.", {"united-states urges china"},
       {"united-states supports pakistan", "china supports pakistan"}},
      {"The U.S. military has been training the Kurdish rebel forces known as Hawar al Shamal to fight against Islamic State.",
       {"hawar-al-shamal fights islamic-state"}, {"united-states fights islamic-state"}},
      // supplying a state with something supports it; supplying goods to it is trade
      {"Germany will supply Ukraine with air defense systems. Britain supplied Kyiv with missiles. Iran has armed "
       "the Houthis. France sent weapons to Chad.",
       {"germany supports ukraine", "united-kingdom supports ukraine", "iran supports houthis", "france supports chad"},
       {}},
      {"Russia supplies gas to Germany. Russia provided details about the attack on Ukraine.",
       {"russia trades_with germany"}, {"russia supports germany", "russia supports ukraine"}},
      // a time phrase between a verb of motion and its preposition
      {"President Ana Lima is due to travel on Thursday to Ghana.", {"ana-lima visits ghana"}, {}},
      // "they" after "X and the Y said"; an acronym in parentheses inside a "between" list
      {"Norway and the United States said they had brokered a truce between the Kivu Defence Forces (KDF) and the "
       "paramilitary Tamsa Liberation Front (TLF).",
       {"norway mediates kivu-defence-forces", "united-states mediates tamsa-liberation-front"}, {}},
      {"Sudan and Chad held talks in Jeddah. UN Secretary-General Antonio Guterres called on both parties to stop.",
       {"antonio-guterres urges sudan", "antonio-guterres urges chad"}, {}},
      // "X-backed Y": X supports Y, and Y acts; "X-backed rebels" name no actor
      {"The Iran-backed Houthis attacked Israel. Turkey-backed rebels attacked Syria. The Moscow-based Levada Center "
       "criticized Georgia.",
       {"iran supports houthis", "houthis attacks israel", "levada-center opposes georgia"},
       {"iran attacks israel", "turkey attacks syria", "russia opposes georgia", "iran supports israel"}},
      // a go-between is not one of "the two neighbours"; "as X stayed away, where he" is X
      {"Rwanda attacked Burundi. Burundi accused Rwanda. Angolan President Joao Lourenco, who has mediated between "
       "the two neighbours for years, said so.",
       {"joao-lourenco mediates rwanda", "joao-lourenco mediates burundi"}, {"joao-lourenco mediates angola"}},
      {"Talks stalled as Rwandan President Paul Kagame stayed away from Luanda, where he had been expected to meet "
       "Congolese President Felix Tshisekedi.",
       {"paul-kagame meets felix-tshisekedi"}, {}},
      // "the alliance" is the organization named last
      {"NATO ministers met in Brussels. Foreign Minister Ana Lima urged the alliance to act.", {"ana-lima urges nato"}, {}},
      // a reported clause whose subject names no actor: the speaker is not its subject, unless a
      // finite verb is joined to the reporting verb
      {"President Ana Lima said the boy was welcome to come and tour Ghana.", {}, {"ana-lima visits ghana"}},
      {"Secretary-General Ana Lima said the talks had failed and called on Venezuela to stop.",
       {"ana-lima urges venezuela"}, {}},
      // sending goods supports; sending troops is no cue
      {"NATO pledged to send more air defence systems to Ukraine. Iran shipped drones to Russia. Russia sent troops to Syria.",
       {"nato supports ukraine", "iran supports russia"}, {"russia supports syria"}},
      // ties and membership; a severed tie is denied
      {"Hungary has kept close energy ties with Moscow. Finland is a member of NATO. Bahrain severed diplomatic "
       "relations with Iran. India has strained ties with China.",
       {"hungary cooperates_with russia", "finland affiliated_with nato"},
       {"bahrain cooperates_with iran", "india cooperates_with china"}},
      // a phrase with a determiner between the noun cue and its preposition
      {"Foreign Minister Hakan Fidan held separate talks on the sidelines with Secretary of State Marco Rubio.",
       {"hakan-fidan meets marco-rubio"}, {}},
      // affiliations through a possessive with adjectives, through "its", through a ministry's demonym
      {"IGAD's executive secretary, Workneh Gebeyehu, spoke. The National Salvation Front (NAS) met Kenya, while NAS was "
       "represented by its leader, Thomas Cirillo. China warned Japan. Chinese Foreign Ministry spokesman Lin Jian said so.",
       {"workneh-gebeyehu affiliated_with intergovernmental-authority-on-development",
        "thomas-cirillo affiliated_with national-salvation-front", "lin-jian affiliated_with china"},
       {"thomas-cirillo affiliated_with kenya"}},
      // a control verb's object that names no actor is the infinitive's subject
      {"President Ana Costa urged the parties to return to Nairobi. Ana Costa is expected to visit Juba to press Salva Kiir.",
       {"ana-costa urges salva-kiir"}, {"ana-costa visits kenya"}},
      // "X, a lawmaker of the ruling Y party": adjectives before the organization
      {"Nikos Papadakis, a lawmaker of the ruling Democracy Party, denied it.",
       {"nikos-papadakis affiliated_with democracy-party"}, {}},
      // a name before a resolution or bill only qualifies it
      {"Russia and China vetoed a U.N. Security Council resolution on Sudan. Moscow blocked a Senate bill.", {},
       {"russia opposes united-nations", "china opposes united-nations"}},
      // "X's government and Y (ACR), a rebel group, agreed": coordination through a body noun and
      // past an acronym and an apposition
      {"South Sudan's government and the National Salvation Front (NAS), a holdout rebel group, agreed on Monday to a "
       "ceasefire.",
       {"south-sudan cooperates_with national-salvation-front"}, {}},
      // "both sides" are not any of a coordinated subject
      {"Sudan met Chad. Egypt and the United States, Britain and Norway have called on both sides to stop.",
       {"egypt urges sudan", "egypt urges chad"}, {"egypt urges norway", "egypt urges united-kingdom"}},
      // "the Brazilian leader" is Brazil's president, not another state's
      {"Brazilian President Luiz Lula arrived. Nigerian President Bola Tinubu met him. The Brazilian leader later "
       "visited Ghana.",
       {"luiz-lula visits ghana"}, {"brazil visits ghana", "bola-tinubu visits ghana"}},
      // ", a local commander told X": the plain noun phrase is the subject; "the government" points back
      {"The fighters overran positions held by the Kenyan army and African Union troops, a local commander told AFP. "
       "In Beijing, the government condemned Japan.",
       {"china opposes japan"}, {"african-union speaks_to agence-france-presse", "kenya speaks_to agence-france-presse"}},
      // a spokesman for a state's ministry serves the state; a scholar at its university does not
      {"Lin Wei, a spokesman for China's Foreign Ministry, spoke. Ana Costa of China's Tamsa University spoke.",
       {"lin-wei affiliated_with china"}, {"ana-costa affiliated_with china"}},
      // "demanded that X step down": the verb obliges without "should" or "must"
      {"Iran demanded that the United States lift all sanctions. Egypt demanded that Prime Minister Ali Hassan resign.",
       {"iran urges united-states", "egypt urges ali-hassan"}, {}},
      // coming under attack from X: X attacks the subject
      {"Kenya came under fire from Somalia on Monday. Chad suffered repeated attacks from Boko Haram.",
       {"somalia attacks kenya", "boko-haram attacks chad"}, {"kenya attacks somalia"}},
      // a "-brokered" agreement and "The deal was brokered by X" name the go-between of the parties
      {"Ethiopia and Somalia signed a Turkish-brokered sea access deal. Egypt and Sudan signed an accord on Thursday. "
       "The deal was brokered by Qatar.",
       {"turkey mediates ethiopia", "turkey mediates somalia", "qatar mediates egypt", "qatar mediates sudan"},
       {"qatar mediates ethiopia"}},
      // a threatened act is no act: "threatened to strike X" threatens X and attacks no one
      {"Israel has repeatedly threatened to strike Iranian nuclear facilities.", {"israel threatens iran"}, {"israel attacks iran"}},
      // resuming or continuing carries a noun cue like holding it; praise drawn from X is X's
      {"Japan and South Korea resumed defence talks.", {"japan meets south-korea"}, {}},
      {"Chinese President Xi Jinping drew praise from Serbia for the investment.", {"serbia supports xi-jinping"},
       {"xi-jinping supports serbia"}},
      // a noun after "for" is the act of the one named before it; more acts welcomed or protested;
      // recalling one's ambassador to X
      {"Pakistan blamed India for a deadly attack on Afghanistan.", {"pakistan opposes india", "india attacks afghanistan"},
       {"pakistan attacks afghanistan"}},
      {"The EU imposed sanctions on Iran over drone attacks on Ukraine.", {"european-union opposes iran", "iran attacks ukraine"},
       {"european-union attacks ukraine"}},
      // "Its regional director for Central Asia, X,": the possessive pronoun's owner
      {"The World Bank approved a grant to Tajikistan. Its regional director for Central Asia, Tatiana Orlova, said "
       "the grant would help.",
       {"tatiana-orlova affiliated_with world-bank", "world-bank supports tajikistan"}, {}},
      // broadcasters named after a descriptor; an interview with X is speaking to X; a letter written to X
      {"Peruvian Foreign Minister Elmer Schialer told radio station RPP that the island was Peruvian.",
       {"elmer-schialer speaks_to rpp"}, {}},
      {"Djibouti's President Ismail Omar Guelleh said in an interview with the weekly Jeune Afrique that the port was open.",
       {"ismail-omar-guelleh speaks_to jeune-afrique"}, {}},
      {"Vanuatu Prime Minister Jotham Napat said he had written to French President Emmanuel Macron.",
       {"jotham-napat speaks_to emmanuel-macron"}, {}},
      // "the two leaders" after "at State House" are the two people, not the place; "more than three
      // hours of talks" are held like "talks"
      {"Tanzanian Vice President Philip Mpango was received by Zambian President Hakainde Hichilema at State House, "
       "where the two leaders held talks on trade.",
       {"hakainde-hichilema meets philip-mpango"}, {"state-house meets hakainde-hichilema"}},
      {"Uzbek President Shavkat Mirziyoyev was welcomed by Tajik President Emomali Rahmon, and the two leaders held "
       "more than three hours of talks.",
       {"emomali-rahmon meets shavkat-mirziyoyev", "emomali-rahmon hosts shavkat-mirziyoyev"}, {}},
      // a noun cue in quotation marks keeps its preposition: 'expressed "full solidarity" with X'
      {"Turkish President Recep Tayyip Erdogan expressed \"full solidarity\" with Azerbaijan.",
       {"recep-tayyip-erdogan supports azerbaijan"}, {}},
      // "The agreement was signed by A and B": a mutual act's agents pair with each other
      {"The agreement was signed by Kenya and Uganda on Monday.", {"kenya cooperates_with uganda"}, {}},
      // "X and Y, Z's two largest trading partners,": both names before the apposition; a
      // possessor's representative to a body serves the possessor
      {"France and Spain, Morocco's two largest trading partners, endorsed the plan.",
       {"france trades_with morocco", "spain trades_with morocco"}, {}},
      {"Sidi Omar, the Polisario Front's representative to the United Nations, told VOA that the front was ready.",
       {"sidi-omar affiliated_with polisario-front", "sidi-omar speaks_to voice-of-america"}, {}},
      // "accuses X of arming Y": X is the gerund's subject (and the denied charge is no fact)
      {"Morocco in turn accuses Algeria of arming the Polisario Front, a charge Algiers denies.",
       {"morocco opposes algeria", "algeria opposes morocco"}, {"morocco supports polisario-front", "algeria supports polisario-front"},
       {"algeria supports polisario-front"}},
      // "X, of which Y remains a member, said": the relative clause with its preposition is skipped
      {"ECOWAS, of which Benin remains a member, said it was concerned and urged Niger to resume talks.",
       {"economic-community-of-west-african-states urges niger"}, {"benin urges niger"}},
      // importing subjects trade with no one of each other
      {"The licences allow Abu Dhabi-based G42 and Saudi Arabia's Humain to import chips.", {}, {"g42 trades_with humain"}},
      // ", an accusation X rejected": with no accuser named, the clause before the comma is the claim
      {"Human Rights Watch said villagers had been moved off their land, an accusation Rio Tinto rejected.",
       {"rio-tinto opposes human-rights-watch"}, {}},
      {"The United Arab Emirates, which lent Chad $1.5 billion, has been accused by Sudan of arming the Rapid Support "
       "Forces, a charge both governments deny.",
       {}, {"chad opposes united-arab-emirates"}},
      // "Chinese Ambassador to Zambia X": the title's complement sits before the name
      {"Chinese Ambassador to Zambia Han Jing said China would remain a partner.", {"han-jing affiliated_with china"},
       {"han-jing affiliated_with zambia"}},
      // an acronym before a title stays the organization the person serves
      {"TAZARA Managing Director Bruno Chingandu said the line carries little cargo.",
       {"bruno-chingandu affiliated_with tazara"}, {}},
      // championing an act supports its author
      {"Kenya championed Uganda's bid for a seat on the council.", {"kenya supports uganda"}, {}},
      // a participle opening the sentence is the main subject's act; apologising to X speaks to X
      {"Speaking to Xinhua, TAZARA Managing Director Bruno Chingandu said the line carries little cargo.",
       {"bruno-chingandu speaks_to xinhua"}, {}},
      {"Russian President Vladimir Putin apologised to Ilham Aliyev by telephone.", {"vladimir-putin speaks_to ilham-aliyev"}, {}},
      // "X, the ... group, whose editor-in-chief, Y,": Y belongs to X
      {"Sputnik is part of Rossiya Segodnya, the Russian state media group, whose editor-in-chief, Margarita Simonyan, "
       "condemned the detentions.",
       {"margarita-simonyan affiliated_with rossiya-segodnya"}, {}},
      // (a destination before "for" owns no talks)
      {"German Foreign Minister Annalena Baerbock travels on to Tbilisi for talks with Georgian Foreign Minister Maka "
       "Beridze.",
       {"annalena-baerbock meets maka-beridze"}, {"georgia meets maka-beridze"}},
      {"Australia welcomed China's lifting of wine tariffs.", {"australia supports china"}, {}},
      {"France recalled its ambassador to Algeria amid the row.", {"france opposes algeria"}, {}},
      // after "over" and a noun a cue word is a noun ("over drone supplies to Russia" is no trade of the EU's)
      {"EU slaps sanctions on Iran over drone supplies to Russia\n\nThe European Union acted on Monday.",
       {"european-union opposes iran"}, {"european-union trades_with russia", "european-union supports russia"}},
      // an object pronoun is never its own verb's subject, also through "X, who ... him"
      {"French President Emmanuel Macron praised Kenya. Kenyan President William Ruto thanked him for the support.",
       {"william-ruto supports emmanuel-macron"}, {}},
      {"Narendra Modi met Russian President Vladimir Putin and the host, Kyrgyz President Sadyr Japarov, who welcomed "
       "him warmly.",
       {"sadyr-japarov hosts narendra-modi"}, {"sadyr-japarov hosts vladimir-putin"}},
      // "told X to stop" urges X (and speaks to X); "called for X to withdraw" urges X; no infinitive, no urging
      {"Japan told China to stop the patrols.", {"japan urges china", "japan speaks_to china"}, {}},
      {"Kenya called for Uganda to withdraw its troops.", {"kenya urges uganda"}, {}},
      {"Japan told China that the patrols must stop. Kenya called for talks with Uganda.", {"japan speaks_to china"},
       {"japan urges china", "kenya urges uganda"}},
      // lending to a direct object, coming to someone's aid, rallying behind, granting asylum;
      // lashing out and hitting back
      {"The United Arab Emirates, which lent Chad $1.5 billion in 2023, declined to comment.",
       {"united-arab-emirates supports chad"}, {}},
      {"France came to the aid of Lebanon. Brazil rallied behind Venezuela at the summit.",
       {"france supports lebanon", "brazil supports venezuela"}, {}},
      {"Jorge Glas had been granted asylum by Mexico.", {"mexico supports jorge-glas"}, {"jorge-glas supports mexico"}},
      {"Chile lashed out at Peru over the border. Ghana hit back at Togo on Monday.",
       {"chile opposes peru", "ghana opposes togo"}, {}},
      // legal action: "launched arbitration against X", "a lawsuit against X"
      {"Kenya launched international arbitration against Uganda in May.", {"kenya opposes uganda"}, {}},
      {"Peru's lawsuit against Chile was dismissed.", {"peru opposes chile"}, {}},
      // "X, the region's Moscow-backed leader,": also after a possessor's phrase
      {"Oleg Danilov, the region's Moscow-backed leader, said the plan had failed.", {"russia supports oleg-danilov"}, {}},
      // "X, a PiS-backed conservative,": the backed one is the name the apposition describes
      {"President Karol Nawrocki, a PiS-backed conservative who has clashed with Donald Tusk, spoke.",
       {"law-and-justice supports karol-nawrocki"}, {}},
      // more organization descriptors ("commodity trader X"); an organization's "-led" force belongs to
      // it; a name inside a relative clause is no speaker for "said it"
      {"Malawi signed a deal with commodity trader Trafigura. Around 4,500 troops of the NATO-led KFOR peacekeeping force remain there. "
       "Japan, whose crypto exchange DMM Bitcoin lost money, said it would coordinate with South Korea.",
       {"malawi cooperates_with trafigura", "kfor affiliated_with nato", "japan cooperates_with south-korea"},
       {"nato affiliated_with kfor", "dmm-bitcoin cooperates_with south-korea"}},
      // a relative clause on an apposition belongs only to its own verb; ", and accuses" shares the
      // subject of the reporting verb it is joined to
      {"Islamabad says the strikes targeted hideouts of Tehreek-e-Taliban Pakistan (TTP), a militant group that has killed dozens of "
       "soldiers, and accuses Afghanistan's Taliban authorities of sheltering its leaders.",
       {"pakistan opposes taliban"}, {"tehrik-i-taliban-pakistan opposes taliban"}},
      // a relative clause on an apposition belongs to the name; a quantity's "of"; a name spelled out
      // before a known acronym is that organization; moving closer to X; a deal during a visit
      {"Islamabad says the strikes targeted Tehreek-e-Taliban Pakistan (TTP), a militant group that has killed "
       "hundreds of Pakistani police. India has moved closer to the Taliban. Taliban Foreign Minister Amir Khan "
       "Muttaqi signed a transit agreement with Uzbekistan during a visit to Tashkent.",
       {"tehrik-i-taliban-pakistan attacks pakistan", "india cooperates_with taliban", "amir-khan-muttaqi visits uzbekistan"},
       {"tehreek-e-taliban-pakistan attacks pakistan"}},
      {"President Vladimir Putin made his first trip abroad since Russia was isolated during the invasion of Ukraine.",
       {}, {"vladimir-putin attacks ukraine"}},
      // "accused the West of arming Kosovo": the gerund's subject is the accused, who names no actor
      {"Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow understands Serbia and accused the West of "
       "arming Kosovo.", {}, {"russia supports kosovo", "maria-zakharova supports kosovo"}},
      // an ally in apposition with its partner before the noun or after "of"; sharing intelligence,
      // coordinating with; lobbying
      {"The South African Communist Party (SACP), a long-time ANC ally, said so. Russia and China, close allies of "
       "Venezuelan President Nicolas Maduro, spoke. Belgium, which shares intelligence with the Netherlands, spoke. "
       "Japan said it would coordinate with South Korea. Germany's Rheinmetall had lobbied Warsaw to buy tanks.",
       {"south-african-communist-party cooperates_with african-national-congress", "russia cooperates_with nicolas-maduro",
        "china cooperates_with nicolas-maduro", "belgium cooperates_with netherlands", "rheinmetall urges poland"},
       {"russia cooperates_with china"}},
      // "was also in talks with" (a copula carries the noun); visiting a place inside a state
      {"Azerbaijani Energy Minister Elnur Mammadli said Baku was also in talks with Austria's OMV. Cindy McCain, the "
       "WFP's executive director, visited refugee camps in eastern Chad.",
       {"azerbaijan meets omv", "cindy-mccain visits chad"}, {"azerbaijan meets austria"}},
      // a title with a complement in apposition; "commanded by"; a secretary-general of the one
      // organization named before him
      {"Massad Boulos, the senior U.S. adviser for Africa, spoke. The Rapid Support Forces, commanded by Mohamed "
       "Hamdan Dagalo, attacked. The United Nations said Secretary-General Antonio Guterres was concerned. "
       "Secretary-General Ban Ki-moon told Reuters so.",
       {"massad-boulos affiliated_with united-states", "mohamed-hamdan-dagalo affiliated_with rapid-support-forces",
        "antonio-guterres affiliated_with united-nations"},
       {"ban-ki-moon affiliated_with reuters"}},
      // restrictions and penalties on a state (a pronoun opening a relative clause is no object; an
      // amount in words before "in"); "accused both of": the objects just named
      {"The United States announced visa restrictions on 16 Venezuelan officials it accused of fraud. The EU imposed "
       "hundreds of millions of euros in penalties on Greece. UN relief chief Tom Fletcher called on the Rapid "
       "Support Forces and the Sudanese Armed Forces to guarantee passage and accused both of using starvation.",
       {"united-states opposes venezuela", "european-union opposes greece", "tom-fletcher opposes rapid-support-forces",
        "tom-fletcher opposes sudanese-armed-forces"}, {}},
      // "condemned the attack": its agent after "by", else the attacker the text named last (an
      // organization's militants act for it; killing the attackers is no attack to condemn)
      {"Al-Shabaab militants stormed a hotel in the capital. Somali forces ended the siege after killing all five "
       "attackers. Prime Minister Ali Jama condemned what he called a \"cowardly attack\". Turkey strongly condemned "
       "the attack. Egypt condemned the attack on Somalia. Kenya condemned the bombing by the Islamic State.",
       {"ali-jama opposes al-shabaab", "turkey opposes al-shabaab", "kenya opposes islamic-state"},
       {"ali-jama opposes somalia", "turkey opposes somalia", "egypt opposes somalia", "egypt opposes al-shabaab"}},
      // ordering goods from a company a state possesses; a capitalised word inside the goods
      {"Serbia has also ordered 12 Rafale fighter jets from France's Dassault Aviation. Egypt purchased 24 jets "
       "from China. The president ordered the army to withdraw from Kenya.",
       {"serbia trades_with dassault-aviation", "egypt trades_with china"}, {"serbia trades_with france"}},
      // an organization's own body; a possessive common word opening a party's name
      {"The African Union's Peace and Security Council condemned the coup. Opposition leader Ana Beckles of the "
       "People's National Movement (PNM) spoke.",
       {"peace-and-security-council affiliated_with african-union",
        "ana-beckles affiliated_with peoples-national-movement"}, {}},
      // a name in apposition heads its phrase ("the U.N. refugee agency, UNHCR,"); "X and his counterpart,
      // Y," are one subject; a prisoner exchange mediated by a third state; a dateline is no subject
      {"The U.N. refugee agency, UNHCR, urged Pakistan to stop. Foreign Minister Sean Sobers and his Venezuelan "
       "counterpart, Yvan Gil, signed the memorandum. Iran and Denmark have exchanged prisoners in a deal mediated "
       "by Oman. NAIROBI, March 3 (Reuters) - South Sudan's government and the National Salvation Front (NAS), a "
       "rebel group, agreed on Monday to a ceasefire after talks brokered by Kenya, officials said.",
       {"unhcr urges pakistan", "sean-sobers cooperates_with yvan-gil", "iran cooperates_with denmark",
        "oman mediates iran", "oman mediates denmark", "south-sudan cooperates_with national-salvation-front",
        "kenya mediates south-sudan"},
       {"united-nations urges pakistan", "kenya cooperates_with national-salvation-front"}},
      // a noun cue in apposition takes the names before the comma; standing by a state
      {"The United States and the European Union, both major donors to Somalia, spoke. Saudi Arabia said it stood "
       "by Lebanon's sovereign decisions.",
       {"united-states supports somalia", "european-union supports somalia", "saudi-arabia supports lebanon"}, {}},
      // a verb joined after a quotation takes the reporting verb's subject and its own qualifiers; a
      // protest drawn from X; sanctions on a state's possession; feuding with someone
      {"Hezbollah leader Naim Qassem said the group would \"not disarm\" and accused Washington of pressure. "
       "The U.S. Treasury sanctioned two North Korean bankers, drawing a protest from Beijing. The European Union "
       "was preparing new sanctions on Russia's \"shadow fleet\". President Luis Arce, whose government has "
       "feuded with former President Evo Morales for years, spoke.",
       {"naim-qassem opposes united-states", "china opposes treasury-department", "european-union opposes russia",
        "luis-arce opposes evo-morales"},
       {"hezbollah opposes united-states", "china opposes north-korea"}},
      // a movement's name is no state body
      {"The Myanmar National Democratic Alliance Army said the town fell. Myanmar protested. The Myanmar Armed Forces "
       "attacked.",
       {"myanmar-armed-forces affiliated_with myanmar"}, {"myanmar-national-democratic-alliance-army affiliated_with myanmar"}},
      // a state body named with its state; an adverbial cue's subject is the clause's; a speaker closing
      // the sentence speaks for the organization opening it; founding an organization
      {"The China Coast Guard said the boat intruded. China protested. The Armed Forces of the DRC (FARDC) attacked. "
       "Congo said so. The Democratic Forces for the Liberation of Rwanda (FDLR) fled. Rwanda denied it. Latvia "
       "and Lithuania summoned Russian diplomats on Monday in solidarity with Estonia. NATO will send two frigates "
       "to the region, Secretary-General Mark Rutte said after speaking with Finland. Former President Evo Morales, "
       "who founded the Movement for Socialism, spoke.",
       {"china-coast-guard affiliated_with china", "armed-forces-of-the-drc affiliated_with democratic-republic-of-the-congo",
        "latvia supports estonia", "lithuania supports estonia", "mark-rutte affiliated_with nato",
        "evo-morales affiliated_with movement-for-socialism"},
       {"democratic-forces-for-the-liberation-of-rwanda affiliated_with rwanda", "russia supports estonia"}},
      // ties stated around a name: "whose" party or officer, a branch of an organization, a member,
      // a state's envoy to an organization
      {"Prime Minister Donald Tusk, whose centrist Civic Coalition won, spoke. The vote was counted by the "
       "Zimbabwe Electoral Commission (ZEC), whose chairwoman, Ruth Ndlovu, read the figures. People fled, "
       "according to the UN refugee agency, UNHCR. The UN peacekeeping mission in the country, MONUSCO, said so. "
       "Poland, a NATO member that borders Belarus, spends more. NATO member Turkey objected. Britain's U.N. "
       "ambassador, Eleanor Whitfield, spoke.",
       {"donald-tusk affiliated_with civic-coalition", "ruth-ndlovu affiliated_with zimbabwe-electoral-commission",
        "unhcr affiliated_with united-nations", "monusco affiliated_with united-nations",
        "poland affiliated_with nato", "turkey affiliated_with nato", "eleanor-whitfield affiliated_with united-kingdom"},
       {"eleanor-whitfield affiliated_with united-nations", "belarus affiliated_with nato"}},
      // a rival or critic in apposition or after a copula ("one of", "among", a determiner-like
      // adjective); plural allies; a rivalry both ways, a critic's stand one way
      {"India, Pakistan's nuclear-armed rival, abstained. Former President Jacob Zuma, who resigned in 2018, has "
       "become one of President Cyril Ramaphosa's fiercest critics. Turkey remains Greece's main rival. Iran is "
       "among Russia's closest allies.",
       {"india opposes pakistan", "pakistan opposes india", "jacob-zuma opposes cyril-ramaphosa", "turkey opposes greece",
        "greece opposes turkey", "iran cooperates_with russia"},
       {"cyril-ramaphosa opposes jacob-zuma"}},
      // mediation as a channel or in hosted contacts; a passive with a place before "by"; talks
      // "that are hosted by X" (the tree may join the second name through its title); a ceasefire
      // brokered by a third state is no agreement with it
      {"Oman, which has long served as a channel between Iran and Egypt, said so. Qatar has hosted indirect "
       "contacts between Chad and Sudan. Brazilian President Luis Silva was welcomed at the presidential "
       "villa by Nigerian President Bola Tinubu. President Ilham Aliyev and Prime Minister Nikol Pashinyan held "
       "talks in Brussels that are hosted by European Council President Charles Michel. Kyrgyzstan and "
       "Tajikistan have agreed to a ceasefire brokered by Kazakhstan.",
       {"oman mediates iran", "oman mediates egypt", "qatar mediates chad", "qatar mediates sudan",
        "bola-tinubu hosts luis-silva", "ilham-aliyev meets nikol-pashinyan", "charles-michel hosts ilham-aliyev",
        "charles-michel hosts nikol-pashinyan", "kazakhstan mediates kyrgyzstan", "kazakhstan mediates tajikistan"},
       {"kazakhstan cooperates_with kyrgyzstan", "kazakhstan cooperates_with tajikistan"}},
      // the object acts on the subject ("received loans from"); adverbial cooperation and solidarity;
      // a passive participle after a comma; a currency amount inside a noun cue's phrase
      {"Pakistan relied heavily on loans from China and Qatar. The US Africa Command struck al-Shabaab, in "
       "coordination with the Somali government. The European External Action Service (EEAS), the European "
       "Union's diplomatic arm, said it stood in full solidarity with the Netherlands. The Armed Forces of the "
       "DRC (FARDC), supported by Burundian troops, attacked. The IMF on Friday approved a $900 million loan for Laos.",
       {"china supports pakistan", "qatar supports pakistan", "us-africa-command cooperates_with somalia",
        "european-external-action-service supports netherlands", "burundi supports armed-forces-of-the-drc",
        "international-monetary-fund supports laos"},
       {"pakistan supports china", "european-union supports netherlands"}},
      // a verb joined by "and" shares the first verb's subject, not its object
      {"Opposition leader Jan Nowak accused Prime Minister Piotr Lis of lying and criticised Defence Minister Adam Bak.",
       {"jan-nowak opposes piotr-lis", "jan-nowak opposes adam-bak"}, {"piotr-lis opposes adam-bak"}},
      // an official in an absolute clause speaks for the state that opens the sentence
      {"Tehran rejected the charge, with Foreign Ministry spokesman Ali Karimi saying Iran did not arm them. "
       "Japan welcomed the vote, with foreign ministry spokesman Hiro Ito describing it as peaceful. "
       "Russia welcomed the talks, with Ukrainian President Oleh Moroz saying nothing.",
       {"ali-karimi affiliated_with iran", "hiro-ito affiliated_with japan", "oleh-moroz affiliated_with ukraine"},
       {"oleh-moroz affiliated_with russia"}},
      // attending an event in a state's capital visits it
      {"President Ana Costa attended a summit in Minsk. Students attending schools in Kenya protested.",
       {"ana-costa visits belarus"}, {}},
      // "talks in Brussels that are hosted by X": the place is not what X hosts
      {"President Ilham Aliyev and Prime Minister Nikol Pashinyan held talks in Brussels that are hosted by European "
       "Council President Charles Michel.",
       {"charles-michel affiliated_with european-council"}, {"charles-michel hosts belgium", "charles-michel hosts brussels"}},
      // an object pronoun is the nearest person before it who is not its own verb's subject
      {"Russia and China, close allies of President Nicolas Maduro, have congratulated him.",
       {"russia supports nicolas-maduro", "china supports nicolas-maduro"}, {}},
      // only a person's being somewhere is a visit
      {"Russia, which is in Europe, criticized Georgia. President Ana Costa is in Beijing this week.",
       {"ana-costa visits china", "russia opposes georgia"}, {"russia visits europe"}},
      // leading an organization is belonging to it; an acronym between an organization and a title;
      // a title in apposition types a person, "for the group" ties it to the group named last
      {"Economic Freedom Fighters (EFF) leader Julius Malema spoke. President Cyril Ramaphosa, who leads the ANC, "
       "said so. The war led Russia to act. The Houthis fired. Yahya Saree, a military spokesman for the group, spoke.",
       {"julius-malema affiliated_with economic-freedom-fighters", "cyril-ramaphosa affiliated_with african-national-congress",
        "yahya-saree affiliated_with houthis"},
       {}},
      // "The RSF, led by X,": X belongs to it; "UN relief chief X": words between the organization and the title
      {"The Rapid Support Forces, led by Mohamed Hamdan Dagalo, denied it. UN relief chief Tom Fletcher spoke. Western "
       "countries, led by the United States, rallied.",
       {"mohamed-hamdan-dagalo affiliated_with rapid-support-forces", "tom-fletcher affiliated_with united-nations"}, {}},
      // representing a state or organization is belonging to it, active or passive
      {"Armenia was represented by Deputy Prime Minister Mher Grigoryan. Ana Costa represented Chile at the talks. The "
       "decision represented a victory for Iran.",
       {"mher-grigoryan affiliated_with armenia", "ana-costa affiliated_with chile"}, {}},
      // a known name opening with a lower-case particle; "fought X" takes a direct object
      {"Kenya condemned al-Shabaab. Kenyan troops fought al Qaeda.", {"kenya opposes al-shabaab", "kenya fights al-qaeda"}, {}},
      // a group named after a state acts on its own account; troops and officials act for it
      {"French companies criticized Germany. U.S. Muslim groups criticized Canada. Russian troops attacked Ukraine.",
       {"russia attacks ukraine"}, {"france opposes germany", "united-states opposes canada"}},
      {"Germany criticized French companies and Iranian students.", {}, {"germany opposes france", "germany opposes iran"}},
      {"The Venezuelan opposition criticised Russia. Venezuela criticised Brazil.", {"venezuela opposes brazil"},
       {"venezuela opposes russia"}},
      // "both sides" are the parties named before, not the one calling on them
      {"Iraqi jets bombed an Iranian oil terminal on Kharg Island. Saudi Arabia's King Salman called on both sides to stop.",
       {"iraq attacks iran", "salman urges iraq", "salman urges iran"}, {"salman urges saudi-arabia"}},
      // appositions between a subject and its verb
      {"Cmdr. Ray Stone, a spokesman for Operation Dawn, the U.S. mission against Islamic State in Iraq, told Reuters the claim was false.",
       {"ray-stone speaks_to reuters"}, {"united-states speaks_to reuters", "iraq speaks_to reuters"}},
      // coordinated subjects of a symmetric cue
      {"Sweden and Finland held talks on Monday.", {"sweden meets finland"}, {}},
      // "no ... agreement" denies it
      {"Israel and Lebanon reached no agreement.", {}, {"israel cooperates_with lebanon"}, {"israel cooperates_with lebanon"}},
      // "the country" is the state named last
      {"Iran denied the report. The country's foreign ministry accused Israel of sabotage.", {"iran opposes israel"}, {}},
      // pledges carry a noun cue; "as" opens a clause; "and" before a verb ends an object list
      // "as well as" joins objects; "together with" joins a companion to the subject
      {"Joe Biden met Olaf Scholz as well as Emmanuel Macron.",
       {"joe-biden meets olaf-scholz", "joe-biden meets emmanuel-macron"}, {}},
      {"Egypt, together with Qatar, mediated between Israel and Hamas.",
       {"egypt mediates israel", "qatar mediates hamas"}, {}},
      // messages and letters
      {"Xi Jinping sent a message to Kim Jong Un.", {"xi-jinping speaks_to kim-jong-un"}, {}},
      // hosting talks between two parties is mediation and hosting, also with the talks measured;
      // acting as a mediator is mediation; playing host
      {"Qatar hosted talks between the United States and the Taliban.",
       {"qatar mediates united-states", "qatar mediates taliban", "qatar hosts united-states", "qatar hosts taliban",
        "united-states meets taliban"},
       {}},
      // "had spoken by telephone" is no passive; "the emir of Kuwait, Sheikh X" is the person
      {"Prime Minister Sanna Virta said she had spoken by telephone with Kenyan President William Ruto.",
       {"sanna-virta speaks_to william-ruto"}, {}},
      {"Prime Minister Sanna Virta spoke with the emir of Kuwait, Sheikh Nawaf al-Ahmad, on Monday.",
       {"sanna-virta speaks_to nawaf-al-ahmad", "nawaf-al-ahmad affiliated_with kuwait"}, {"sanna-virta speaks_to kuwait"}},
      // a name in apposition after "and the host," is a conjunct, and its relative clause is its own
      {"Narendra Modi met Russian President Vladimir Putin and the host, Kyrgyz President Sadyr Japarov, who welcomed "
       "him at the residence.",
       {"narendra-modi meets vladimir-putin", "narendra-modi meets sadyr-japarov"},
       {"vladimir-putin hosts sadyr-japarov", "vladimir-putin hosts narendra-modi"}},
      {"Olaf Scholz met Armenian Prime Minister Ashot Grigoryan and his foreign minister, Narek Sahakyan, who told "
       "Reuters the plan was ready.",
       {"narek-sahakyan speaks_to reuters"}, {"ashot-grigoryan speaks_to reuters"}},
      // a participle after a comma is an act of its own: the main verb's denial does not reach it
      {"Foreign Minister Karl Olsen denied reports that a ransom had been paid, telling NRK television that Norway "
       "does not pay.",
       {"karl-olsen speaks_to nrk"}, {}},
      // judging "a move" judges the actor of the clause before it
      {"China blocked Lithuanian goods, a move the European Union challenged at the World Trade Organization.",
       {"european-union opposes china", "china opposes lithuania"}, {"european-union opposes world-trade-organization"}},
      {"Egypt reopened the Rafah crossing, a decision Jordan welcomed.", {"jordan supports egypt"}, {"jordan hosts egypt"}},
      {"The Dominican Republic said it would not take in refugees, a position criticized by Amnesty International.",
       {"amnesty-international opposes dominican-republic"}, {}},
      // two phrases of manner and time before the preposition; the preposition repeated
      {"Kenyan President William Ruto spoke by telephone on Sunday with Tanzanian President Samia Hassan and with "
       "Rwandan President Paul Kagame.",
       {"william-ruto speaks_to samia-hassan", "william-ruto speaks_to paul-kagame"}, {}},
      {"Norway, which has hosted four rounds of talks between Colombia and the ELN, praised both.",
       {"norway hosts colombia", "norway hosts national-liberation-army-of-colombia",
        "colombia meets national-liberation-army-of-colombia"},
       {}},
      {"Oman has acted as a mediator between Iran and the United States. China played host to Vladimir Putin.",
       {"oman mediates iran", "oman mediates united-states", "china hosts vladimir-putin"}, {}},
      // solidarity, congratulations, protests lodged with someone, recognition; blocked aid is denied
      {"India expressed solidarity with Israel. Joe Biden congratulated Narendra Modi on his victory.",
       {"india supports israel", "joe-biden supports narendra-modi"}, {}},
      {"Japan protested to China over the incident. Canada recognised Palestine.",
       {"japan opposes china", "canada cooperates_with palestine"}, {}},
      {"Hungary blocked aid to Ukraine.", {}, {"hungary supports ukraine"}, {"hungary supports ukraine"}},
      // visits: landing, being on a visit, a pronoun in a fronted phrase pointing forward
      {"Narendra Modi landed in Moscow on Monday. Antony Blinken is on a three-day visit to China.",
       {"narendra-modi visits russia", "antony-blinken visits china"}, {}},
      {"Antony Blinken spoke. During his trip to Japan, Joe Biden met Fumio Kishida.",
       {"joe-biden visits japan", "joe-biden meets fumio-kishida"}, {"antony-blinken visits japan"}},
      {"Antony Blinken spoke. Ahead of his visit to India, Vladimir Putin praised Narendra Modi.",
       {"vladimir-putin visits india"}, {"antony-blinken visits india"}},
      // "X's ally, the Y,": an apposition after the comma
      {"Israel's ally, the United States, vetoed the resolution.", {"israel cooperates_with united-states"}, {}},
      // "their countries": the states of the two people "their" refers to
      {"Chinese President Xi Jinping met Russian President Vladimir Putin. When Xi visited Moscow, Putin praised "
       "their countries' cooperation.",
       {"china cooperates_with russia"}, {}},
      // meals together are meetings
      {"Joe Biden had dinner with Emmanuel Macron at the White House. Olaf Scholz dined with Rishi Sunak.",
       {"joe-biden meets emmanuel-macron", "olaf-scholz meets rishi-sunak"}, {}},
      // a military operation against someone is fighting them
      {"Inherent Resolve, the U.S. military operation against Islamic State, continued.",
       {"united-states fights islamic-state"}, {}},
      // joint undertakings
      {"Jordanian-U.S. joint military operations protect civilians. China and Russia held joint exercises.",
       {"jordan cooperates_with united-states", "china cooperates_with russia"}, {}},
      {"Toyota formed a joint venture with General Motors. The joint session of Congress met.",
       {"toyota cooperates_with general-motors"}, {}},
      // a stated position that someone should act urges them; a view of what is does not
      {"He reiterated Canada's position that the United States should adhere to the treaty.",
       {"canada urges united-states"}, {}},
      {"It was Germany's view that France is wrong.", {}, {"germany urges france"}},
      // working with someone is cooperation
      {"Prime Minister Tony Blair said he would work closely with President George W Bush.",
       {"tony-blair cooperates_with george-w-bush"}, {}},
      // at war; talks planned for a visit are future too
      {"Iran and Iraq have been at war since 1980.", {"iran fights iraq"}, {}},
      {"U.S. Trade Representative Clayton Yeutter spoke.", {"clayton-yeutter affiliated_with united-states"}, {}},
      // commodity trade with quantities; threats of retaliation
      {"The Soviet Union bought 500,000 tonnes of U.S. corn. China sold 200,000 tonnes of sugar to Japan.",
       {"soviet-union trades_with united-states", "china trades_with japan"}, {}},
      {"The European Community threatened retaliation against the United States.",
       {"european-community threatens united-states"}, {}},
      // a contrasted name is set aside; a participle phrase between subject and verb is skipped
      {"Iran, not Iraq, attacked Israel.", {"iran attacks israel"}, {"iraq attacks israel"}},
      {"Vladimir Putin and Xi Jinping, meeting in Beijing, criticised the United States.",
       {"vladimir-putin opposes united-states", "xi-jinping opposes united-states", "vladimir-putin meets xi-jinping"}, {}},
      // fighting alongside someone is fighting with them, not against them
      {"The Wagner Group fought alongside Russian troops in Ukraine.", {"wagner-group cooperates_with russia"},
       {"wagner-group fights russia"}},
      // a pledge is an intention; "expand" carries its noun like "hold" does
      {"Beijing and Moscow pledged to expand trade.", {"china trades_with russia"}, {}},
      // denials: a gerund after a denial, a denied report, "no talks", "neither ... nor"
      {"Russia denied attacking Ukraine.", {}, {"russia attacks ukraine"}, {"russia attacks ukraine"}},
      {"Israel rejected claims that it had attacked Egypt.", {}, {"israel attacks egypt"}, {"israel attacks egypt"}},
      {"No talks were held between Russia and Ukraine.", {}, {"russia meets ukraine"}, {"russia meets ukraine"}},
      {"Neither China nor India condemned Russia.", {}, {"china opposes russia", "india opposes russia"},
       {"china opposes russia", "india opposes russia"}},
      {"Turkey is unlikely to support Sweden.", {}, {"turkey supports sweden"}, {"turkey supports sweden"}},
      {"Joe Biden said that Russia attacked Ukraine.", {"russia attacks ukraine"}, {}},
      // lawsuits; a deal a light verb's clause denies
      {"Apple sued Samsung over patents. South Africa filed a case against Israel at the court.",
       {"apple opposes samsung", "south-africa opposes israel"}, {}},
      {"Serbia and Kosovo failed to reach an agreement.", {}, {"kosovo cooperates_with serbia"},
       {"kosovo cooperates_with serbia"}},
      // officials and office holders of a state act for it
      {"Foreign ministers of Brazil and India met in New Delhi.", {"brazil meets india"}, {}},
      {"Officials from China met their counterparts from Japan.", {"china meets japan"}, {}},
      // ties deepened; sanctions lifted are sanctions ended
      {"Iran and Saudi Arabia vowed to deepen ties.", {"iran cooperates_with saudi-arabia"}, {}},
      {"The European Union lifted sanctions on Venezuela.", {}, {"european-union opposes venezuela"},
       {"european-union opposes venezuela"}},
      // attacks named by what was fired or struck, fighting by an exchange of fire
      {"Hamas fired rockets at Israel. Israeli forces struck targets in Lebanon overnight.",
       {"hamas attacks israel", "israel attacks lebanon"}, {"israel attacks hamas"}},
      {"India and Pakistan exchanged fire along the border.", {"india fights pakistan"}, {}},
      // a plural description opening a clause names the pair of its own sentence
      {"Chancellor Olaf Scholz spoke in Berlin on Monday. Vladimir Putin hailed his friend Xi Jinping as the two leaders met in Moscow.",
       {"vladimir-putin meets xi-jinping"}, {"olaf-scholz meets xi-jinping", "olaf-scholz visits russia"}},
      // a verb after "and" closes the object list
      {"Prime Minister Fumio Kishida of Japan visited Kyiv and met Volodymyr Zelensky.",
       {"fumio-kishida visits ukraine"}, {"fumio-kishida visits volodymyr-zelensky"}},
      {"European Union leaders promised more military aid to Ukraine as President Maia Sandu visited Brussels.",
       {"european-union supports ukraine", "maia-sandu visits brussels"}, {"european-union visits brussels"}},
      {"Chancellor Olaf Scholz met European Commission President Ursula von der Leyen and addressed the European Parliament.",
       {"olaf-scholz meets ursula-von-der-leyen", "ursula-von-der-leyen affiliated_with european-commission"},
       {"olaf-scholz meets european-parliament"}},
      // an apposition naming an ally; "told reporters that X" does not speak to X
      {"Prime Minister Viktor Orban, the Kremlin's closest ally in the EU, spoke. Spokesman Dmitry Peskov told reporters that Moscow was ready.",
       {"viktor-orban cooperates_with russia"}, {"dmitry-peskov speaks_to russia"}},
      // "spoke by phone with"; "both sides" are the pair named together before
      {"President Recep Tayyip Erdogan spoke by phone with President Vladimir Putin.",
       {"recep-tayyip-erdogan speaks_to vladimir-putin"}, {}},
      {"Turkey, which has mediated between Moscow and Kyiv, called for calm. China called on both sides to talk.",
       {"turkey mediates russia", "turkey mediates ukraine", "china urges russia", "china urges ukraine"},
       {"china urges turkey"}},
      // party adjectives, a capitalised description, and a topic that is no participant
      {"Liberal Democrat leader Charles Kennedy spoke.", {"charles-kennedy affiliated_with liberal-democrats"},
       {"charles-kennedy affiliated_with democratic-party"}},
      {"Prime Minister Tony Blair arrived. The Prime Minister met French President Jacques Chirac to discuss the EU budget.",
       {"tony-blair meets jacques-chirac"}, {"tony-blair meets european-union"}},
      // measures imposed on a state; a trade deal is cooperation and trade
      {"The European Union imposed new sanctions on Belarus.", {"european-union opposes belarus"}, {}},
      {"Chile signed a trade deal with Japan.", {"chile cooperates_with japan", "chile trades_with japan"}, {}},
      // "X, Y's main backer"; "sanctions on Y's government"; "would not normalize relations with"
      {"Iran, Assad's main backer, welcomed the talks. President Bashar Assad spoke.", {"iran supports bashar-assad"}, {}},
      {"The United States, which has imposed sanctions on Cuba's government, criticized the visit.",
       {"united-states opposes cuba"}, {}},
      {"Washington would not normalize relations with Damascus.", {}, {"united-states cooperates_with syria"},
       {"united-states cooperates_with syria"}},
      // goods of a state; compound adjectives; a known name inside an all-capitals headline
      {"EGYPT BUYS U.S. WHEAT\n\nEgypt has bought one million tonnes of U.S. wheat.", {"egypt trades_with united-states"}, {}},
      {"U.S.-backed Syrian forces blocked the road.", {}, {"united-states supports syria"}},
      // a protest lodged with a state; threats against one
      {"Tokyo lodged a protest with North Korea.", {"japan opposes north-korea"}, {}},
      {"Leader Kim Jong Un threatened to use nuclear weapons against the United States.",
       {"kim-jong-un threatens united-states"}, {}},
      // diplomatic protest
      {"Poland summoned the Russian ambassador. Lithuania recalled its ambassador from Minsk.",
       {"poland opposes russia", "lithuania opposes belarus"}, {}},
      // relative clauses and appositions
      {"President Gustavo Petro, who met Venezuela's leader on Monday, praised Brazil.",
       {"gustavo-petro supports brazil", "gustavo-petro meets venezuela"}, {"venezuela supports brazil"}},
      {"Sergio Ruiz, the foreign minister of Peru, met Chile's President Gabriel Boric.",
       {"sergio-ruiz meets gabriel-boric", "sergio-ruiz affiliated_with peru"}, {"peru meets gabriel-boric"}},
      // the two leaders, both sides
      {"President Joe Biden and President Xi Jinping spoke by phone. The two leaders agreed to meet again.",
       {"joe-biden cooperates_with xi-jinping"}, {}},
      // questions and conditionals are not facts
      {"Will China attack Taiwan?", {}, {"china attacks taiwan"}},
      {"If Russia attacks Poland, NATO will respond.", {}, {"russia attacks poland"}},
      // relative clause
      {"Lebanon, which hosted Syria's foreign minister, criticised Israel.", {"lebanon opposes israel"},
       {"syria opposes israel"}},
      // a relative clause closed before the cue qualifies its own verb, not the cue
      {"Farm Minister Karl Weber, whose government backed the import ban, accused Canada of dumping grain.",
       {"karl-weber opposes canada"}, {}},
      {"Farm Minister Karl Weber, who refused to comment, accused Canada of dumping grain.", {"karl-weber opposes canada"}, {}},
      {"Farm Minister Karl Weber did not accuse Canada of dumping grain.", {}, {"karl-weber opposes canada"}},
      // a rank before a title is part of the title and names no organization
      {"Peru's Vice Trade Minister Ana Lopez met Acting President Dina Boluarte.",
       {"ana-lopez affiliated_with peru", "ana-lopez meets dina-boluarte"}, {"ana-lopez affiliated_with vice"}},
      {"Chile's Deputy Mining Minister Pablo Soto visited Bolivia.",
       {"pablo-soto affiliated_with chile", "pablo-soto visits bolivia"}, {"pablo-soto affiliated_with deputy"}},
      // an acronym the text spells out for a name of its own is that name's, not the lexicon's
      {"The Financial Services Authority (FSA) fined Barclays. The FSA warned Credit Suisse.",
       {"financial-services-authority threatens credit-suisse"}, {"free-syrian-army threatens credit-suisse"}},
      // (even when one word is shared: a name sharing at most half its words spells another actor)
      {"Japan backed the Multinational Security Support (MSS) mission. The MSS thanked Japan.",
       {"japan supports multinational-security-support", "multinational-security-support supports japan"},
       {"japan supports ministry-of-state-security"}},
      // a guest named in apposition visits the host's state; hosting for talks is a meeting
      {"Kenyan President William Ruto hosted his Ugandan counterpart, Yoweri Museveni, in Nairobi for talks on trade.",
       {"yoweri-museveni visits kenya", "william-ruto hosts yoweri-museveni", "william-ruto meets yoweri-museveni"}, {}},
      {"Kenyan President William Ruto hosted Yoweri Museveni and later left for talks.",
       {"william-ruto hosts yoweri-museveni", "william-ruto meets yoweri-museveni"}, {}},
      // being due in a state; readmission; regarding as a terrorist; a speech to a body
      {"Norwegian envoy Tor Wennesland is due in Lebanon on Friday.", {"tor-wennesland visits lebanon"}, {}},
      {"Mali was readmitted to ECOWAS last year.", {"mali affiliated_with economic-community-of-west-african-states"}, {}},
      {"Ethiopia considers the TPLF a terrorist group. Ethiopia considers Kenya a partner.",
       {"ethiopia opposes tigray-peoples-liberation-front"}, {"ethiopia opposes kenya"}},
      {"Chancellor Olaf Scholz said in a speech to the Bundestag that aid would continue.",
       {"olaf-scholz speaks_to bundestag"}, {}},
      // a state's body acts for its state, and a body named after a state's possessive is that state's
      {"Chile's Mining Ministry accused Peru of dumping copper. The Argentine Defense Ministry criticised Chile. "
       "Argentina sells gas to Chile.",
       {"chile opposes peru", "chilean-mining-ministry opposes peru", "chilean-mining-ministry affiliated_with chile",
        "argentina opposes chile"},
       {"mining-ministry opposes peru"}},
      {"Chile's Mining Ministry accused Peru of dumping copper. Peru's Mining Ministry rejected the charge.",
       {"peruvian-mining-ministry affiliated_with peru"}, {"chilean-mining-ministry affiliated_with peru"}},
      // 1980s wires: the European Community; shooting down, routing
      {"EC farm ministers met in Luxembourg. The EC Commission said prices would fall.", {},
       {"european-union meets luxembourg"}},
      {"Dutch Agriculture Minister Gerrit Braks, the EC's farm commissioner, urged Canada to cut subsidies.",
       {"gerrit-braks affiliated_with european-community", "gerrit-braks urges canada"}, {}},
      {"An Iraqi warplane shot down an Iranian helicopter. Chinese and North Korean troops routed American forces.",
       {"iraq attacks iran", "china attacks united-states", "north-korea attacks united-states"}, {}},
      // comments carried by an agency; a backer named with the owner's title; a title opening a name
      {"Iraqi Foreign Minister Fuad Hussein praised the deal in comments carried by the state news agency INA.",
       {"fuad-hussein speaks_to ina"}, {}},
      {"Chad courted Russia, President Faustin Touadera's main military backer.", {"russia supports faustin-touadera"}, {}},
      {"Anna Berg, a lecturer at King's College London, said the claim was false.",
       {"anna-berg affiliated_with kings-college-london"}, {"anna-berg affiliated_with united-kingdom"}},
      // talk of trade between two people is no trade; telephoning; a protest note handed over
      {"Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida. The two leaders discussed trade.",
       {"narendra-modi meets fumio-kishida"}, {"narendra-modi trades_with fumio-kishida"}},
      {"Kenyan President William Ruto telephoned Tanzanian President Samia Suluhu Hassan on Sunday.",
       {"william-ruto speaks_to samia-suluhu-hassan"}, {}},
      {"Algeria handed a protest note to Morocco.", {"algeria opposes morocco"}, {}},
      // an approximate quantity bought; a ban lifted; aid named with its donor received; a credit
      {"Egypt has bought about 500,000 tonnes of U.S. wheat, traders said.", {"egypt trades_with united-states"}, {}},
      {"Taiwan lifted its ban on imports of Japanese apples.", {"taiwan trades_with japan"}, {}, {}},
      {"Taiwan extended its ban on imports of Japanese apples.", {}, {"taiwan trades_with japan"}, {"taiwan trades_with japan"}},
      {"Jordan received 1.5 billion dlrs in U.S. military aid last year. Jordan received Saudi aid.",
       {"united-states supports jordan", "saudi-arabia supports jordan"}, {"jordan hosts united-states", "jordan hosts saudi-arabia"}},
      {"Nepal's opposition warned Nepal against receiving Chinese loans.", {}, {"china supports nepal"}},
      {"The International Monetary Fund approved a 700 mln dlr standby credit for Kenya.",
       {"international-monetary-fund supports kenya"}, {}},
      // a place acts on no one and is met by no one; self-governing polities act
      {"Kuwait's emir mediated between Qatar and its Gulf neighbours.", {"kuwait mediates qatar"},
       {"kuwait mediates persian-gulf"}},
      {"Somaliland's president, Muse Bihi Abdi, criticised Somalia. Greenland's premier, Mute Egede, met Danish officials.",
       {"muse-bihi-abdi affiliated_with somaliland", "mute-egede affiliated_with greenland", "muse-bihi-abdi opposes somalia"}, {}},
      // coordination past the body a demonym stands for
      {"Norway mediated between the Sri Lankan government and the Tamil Tigers.",
       {"norway mediates sri-lanka", "norway mediates liberation-tigers-of-tamil-eelam"}, {}},
      // a go-between for a pair; strikes inside a state
      {"Omani envoy Badr Albusaidi acted as a go-between for Iran and Egypt. Pakistan carried out strikes inside Iran.",
       {"badr-albusaidi mediates iran", "badr-albusaidi mediates egypt", "pakistan attacks iran"}, {}},
      // warnings and threats from X; charges; investigations into X; a former official is no state
      {"Finnish President Sauli Niinisto visited Kyiv on Friday, defying warnings from Moscow. Moldova faces threats "
       "from Russia.",
       {"russia threatens sauli-niinisto", "russia threatens moldova"}, {}},
      {"Prosecutors in Kenya charged a former Ugandan minister with fraud. The European Commission opened an "
       "investigation into Apple. Police opened an investigation into the crash.",
       {"european-commission opposes apple"}, {"kenya opposes uganda"}},
      {"Senator Lisa Reed met a former Ugandan minister, Amama Mbabazi, in Kampala.", {"lisa-reed meets amama-mbabazi"}, {}},
      // objections from X to what the subject does; defiance; what the speaker called X's act
      {"The World Bank approved a loan to Uganda despite objections from Kenya. Serbia held the vote in defiance of the EU.",
       {"kenya opposes world-bank", "serbia opposes european-union"}, {"european-union opposes serbia"}},
      {"Canadian Foreign Minister Melanie Joly condemned what she called India's reckless actions.",
       {"melanie-joly opposes india"}, {}},
      // ordering someone to act urges them; ordering goods from X is trade
      {"President Bola Tinubu ordered the Nigerian Air Force to strike. Poland ordered 250 tanks from the United States.",
       {"bola-tinubu urges nigerian-air-force", "poland trades_with united-states"}, {"poland urges united-states"}},
      // "the council" is the council named before, and nothing when none was; a past duty is no demand
      {"Kenyan envoy Martin Kimani addressed the UN Security Council and urged the council to act.",
       {"martin-kimani urges un-security-council"}, {}},
      {"Kenyan envoy Martin Kimani met NATO officials and urged the council to act.", {}, {"martin-kimani urges nato"}},
      {"The UN Security Council met. Algeria said the council should have acted sooner.", {},
       {"algeria urges un-security-council"}},
      // alignment, working hand in hand, a memorandum with a partner
      {"Former president Ahmet Sezer was closely aligned with Turkish President Recep Tayyip Erdogan.",
       {"ahmet-sezer cooperates_with recep-tayyip-erdogan"}, {}},
      {"Japan signed a memorandum on rare earths with Vietnam. Kenyan troops worked hand in hand with the Somali army.",
       {"japan cooperates_with vietnam", "kenya cooperates_with somali-army"}, {}},
      // aid received from a donor (not aid sought); money disbursed
      {"Ukraine received military aid from Germany. Moldova secured 20 million euros in emergency aid from the World Bank.",
       {"germany supports ukraine", "world-bank supports moldova"}, {}},
      {"Kenya sought aid from China.", {}, {"china supports kenya"}},
      {"The IMF disbursed 1.3 billion dlrs to Pakistan.", {"international-monetary-fund supports pakistan"}, {}},
      // a cue phrase across quotation marks
      {"The African Union stood \"in full solidarity\" with Sudan.", {"african-union supports sudan"}, {}},
      // names of one letter and digits; a posting word between employer and title; a demonym
      // after the article of a membership; leading a rival is no membership; a name before "gang"
      {"Rwanda backs M23. M23 leader Bertrand Bisimwa denied it. The G7 condemned Rwanda.",
       {"rwanda supports m23", "bertrand-bisimwa affiliated_with m23", "g7 opposes rwanda"}, {}},
      {"UNHCR country representative Maria Lopez said the camp was full.", {"maria-lopez affiliated_with unhcr"}, {}},
      {"Siobhan Kearney, an Irish member of the European Parliament, criticised the vote.",
       {"siobhan-kearney affiliated_with european-parliament"}, {}},
      {"Marcela Funes led National Party candidate Julio Andino by two points.", {}, {"marcela-funes affiliated_with julio-andino"}},
      {"Police say Pedro Ruiz belongs to the Los Choneros gang.", {"pedro-ruiz affiliated_with los-choneros"}, {}},
      // an apposition's partner may be a list after "of"
      {"China, the largest trading partner of Laos, Cambodia and Myanmar, held a summit.",
       {"china trades_with laos", "china trades_with cambodia", "china trades_with myanmar"}, {}},
      // briefing, informing and assuring someone speaks to them
      {"Indian Prime Minister Narendra Modi briefed U.S. President Joe Biden on the talks. Turkish President Recep "
       "Tayyip Erdogan informed NATO of his decision.",
       {"narendra-modi speaks_to joe-biden", "recep-tayyip-erdogan speaks_to nato"}, {}},
      // an import ban opposes the state whose goods it bars; a suspension is only a trade stopped
      {"Nigeria banned imports of wheat from the United States. China banned imports of Japanese seafood.",
       {"nigeria opposes united-states", "china opposes japan"}, {"nigeria trades_with united-states"}},
      {"Argentina suspended gas exports to Chile.", {}, {"argentina opposes chile"}, {"argentina trades_with chile"}},
      // a call or a letter received from someone
      {"Egyptian President Abdel Fattah al-Sisi received a phone call from his French counterpart. Kenya got a letter "
       "from the IMF. Chad sought a call from Sudan.",
       {"france speaks_to abdel-fattah-al-sisi", "international-monetary-fund speaks_to kenya"}, {"sudan speaks_to chad"}},
      // regions are places, also as adjectives
      {"European Union leaders met their Western Balkan counterparts. Ruto called Indonesia a partner in the Global South.",
       {}, {"european-union meets balkans", "global-south meets ruto"}},
      // an organization after a state's possessive is of that state; a state body also acts for it
      {"Qatar's Al Jazeera praised the deal. Iran's state broadcaster IRIB denied it. Poland's Orlen signed a deal with Naftogaz.",
       {"al-jazeera affiliated_with qatar", "irib affiliated_with iran", "orlen affiliated_with poland", "orlen cooperates_with naftogaz"},
       {"poland cooperates_with naftogaz", "al-jazeera supports qatar"}},
      {"Russia's attack on Ukraine's Naftogaz continued. China's support for Hamas grew.",
       {}, {"naftogaz affiliated_with russia", "hamas affiliated_with china"}},
      // an outlet or unit described as another's part: "a subsidiary of", "the armed wing of", "affiliated with"
      {"Rosneft, a subsidiary of Gazprom, signed. The Izz ad-Din al-Qassam Brigades, the armed wing of Hamas, fired rockets. "
       "Tasnim, a news agency affiliated with the Islamic Revolutionary Guard Corps, repeated it. Hamas, a group linked to Iran, "
       "denied it.",
       {"rosneft affiliated_with gazprom", "izz-ad-din-al-qassam-brigades affiliated_with hamas",
        "tasnim-news-agency affiliated_with islamic-revolutionary-guard-corps", "hamas affiliated_with iran"},
       {"gazprom affiliated_with rosneft"}},
      // an invitation to a meeting urges attendance; a phone call; contacting; a ruler is a title
      {"Peruvian President Alan Garcia invited Jose Sarney to a meeting in Lima. The emir spoke by phone with Saudi Crown Prince "
       "Mohammed bin Salman. Polygraph.info contacted Press TV by email. Qatar's ruler, Sheikh Tamim bin Hamad al-Thani, agreed.",
       {"alan-garcia urges jose-sarney", "polygraph-info speaks_to press-tv", "tamim-bin-hamad-al-thani affiliated_with qatar"},
       {"press-tv speaks_to polygraph-info"}},
      // disapproval in other words: decry, lambast, snub, boycott, defy, object to, vote against, vow to stop
      {"Poland decried Hungary's veto. Lithuania lambasted China. Turkey snubbed Sweden. Canada boycotted Russia. "
       "Google defied the United States. Japan objected to China. France voted against Israel. "
       "Donald Trump vowed to stop Nippon Steel from buying the company. The EU imposed a ban on Belarus.",
       {"poland opposes hungary", "lithuania opposes china", "turkey opposes sweden", "canada opposes russia",
        "google opposes united-states", "japan opposes china", "france opposes israel", "donald-trump opposes nippon-steel",
        "european-union opposes belarus"},
       {"hungary opposes poland", "nippon-steel opposes donald-trump"}},
      // calling an actor or its act something shameful opposes it; "called it a mistake" names no actor
      {"Russian Foreign Minister Sergei Lavrov called Joe Biden a dictator. U.S. Steel chief executive David Burritt "
       "called President Joe Biden's move \"shameful.\" Joe Biden called it a mistake to fight Iran.",
       {"sergei-lavrov opposes joe-biden", "david-burritt opposes joe-biden"}, {"joe-biden opposes iran"}},
      // a participle of judgement after a reported clause is the reporter's; a dateline reports nothing
      {"Brazilian President Luiz Inacio Lula da Silva said that no Argentine minister would come, accusing Paraguay of bad faith.",
       {"luiz-inacio-lula-da-silva opposes paraguay"}, {"argentina opposes paraguay"}},
      {"LIMA, May 3 (Reuters) - The Peruvian Nationalist Party on Friday asked judges to annul the vote, accusing the ruling "
       "Popular Force party of fraud.",
       {"peruvian-nationalist-party opposes popular-force"}, {"peru opposes popular-force"}},
      // a sentence-case headline: its names are the capitalised words, its comma still joins subjects
      {"Hungary's MOL signs Adriatic oil deal with Croatia's JANAF as supplies falter\n\nHungarian oil group MOL signed a "
       "deal with Croatian pipeline operator JANAF.",
       {"mol cooperates_with janaf"}, {}},
      {"Japan, Indonesia upgrade ties as president makes first state visit\n\nJapan and Indonesia agreed on Monday.",
       {"japan cooperates_with indonesia"}, {}},
      // membership with an adjective; investors and lenders trade with where their money goes
      {"The African Union became a permanent member of the G20 in 2023. Japan is the largest foreign investor in the "
       "United States. Japan is Indonesia's biggest investor. China, the biggest creditor of Zambia, agreed. "
       "Citibank and Chase Manhattan, the two largest U.S. lenders to Brazil, objected.",
       {"african-union affiliated_with g20", "japan trades_with united-states", "japan trades_with indonesia",
        "china trades_with zambia"},
       {"g20 affiliated_with african-union", "chase-manhattan trades_with united-states"}},
      // an unknown employer named before a job title, in apposition or before the name
      {"William Rhodes, the Citibank vice chairman, said the lenders regretted the move. Nucor chief executive Leon Topalian "
       "declined to comment.",
       {"william-rhodes affiliated_with citibank", "leon-topalian affiliated_with nucor"}, {}},
      // a plural pronoun reaches back one sentence: the coordination opening it, else its two people
      {"French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris. They signed a defence pact. "
       "Russia and China held naval drills. Japan criticised them.",
       {"emmanuel-macron cooperates_with olaf-scholz", "japan opposes russia", "japan opposes china"}, {}},
      {"Officials from Russia and China met in Beijing on Monday. Japanese President Fumio Kishida criticised Turkey. "
       "They said talks would go on.",
       {}, {"russia speaks_to china"}},
      // leaving or heading for a capital is travel there; a delegation headed by someone is led, not sent
      {"Brazilian Finance Minister Dilson Funaro leaves on Sunday for Washington. Kenyan President William Ruto headed to "
       "Beijing. A Russian delegation headed by Sergei Lavrov arrived in Ankara.",
       {"dilson-funaro visits united-states", "william-ruto visits china", "sergei-lavrov visits turkey"}, {}},
      // funding, defending, backing in other words; inking a pact; joining forces; an ally in apposition
      {"Qatar has bankrolled Hamas for years. Serbian President Aleksandar Vucic came to the "
       "defence of Bosnian Serb leader Milorad Dodik. Javier Milei won the run-off with the backing of Mauricio Macri. "
       "Britain and Germany inked a defence pact. Finland and Estonia joined forces to protect undersea cables. "
       "Poland, one of Ukraine's staunchest allies, agreed. France and Spain, Morocco's largest trading partners, agreed.",
       {"qatar supports hamas", "aleksandar-vucic supports milorad-dodik", "mauricio-macri supports javier-milei",
        "united-kingdom cooperates_with germany", "finland cooperates_with estonia", "poland cooperates_with ukraine",
        "france trades_with morocco", "spain trades_with morocco"},
       {"javier-milei supports mauricio-macri"}},
      // criticism faced or drawn from someone; a verbal attack is no attack; a cue word inside a title is the title's
      {"Spanish Prime Minister Pedro Sanchez faced a backlash from the Scottish National Party. Slovak Prime Minister Robert Fico launched a verbal "
       "attack on the European Union. West German Finance Minister Gerhard Stoltenberg called on Brazil to act.",
       {"scottish-national-party opposes pedro-sanchez", "robert-fico opposes european-union", "gerhard-stoltenberg urges brazil"},
       {"robert-fico attacks european-union", "west-germany supports gerhard-stoltenberg"}},
      // a topic's place is no venue; phrases between the topic and "with"; talks by telephone are a call
      {"Turkish Foreign Minister Hakan Fidan discussed the situation in Syria with Iranian Foreign Minister Abbas Araghchi. "
       "German Foreign Minister Annalena Baerbock travelled to Qatar to discuss the war in Sudan. Greek Prime Minister "
       "Kyriakos Mitsotakis discussed migration by telephone on Tuesday with Italian Prime Minister Giorgia Meloni.",
       {"hakan-fidan meets abbas-araghchi", "annalena-baerbock visits qatar", "kyriakos-mitsotakis speaks_to giorgia-meloni"},
       {"hakan-fidan visits syria", "annalena-baerbock visits sudan", "kyriakos-mitsotakis meets giorgia-meloni"}},
      // a state's foreign guest comes to it; a head of state is not heading anywhere
      {"China hosted Russian President Vladimir Putin on Tuesday. Mongolia will play host to French President Emmanuel "
       "Macron next week, in the first visit by a French head of state to the country.",
       {"vladimir-putin visits china", "emmanuel-macron visits mongolia", "mongolia hosts emmanuel-macron"},
       {"mongolia visits france"}},
      // an opening phrase: its cue noun takes its own preposition and the main clause's subject
      {"Speaking during a two-day visit to Vietnam, Russian President Vladimir Putin said ties were strong. In a letter to "
       "U.N. Secretary-General Antonio Guterres, Sudan's ambassador to the United Nations, Al-Harith Idriss, accused the "
       "United Arab Emirates of arming the Rapid Support Forces.",
       {"vladimir-putin visits vietnam", "al-harith-idriss speaks_to antonio-guterres", "al-harith-idriss opposes united-arab-emirates"},
       {"vladimir-putin speaks_to vietnam", "united-arab-emirates speaks_to antonio-guterres",
        "united-arab-emirates speaks_to al-harith-idriss"}},
      // a group acting on itself states nothing between its members
      {"Britain imposed sanctions on two Israeli ministers, Itamar Ben-Gvir and Bezalel Smotrich. The measures freeze the "
       "assets the two men hold and bar them from entering.",
       {"united-kingdom opposes itamar-ben-gvir"},
       {"itamar-ben-gvir opposes bezalel-smotrich", "bezalel-smotrich opposes itamar-ben-gvir"}},
      // a denied report is no fact, with or without "that", and rebuts its author; a verb joined after it is a fact
      {"Turkish drone maker Baykar denied a report by The Washington Post that it had shipped drones to Sudan. Iran dismissed reports that it had "
       "armed the Houthis. Iran denied reports it had supplied drones to Russia. Rwanda denied reports on Wednesday that its "
       "troops had crossed into Burundi, and accused Burundian President Evariste Ndayishimiye of lying.",
       {"baykar opposes washington-post", "rwanda opposes evariste-ndayishimiye"},
       {"baykar supports sudan", "iran supports houthis", "iran trades_with russia"}},
      // a firm run by someone; an employer named after a place's "-based"
      {"The drones are built by Baykar, a private firm run by Selcuk Bayraktar. \"They sell well,\" said Selin Aydemir, "
       "a defence analyst at the Istanbul-based Centre for Economics and Foreign Policy Studies.",
       {"selcuk-bayraktar affiliated_with baykar",
        "selin-aydemir affiliated_with centre-for-economics-and-foreign-policy-studies"},
       {"selin-aydemir affiliated_with turkey"}},
      // a security service named in apposition acts; a co-leader leads
      {"Last year the Dutch military intelligence service, MIVD, accused Russia of sabotage. She met Fumitake Fujita, "
       "co-leader of the Japan Innovation Party, on Saturday.",
       {"mivd opposes russia", "fumitake-fujita affiliated_with japan-innovation-party"}, {}},
      // a tariff with its rate; friendship between two states; weeks spent abroad, not at home or away
      {"The United States imposed a 20% tariff on most Vietnamese goods. Chinese President Xi Jinping praised the traditional "
       "friendship between China and Cameroon. Cameroonian President Paul Biya spent two weeks in Switzerland. Russian "
       "President Vladimir Putin spent the weekend in Moscow. Rwandan President Paul Kagame stayed away from a summit in Angola.",
       {"united-states opposes vietnam", "china cooperates_with cameroon", "paul-biya visits switzerland"},
       {"vladimir-putin visits russia", "paul-kagame visits angola"}},
      // threats as nouns and vows of revenge; of two noun readings, the one taking the preposition that follows
      {"The Taliban issued a stark threat to Pakistan on Thursday. Iran's Supreme Leader Ali Khamenei vowed harsh revenge "
       "against Israel. The Sudanese Armed Forces pounded Rapid Support Forces positions. Hamas faces threats from Israel.",
       {"taliban threatens pakistan", "ali-khamenei threatens israel", "sudanese-armed-forces attacks rapid-support-forces",
        "israel threatens hamas"},
       {"pakistan threatens taliban", "hamas threatens israel"}},
      // a threatened act past a phrase of time and quotes is a threat, not the act
      {"North Korea's Kim Yo Jong threatened on Saturday to \"wipe out\" South Korea's armed forces. U.S. President Donald "
       "Trump threatened on Wednesday to impose a 50% tariff on all Brazilian imports.",
       {"kim-yo-jong threatens south-korea", "donald-trump threatens brazil"}, {"kim-yo-jong attacks south-korea"}},
      // a wave of strikes, missiles fired at a state, a convoy of soldiers ambushed; an investigation is no weapon
      {"Israel carried out a wave of air strikes on Hezbollah targets. Iran fired about 180 ballistic missiles at Israel. "
       "Al-Shabaab fighters ambushed a convoy of Kenyan soldiers. The Kremlin launched an investigation into Gazprom.",
       {"israel attacks hezbollah", "iran attacks israel", "al-shabaab attacks kenya"}, {"russia attacks gazprom"}},
      // imploring and pleading urge, and the act urged is no fact; investing in and sourcing from trade
      {"Pope Leo XIV implored Russia and Ukraine on Sunday to agree to an immediate ceasefire. Greek Prime Minister Kyriakos "
       "Mitsotakis pleaded with the European Commission to release funds. Saudi Arabia will invest $5 billion in Egypt's "
       "tourism sector. Serbia still sources most of its gas from Russia.",
       {"leo-xiv urges russia", "leo-xiv urges ukraine", "kyriakos-mitsotakis urges european-commission",
        "saudi-arabia trades_with egypt", "serbia trades_with russia"},
       {"russia cooperates_with ukraine"}},
      // telling someone, past phrases of manner and time, to act urges them
      {"U.S. President Donald Trump told Israeli Prime Minister Benjamin Netanyahu in a phone call on Monday to stop the strikes.",
       {"donald-trump urges benjamin-netanyahu", "donald-trump speaks_to benjamin-netanyahu"}, {}},
      // a title written in lower case with a hyphen is the title ("secretary-general" as "Secretary-General")
      {"NATO's secretary-general, Mark Rutte, thanked Poland. Hezbollah's secretary-general, Naim Qassem, thanked Iran.",
       {"mark-rutte affiliated_with nato", "naim-qassem affiliated_with hezbollah", "naim-qassem supports iran"}, {}},
      // talks under someone's auspices are mediated by them, fronted or not
      {"Under the auspices of the African Union, Ethiopia and Eritrea held talks. Qatar and the UAE signed a deal under the "
       "auspices of Saudi Arabia.",
       {"african-union mediates ethiopia", "african-union mediates eritrea", "saudi-arabia mediates qatar",
        "saudi-arabia mediates united-arab-emirates"},
       {"ethiopia mediates african-union"}},
      // an office taken in the main clause of a name opening the sentence
      {"Mark Carney was sworn in as Canada's prime minister on Friday. Musalia Mudavadi was named Kenya's foreign minister.",
       {"mark-carney affiliated_with canada", "musalia-mudavadi affiliated_with kenya"}, {}},
      // a modal before the cue and a condition after it make the act hypothetical; an embedded question does not
      {"Venezuelan opposition leader Edmundo Gonzalez said he would restore diplomatic relations with Washington if he were "
       "allowed to take office. The opposition Homeland Union said it would ask the Constitutional Court to rule on whether "
       "the cabinet had exceeded its powers.",
       {"homeland-union urges constitutional-court"}, {"edmundo-gonzalez cooperates_with united-states"}},
      // contradicting a report rebuts its author, and what it reports is no fact
      {"Hezbollah on Friday contradicted a report by Reuters that its officials had met U.S. envoys.",
       {"hezbollah opposes reuters"}, {"hezbollah meets united-states", "reuters meets united-states"}},
      // "the Commission": a capitalised short name of a body named before (not "the Council on ...")
      {"The European Commission opened an inquiry into the subsidies. Spain has backed the Commission's stance, and "
       "Portugal pressed the Commission to act quickly. Omar Haddad, executive director of the Council on Arab Relations, "
       "welcomed the move.",
       {"spain supports european-commission", "portugal urges european-commission",
        "omar-haddad affiliated_with council-on-arab-relations"},
       {}},
      // a palace is a venue; "before the two leaders held talks" opens a clause; an apposition is
      // no part of the denial around it
      {"South African President Cyril Ramaphosa, who arrived in Nairobi on Monday, was welcomed by Kenyan President "
       "William Ruto at the Blue Horizon Palace before the two leaders held talks. Ruto also rejected suggestions that "
       "the pact was aimed at China, Kenya's largest trading partner.",
       {"william-ruto meets cyril-ramaphosa", "china trades_with kenya"},
       {"blue-horizon-palace meets william-ruto"}},
      // "the two sides" after a state and another state's minister are the two states
      {"Venezuelan Foreign Minister Yvan Gil rejected talks with Washington. Qatar, which mediated a prisoner swap "
       "between the two sides last year, urged restraint.",
       {"qatar mediates venezuela", "qatar mediates united-states"},
       {"qatar mediates yvan-gil"}},
      // an unknown acronym spells an organization named before; welcoming several states' efforts
      {"The Tigray Defence Forces said on Monday they had withdrawn from the town. The TDF welcomed the Kenyan and "
       "South African efforts to end the war.",
       {"tigray-defence-forces supports kenya", "tigray-defence-forces supports south-africa"},
       {"tigray-defence-forces hosts kenya", "tdf supports kenya"}},
      // a title after a described body's possessive ties the person to the body
      {"The European Commission fined Apple on Monday. The decision was announced by the Commission's competition "
       "chief Teresa Ribera.",
       {"teresa-ribera affiliated_with european-commission", "european-commission opposes apple"},
       {}},
      // "led by" ties the leader to a body named before, whatever the mention's own shape
      {"The Volt-Pirate alliance won four seats. Volt-Pirate, led by Anna Smit since Kees Bos stepped down, said it "
       "would join.",
       {"anna-smit affiliated_with volt-pirate"}, {}},
      // a person's body past plain words after the possessive
      {"President Milos Dragan spoke on Monday. Dragan's ruling Progressive Union Party won the vote.",
       {"milos-dragan affiliated_with progressive-union-party"}, {}},
      // a campaign against someone is opposition; only a military one is fighting
      {"Russia's campaign of intimidation against Sweden will not go unanswered. Israel launched a military campaign "
       "against Hamas.",
       {"russia opposes sweden", "israel fights hamas"}, {"russia fights sweden"}},
      // a lower-case beat between a body and a title; a descriptor after a name, before "led by" and in a
      // later "the coalition"
      {"UN humanitarian chief Tom Fletcher spoke in Geneva. The Viv Ansanm gang coalition, led by former police "
       "officer Jimmy Cherizier, controls the port. The Haitian National Police withdrew. The coalition has also "
       "attacked the Haitian National Police.",
       {"tom-fletcher affiliated_with united-nations", "jimmy-cherizier affiliated_with viv-ansanm",
        "viv-ansanm attacks haitian-national-police"},
       {"haitian-national-police attacks haitian-national-police"}},
      // a donor in apposition or after a copula with the recipient's possessive
      {"Norway, Malawi's largest donor, pledged $20 million on Monday. Sweden is Malawi's second-biggest donor.",
       {"norway supports malawi"}, {"malawi supports norway"}},
      // "the Commission of bias": a capitalised short name's "of" may start a plain phrase
      {"The European Commission fined Apple on Monday. Apple said it would appeal, accusing the Commission of "
       "\"moving the goalposts\". The Commission of Inquiry on Burundi reported.",
       {"apple opposes european-commission"}, {}},
      // a place before a job title is its beat; fellows and consultancies; a lender in apposition;
      // plural agreements concluded
      {"The risk is high, said Awa Diallo, a Sahel analyst at consultancy Kestrel Risks. Tran Van Minh, a visiting "
       "fellow at the Lowy Institute, agreed. China, Zambia's largest bilateral lender, agreed. Australia has since "
       "concluded similar agreements with Tuvalu and Nauru.",
       {"awa-diallo affiliated_with kestrel-risks", "tran-van-minh affiliated_with lowy-institute",
        "china supports zambia", "australia cooperates_with tuvalu", "australia cooperates_with nauru"},
       {"awa-diallo affiliated_with sahel"}},
      // a copula before the owner's article ("is the EU's largest supplier"); suppliers in apposition
      {"Kazakhstan and Canada remain the EU's largest suppliers. Peru is the EU's second-largest trading partner in "
       "the region. Angola, India's top oil supplier, agreed.",
       {"kazakhstan trades_with european-union", "canada trades_with european-union", "peru trades_with european-union",
        "angola trades_with india"},
       {}},
      // two people clash in words; states and armed groups fight
      {"Colombian President Gustavo Petro, who has clashed repeatedly with U.S. President Donald Trump over "
       "deportations, spoke. Israel clashed with Hezbollah on Sunday.",
       {"gustavo-petro opposes donald-trump", "israel fights hezbollah"}, {"gustavo-petro fights donald-trump"}},
      // "the two neighbours": a pair coordinated in its own sentence before the nearest two names
      {"Relations between Kenya and Tanzania, strained by a port deal with Puntland, improved after Qatar brokered a "
       "declaration between the two neighbours.",
       {"qatar mediates kenya", "qatar mediates tanzania"}, {"qatar mediates puntland"}},
      // "the two foreign ministers": an adjective before the plural title, resolved to its holders
      {"Syrian Foreign Minister Asaad al-Shaibani and Lebanese Foreign Minister Youssef Rajji met in Jeddah. The two "
       "foreign ministers were later received by Saudi Crown Prince Mohammed bin Salman.",
       {"mohammed-bin-salman hosts youssef-rajji", "mohammed-bin-salman hosts asaad-al-shaibani"}, {}},
      // "called on" a person with no infinitive is a courtesy call; with one, or "for", it urges
      {"Indian Defence Minister Rajnath Singh called on Prime Minister Pham Minh Chinh in Hanoi. Indian Prime Minister "
       "Narendra Modi called on President Joe Biden to act. Japan called on Russia for restraint.",
       {"rajnath-singh meets pham-minh-chinh", "narendra-modi urges joe-biden", "japan urges russia"},
       {"rajnath-singh urges pham-minh-chinh", "narendra-modi meets joe-biden"}},
      // talks held by phone are a call, after the object or after a pair's topic
      {"Turkish President Tayyip Erdogan discussed the offer with Volodymyr Zelensky by phone on Thursday. Vladimir "
       "Putin and Xi Jinping discussed the war in Ukraine in a video call. Emmanuel Macron discussed trade with Olaf "
       "Scholz in Paris.",
       {"tayyip-erdogan speaks_to volodymyr-zelensky", "vladimir-putin speaks_to xi-jinping",
        "emmanuel-macron meets olaf-scholz"},
       {"tayyip-erdogan meets volodymyr-zelensky", "vladimir-putin meets xi-jinping", "xi-jinping speaks_to vladimir-putin"}},
      // adopting or renewing sanctions is imposing them
      {"The European Union adopted a package of sanctions against Russia. Canada renewed sanctions on Iran.",
       {"european-union opposes russia", "canada opposes iran"}, {}},
      // what a strike hits of a force: its positions, hideouts, bases
      {"Pakistani jets struck hideouts of the Tehrik-i-Taliban Pakistan. Sudanese army drones struck positions of the "
       "Rapid Support Forces near El Fasher.",
       {"pakistan attacks tehrik-i-taliban-pakistan", "sudanese-army attacks rapid-support-forces"}, {}},
      // a reciprocal object: each does it to the other
      {"Canada and India expelled each other's senior diplomats in October.",
       {"canada opposes india", "india opposes canada"}, {}},
      // negotiators and representatives act for whom they negotiate
      {"Negotiators for Colombia and the ELN held talks in Havana on Monday. Representatives of Armenia and Azerbaijan "
       "met in Geneva.",
       {"colombia meets national-liberation-army-of-colombia", "armenia meets azerbaijan"}, {}},
      // "the Fund": the organization named before with the word in its name
      {"Senegal reached a deal with the International Monetary Fund. Finance Minister Cheikh Diba thanked the Fund "
       "for its patience.",
       {"cheikh-diba supports international-monetary-fund"}, {"cheikh-diba supports senegal"}},
      // a first-person subject inside a quotation is the quotation's speaker
      {"\"I thank Qatar for its help,\" Volodymyr Zelensky wrote on X. \"We do not trust Russia,\" said Kaja Kallas.",
       {"volodymyr-zelensky supports qatar"}, {}},
      // a counterpart in apposition after a demonym is the one met, and belongs to the demonym's state
      {"Indian Defence Minister Rajnath Singh held talks with his Vietnamese counterpart, General Phan Van Giang.",
       {"rajnath-singh meets phan-van-giang", "phan-van-giang affiliated_with vietnam"}, {"rajnath-singh meets vietnam"}},
      // an unknown name before a word for fighters is their organization
      {"The Ethiopian government has been fighting Fano militias in the Amhara region since 2023.",
       {"ethiopia fights fano"}, {}},
      // a denial is no accusation for a later denial to answer
      {"Amnesty International said villagers were moved by force, an accusation Rio Tinto rejected. Amnesty "
       "International denied reports of a deal.",
       {"rio-tinto opposes amnesty-international"}, {"amnesty-international opposes rio-tinto"}},
      // a passive brokering of something between two sides named before the verb
      {"The ceasefire between Israel and Hamas was brokered by Qatar and Egypt.",
       {"qatar mediates israel", "qatar mediates hamas", "egypt mediates israel", "egypt mediates hamas"}, {}},
      // a hyphenated adjective ending in "-wing" is no participle; the candidate is the one received
      {"Javier Milei received Colombian right-wing candidate Abelardo de la Espriella.",
       {"javier-milei hosts abelardo-de-la-espriella"}, {"javier-milei hosts colombia"}},
      // the administration of a state's officer is the state
      {"Lai Ching-te thanked the administration of US President Donald Trump.",
       {"lai-ching-te supports united-states"}, {"lai-ching-te supports donald-trump"}},
      // travelling on to a place visits it
      {"German Chancellor Friedrich Merz travels on to Abu Dhabi on Tuesday.",
       {"friedrich-merz visits united-arab-emirates"}, {}},
      // the named members of a plain noun's group ("all parties, including Rwanda")
      {"Massad Boulos urged all parties, including Rwanda, to respect the deal.", {"massad-boulos urges rwanda"}, {}},
      // confirming or bringing charges against someone; judges at a court act for it
      {"Judges at the International Criminal Court confirmed charges against Rodrigo Duterte. Kenya filed charges "
       "against Uganda.",
       {"international-criminal-court opposes rodrigo-duterte", "kenya opposes uganda"}, {}},
      // a letter of intent is an agreement, not a letter
      {"Embraer also signed a letter of intent with South African Airways.",
       {"embraer cooperates_with south-african-airways"}, {"embraer speaks_to south-african-airways"}},
      // a possessive pronoun after a list of three stands for all three
      {"The United States, the Philippines and Japan have begun their largest joint military exercise.",
       {"united-states cooperates_with philippines", "united-states cooperates_with japan",
        "philippines cooperates_with japan"}, {}},
      // an -ing word between "accused" and a name with its "of" is an adjective
      {"Ethiopia accuses neighbouring Eritrea of arming the rebels. Rwanda denied arming M23.",
       {"ethiopia opposes eritrea"}, {}},
      // a verb joined after a participle's object shares the participle's subject
      {"Ethiopia has been fighting Fano militias since 2023 and accuses Eritrea of arming them.",
       {"ethiopia fights fano", "ethiopia opposes eritrea"}, {"fano opposes eritrea"}},
      // an officer condemning sanctions on the state they serve opposes the sanctioning state
      {"The United States imposed sanctions on Iran on Thursday. Iranian Foreign Ministry spokesman Esmaeil Baghaei "
       "condemned the sanctions as illegal.",
       {"esmaeil-baghaei opposes united-states"}, {}},
      // the act named by its own word comes before a later act of another kind
      {"The United States imposed sanctions on Iran on Thursday. China buys most of Iran's oil. Iranian Foreign "
       "Ministry spokesman Esmaeil Baghaei condemned the sanctions as illegal.",
       {"esmaeil-baghaei opposes united-states"}, {"esmaeil-baghaei opposes china"}},
      // an appeal joined to a reported clause of any tense is the reporter's
      {"Chinese foreign ministry spokesman Guo Jiakun said Beijing had \"indisputable sovereignty\" over the "
       "islands and urged Hanoi to stop hyping the issue.",
       {"guo-jiakun urges vietnam"}, {"china urges vietnam"}},
      {"Indian Foreign Minister Subrahmanyam Jaishankar said New Delhi wanted more flights but pressed Beijing to "
       "address the trade deficit.",
       {"subrahmanyam-jaishankar urges china"}, {"india urges china"}},
      // a mutual cue: each coordinated subject acts on the other, and an object does it back
      {"Cambodia and Thailand traded accusations on Tuesday after a landmine blast.",
       {"cambodia opposes thailand", "thailand opposes cambodia"}, {}},
      {"India traded barbs with Pakistan at the United Nations. Benin and Niger remain at odds.",
       {"india opposes pakistan", "pakistan opposes india", "benin opposes niger", "niger opposes benin"}, {}},
      {"Kenya and Uganda traded goods worth $1 billion.", {}, {"kenya opposes uganda"}},
      // a target inside a state; an organization's own descriptor; a title past the body of its owner
      {"In May, India struck targets inside Pakistan. Israel struck a camp inside Syria.",
       {"india attacks pakistan", "israel attacks syria"}, {}},
      {"Indonesia, which joined the BRICS group of emerging economies in January, has sought balance.",
       {"indonesia affiliated_with brics"}, {}},
      // (an organization's name closing the text, no word after it: checked under the sanitizers)
      {"Indonesia joined BRICS", {"indonesia affiliated_with brics"}, {}},
      {"Zabihullah Mujahid, the Taliban government's chief spokesman, denied it. Anna Berg, the Swedish "
       "government's deputy spokeswoman, agreed.",
       {"zabihullah-mujahid affiliated_with taliban", "anna-berg affiliated_with sweden"}, {}},
      // a region between the employer and the title, or after "for the", is the beat
      {"U.S. Middle East envoy Daniel Korman met Egyptian officials. The EU special envoy for the Sahel, Anna "
       "Berg, met Malian officials.",
       {"daniel-korman affiliated_with united-states", "anna-berg affiliated_with european-union"}, {}},
      // a participle of speech after a quotation and its reporter's clause is the reporter's
      {"\"This is proof,\" WHO official Hanan Qureshi told the World Health Assembly, thanking South Africa for "
       "its work.",
       {"hanan-qureshi supports south-africa"}, {"world-health-assembly supports south-africa"}},
      // a claim of responsibility carries the act it names; "allied to"
      {"Al Shabaab, which is allied to al Qaeda, claimed responsibility for an attack on Kenyan troops.",
       {"al-shabaab attacks kenya", "al-shabaab cooperates_with al-qaeda"}, {}},
      // a portfolio's common word before a title names no employer
      {"Enlargement Commissioner Jonas Lindqvist praised Montenegro.", {"jonas-lindqvist supports montenegro"},
       {"jonas-lindqvist affiliated_with enlargement"}},
      // a facility's place word ending a name outranks an organization's head word inside it
      {"Pakistani Foreign Minister Nadia Hussain arrived in Dhaka. She was received at Hazrat Shahjalal "
       "International Airport by Bangladesh's Foreign Secretary Nasreen Jahan.",
       {"nasreen-jahan hosts nadia-hussain"}, {"hazrat-shahjalal-international hosts nadia-hussain"}},
      // a state's own name before a title describes its office holder; a leader heads the state or its government
      {"U.S. President Joe Biden met Kosovo Prime Minister Arben Krasniqi. Xi Jinping criticised the U.S. president "
       "for the tariffs. Aleksandar Vucic blamed the Kosovo leader for the deadlock.",
       {"xi-jinping opposes joe-biden", "aleksandar-vucic opposes arben-krasniqi"},
       {"xi-jinping opposes united-states", "aleksandar-vucic opposes kosovo"}},
      // a state's guest visits it, however often a dateline names the host
      {"Belgrade, Serbia - Serbia hosted Chinese Foreign Minister Wang Lin on Wednesday, signing a raft of "
       "agreements.",
       {"wang-lin visits serbia", "serbia hosts wang-lin", "wang-lin affiliated_with china"}, {}},
      // "the authorities" are the state the sentence named; an irregular plural's "'s" inside a name
      {"Eight journalists remain in detention in Ethiopia, according to Reporters Without Borders, which last month "
       "accused the authorities of abuses. S. Anthonysamy, president of the Rameswaram Mechanised Boat Fishermen's "
       "Association, said so.",
       {"reporters-without-borders opposes ethiopia",
        "s-anthonysamy affiliated_with rameswaram-mechanised-boat-fishermens-association"},
       {"s-anthonysamy affiliated_with rameswaram-mechanised-boat-fishermen"}},
      // offices in apposition before a name: a region after "its" is the beat, an "of" of plain words the
      // field, an age no obstacle, a posting after "in", a possessor's envoy with a beat
      {"Human Rights Watch stood by its findings. Its West Africa director, Corinne Dufresne, said so. Amnesty "
       "International's director of advocacy, Helene Garnier, urged the EU to act. Daniel Ferris, a 41-year-old "
       "correspondent for the Wall Street Journal, was detained. Japan said the Japanese ambassador in Naypyitaw, "
       "Masato Ono, had pressed the junta. ASEAN's special envoy on Myanmar, Thai diplomat Prasert Chaiyawan, met "
       "the generals. The European Parliament's rapporteur on Turkey, Dutch MEP Niels Verhoef, will visit Ankara "
       "next week.",
       {"corinne-dufresne affiliated_with human-rights-watch", "helene-garnier affiliated_with amnesty-international",
        "daniel-ferris affiliated_with wall-street-journal", "masato-ono affiliated_with japan",
        "prasert-chaiyawan affiliated_with association-of-southeast-asian-nations",
        "prasert-chaiyawan affiliated_with thailand", "niels-verhoef affiliated_with european-parliament",
        "niels-verhoef affiliated_with netherlands"},
       {"corinne-dufresne affiliated_with west-africa", "masato-ono affiliated_with myanmar",
        "prasert-chaiyawan affiliated_with myanmar", "niels-verhoef affiliated_with turkey"}},
      // (an age after a possessed place's name, before the clause's verb, makes no apposition)
      {"At the end of a Mass at the capital's Steppe Arena, the 86-year-old pontiff greeted Cardinal John Tong.", {},
       {"steppe-arena meets john-tong"}},
      // a federal minister's portfolio is no organization; a hyphenated participle only describes an office
      {"Pakistan's Federal Minister for Water Resources, Ahsan Bhatti, warned India. Abdul Hadi Mansoor, the "
       "Taliban-appointed acting foreign minister of Afghanistan, arrived on Wednesday.",
       {"ahsan-bhatti affiliated_with pakistan", "ahsan-bhatti threatens india",
        "abdul-hadi-mansoor affiliated_with afghanistan"},
       {"abdul-hadi-mansoor affiliated_with taliban"}},
      // an office in apposition before a name whose demonym gave it a state serves its owner too
      {"The head of the IAEA, Argentine diplomat Rafael Grossi, said so. EUFOR said it would stay. Its commander, "
       "Austrian Major General Florian Brandl, said so.",
       {"rafael-grossi affiliated_with international-atomic-energy-agency", "rafael-grossi affiliated_with argentina",
        "florian-brandl affiliated_with eufor", "florian-brandl affiliated_with austria"},
       {}},
      // a named government of no state's name is an organization its spokesman speaks for
      {"The National Unity Government criticized the trip. Its spokesman, Aung Myo Lwin, said so.",
       {"aung-myo-lwin affiliated_with national-unity-government"}, {}},
      // ... also with a time phrase before "for"; a state's army before a place it holds is the state
      {"JNIM claimed responsibility last month for an attack on a Malian army camp near Boulkessi.",
       {"jamaat-nusrat-al-islam-wal-muslimin attacks mali"}, {}},
      // the object of a verb of causing is the subject of its infinitive
      {"The United States and Israel struck nuclear sites on Friday, prompting Tehran to threaten Israel with "
       "retaliation.",
       {"iran threatens israel"}, {"united-states threatens israel"}},
      // a warning of what the warner would do threatens the one its condition names, else the other actor
      {"Chinese foreign ministry spokesman Lin Jian warned that China would take \"resolute measures\" if Manila "
       "continued to ferry materials to the ship.",
       {"lin-jian threatens philippines"}, {}},
      {"Israel had warned for weeks that it would not allow Iran to rebuild its arsenal. Russia warned that it would "
       "respond if Finland joined NATO.",
       {"israel threatens iran", "russia threatens finland"}, {"russia threatens nato"}},
      {"The Houthis warned on Saturday that they would hit ports in Saudi Arabia.", {"houthis threatens saudi-arabia"}, {}},
      {"The Houthis, who are aligned with Iran, warned on Saturday that they would hit ports in Saudi Arabia if the "
       "kingdom joined the war.",
       {"houthis threatens saudi-arabia"}, {"iran threatens saudi-arabia"}},
      {"Germany warned that Russia would attack Poland if NATO wavered.", {},
       {"germany threatens poland", "germany threatens nato", "germany threatens russia"}},
      // a verb of opposing joined after a denied clause of any tense is the denier's counter-accusation
      {"Zabihullah Mujahid denied that the TTP operated from Afghanistan and accused Pakistan's military of "
       "violating Afghan airspace.",
       {"zabihullah-mujahid opposes pakistan"}, {"tehrik-i-taliban-pakistan opposes pakistan"}},
      // an attack on a person's residence or motorcade attacks the person
      {"Soldiers calling themselves the Military Committee for Refoundation (CMR) attacked the residence of "
       "President Patrice Talon. Gunmen loyal to the CMR later fired on the motorcade of Benin's foreign minister, "
       "Olushegun Bakari.",
       {"military-committee-for-refoundation attacks patrice-talon"}, {}},
      // what a mandate or an appeal asks for is no fact; every name of the mandated clause's subject is urged
      {"The Security Council passed a resolution on Friday demanding that the Sudanese Armed Forces (SAF) and the "
       "paramilitary Rapid Support Forces (RSF) agree an immediate ceasefire.",
       {"un-security-council urges sudanese-armed-forces",
        "un-security-council urges rapid-support-forces"},
       {"rapid-support-forces cooperates_with sudanese-armed-forces"}},
      {"France urged Iran to sign a deal with the IAEA. Germany demanded that Iran sign a deal with the IAEA.",
       {"france urges iran", "germany urges iran"}, {"iran cooperates_with international-atomic-energy-agency"}},
      // a demand on named actors, reported or quoted, urges them all (not the speaker's own side)
      {"AU chief Ali Djama said Kinshasa and Kigali must return to the table.",
       {"ali-djama urges democratic-republic-of-the-congo", "ali-djama urges rwanda"}, {}},
      {"\"There is no military solution. Kinshasa and Kigali must return to the table,\" Djama told a news conference. "
       "\"Israel must defend itself,\" Israeli Prime Minister Benjamin Netanyahu said.",
       {"djama urges democratic-republic-of-the-congo", "djama urges rwanda"}, {"benjamin-netanyahu urges israel"}},
      // a visit measured by a phrase of time is the clause subject's
      {"Bahrain's Crown Prince Isa bin Ahmed Al Khalifa met British Prime Minister Keir Starmer on the second day of "
       "an official visit to the United Kingdom.",
       {"isa-bin-ahmed-al-khalifa visits united-kingdom", "isa-bin-ahmed-al-khalifa meets keir-starmer"}, {}},
      // an act named with its author after "by" or "of": backing it backs the author, who does what it is to do
      {"Australia welcomed the decision by ASEAN to suspend Myanmar. Japan backed efforts by Qatar to broker a "
       "ceasefire.",
       {"australia supports association-of-southeast-asian-nations", "japan supports qatar",
        "association-of-southeast-asian-nations opposes myanmar"},
       {"australia opposes myanmar"}},
      // "the two" with a rank word before the group noun is the pair named before
      {"Tehran and Riyadh agreed to set up a joint committee. The two regional rivals restored diplomatic relations in "
       "2023 under an agreement brokered by China.",
       {"china mediates iran", "china mediates saudi-arabia"}, {}},
      // an auxiliary after ", and" joins a predicate to the first clause's verb and its subject
      {"Saudi Foreign Minister Faisal bin Farhan arrived in Tehran on Monday for his first visit since taking office, "
       "and was received by Iranian President Masoud Pezeshkian.",
       {"masoud-pezeshkian hosts faisal-bin-farhan", "faisal-bin-farhan visits iran"}, {}},
      // a verb joined by "and" after the first verb's coordinated objects shares the first subject
      {"Sri Lankan President Anura Dissanayake spoke. Dissanayake visited New Delhi and Beijing last year and signed a "
       "defence pact with Indian Prime Minister Narendra Modi in April.",
       {"anura-dissanayake cooperates_with narendra-modi", "anura-dissanayake visits china"},
       {"china cooperates_with narendra-modi", "india cooperates_with narendra-modi"}},
      // a use or a violation judged is an act: its agent after "by" is opposed
      {"Manila condemned the use of water cannon by the China Coast Guard. Saudi Arabia condemned what it called \"the "
       "continuing violations by the Israeli occupation\".",
       {"philippines opposes china-coast-guard", "saudi-arabia opposes israel"},
       {}},
      // a gerund opening a clause whose auxiliary follows its phrase is the clause's subject, no verb
      {"Congolese President Felix Tshisekedi and Rwandan President Paul Kagame signed a peace agreement in December, "
       "but fighting on the ground has continued.",
       {"felix-tshisekedi cooperates_with paul-kagame"},
       {"felix-tshisekedi fights paul-kagame", "paul-kagame fights felix-tshisekedi"}},
      // "with X mediating": X goes between the parties the sentence has met
      {"Congo and the M23 rebel group resumed talks in Doha on Tuesday, with Qatar mediating.",
       {"qatar mediates democratic-republic-of-the-congo", "qatar mediates m23"},
       {}},
      // "hit" and "destroyed" attack only a military target ("depots", "convoy", "sites")
      {"The Israeli military said it had hit Hezbollah weapons depots in southern Lebanon. The United States hit "
       "Chinese goods with tariffs. US forces struck Huthi radar installations in Hodeida.",
       {"israel attacks hezbollah", "united-states attacks houthis"},
       {"united-states attacks china"}},
      // the attack named again as the subject of an attack verb stays the last attacker's
      {"Israel struck missile production sites in Iran on Monday. Israeli Defence Minister Avi Kedem said the strikes "
       "had targeted facilities producing ballistic missiles. Iranian Foreign Minister Hossein Karimi-Nejad condemned "
       "the attack.",
       {"hossein-karimi-nejad opposes israel"},
       {}},
      // a vow threatens only the object of an attack or a fight it announces
      {"The Alliance of Sahel States vowed to \"crush\" the Islamic State. Niger vowed to support Mali. Germany "
       "pledged Ukraine 500 million euros in aid. Iran vowed to fight against Israel. Turkey vowed to build a plant in "
       "Iraq.",
       {"alliance-of-sahel-states threatens islamic-state", "iran threatens israel"},
       {"niger threatens mali", "germany threatens ukraine", "turkey threatens iraq"}},
      // "under Qatari mediation": the agent goes between the parties met; an insurgency is a fight
      {"Pakistani and Afghan officials are scheduled to meet in Doha next week under Qatari mediation. Al Shabaab has "
       "waged an insurgency against Somalia's federal government since 2007.",
       {"qatar mediates pakistan", "qatar mediates afghanistan", "al-shabaab fights somalia"},
       {}},
      // a price to pay announced threatens the one who will pay (not a price paid now)
      {"Defense Secretary Richard Lawson said in a statement that Kataib Hezbollah \"will pay a heavy price\". Ugandan "
       "military spokesman Patrick Opolot said Kampala would not withdraw its troops and vowed that al Shabaab would "
       "\"pay dearly\" for the attack. Zelenskiy said Ukraine is paying a heavy price for Europe's hesitation.",
       {"richard-lawson threatens kataib-hezbollah", "patrick-opolot threatens al-shabaab"},
       {"zelenskiy threatens ukraine"}},
      // a partner after a first predicate noun; brother nations; "was also in"; "before flying to"
      {"Kazakhstan is a brotherly nation and a strategic partner for Turkey. Spain and Mexico are brother nations. "
       "Lebanese Prime Minister Nawaf Salam was also in Riyadh on Tuesday. Turkish President Recep Tayyip Erdogan spoke "
       "in Astana before flying to Bishkek.",
       {"kazakhstan cooperates_with turkey", "spain cooperates_with mexico", "nawaf-salam visits saudi-arabia",
        "recep-tayyip-erdogan visits kyrgyzstan"},
       {"recep-tayyip-erdogan speaks_to kyrgyzstan"}},
      // "of which X is a member"; "initialled" a deal; "called X a corrupt communist"
      {"Leaders met at the Gulf Cooperation Council (GCC), of which Bahrain is a member. Azerbaijani President Ilham "
       "Aliyev praised the agreement that Aliyev and Armenian Prime Minister Nikol Pashinyan initialled in August. "
       "Argentine President Javier Milei, who has called Brazilian President Luiz Inacio Lula da Silva a \"corrupt "
       "communist\", skipped the summit.",
       {"bahrain affiliated_with gulf-cooperation-council", "ilham-aliyev cooperates_with nikol-pashinyan",
        "javier-milei opposes luiz-inacio-lula-da-silva"},
       {}},
      // concerns conveyed to X speak to X; standing firmly behind X supports X
      {"Tokyo had conveyed its concerns to Beijing through diplomatic channels. Washington welcomed the talks but stood "
       "firmly behind Tokyo on the Senkakus.",
       {"japan speaks_to china", "united-states supports japan"},
       {}},
      // an act done "together with" X is done in cooperation with X
      {"Romanian Defence Minister Ionut Moldovan, who drew up the proposal together with Bulgaria, told Reuters so. "
       "France, together with Germany, condemned Russia.",
       {"ionut-moldovan cooperates_with bulgaria", "france cooperates_with germany", "germany opposes russia"},
       {"bulgaria speaks_to reuters"}},
      // an administrator is a title
      {"Charles Simpson, an administrator at Oxfam, said so.", {"charles-simpson affiliated_with oxfam"}, {}},
      // protecting X supports X (not a coast guard); criticism drawn from X opposes the subject
      {"Fighters of the Russian paramilitary group Wagner have protected President Faustin-Archange Touadera since 2018. "
       "The Chinese coast guard blasted Philippine boats. The EU plan has drawn criticism from Congo.",
       {"wagner-group supports faustin-archange-touadera"},
       {"china supports philippines"}},
      // leading a trade mission or talks carries the noun's relation; a diplomatic mission visits no one
      {"Ontario Premier Daniel Fortin said he would lead a trade mission to China in November. Brazilian Vice President "
       "Marcos Teles will lead talks with Washington. Russia's mission to the United Nations said so.",
       {"daniel-fortin visits china", "marcos-teles meets united-states"},
       {"russia visits united-nations"}},
      // the dateline's place is no subject of the sentence it opens
      {"ABUJA, Dec 14 (Reuters) - West African leaders on Sunday suspended Guinea-Bissau from the Economic Community "
       "of West African States (ECOWAS).",
       {}, {"nigeria opposes guinea-bissau"}},
      // joining someone for a meeting meets them; joining a body does not
      {"South Korean Foreign Minister Yoon Seo-yeon will join U.S. Secretary of State Daniel Harlan for a trilateral "
       "meeting in Washington. Ghana joined ECOWAS in 1975. France joined Germany in condemning Russia.",
       {"yoon-seo-yeon meets daniel-harlan", "ghana affiliated_with economic-community-of-west-african-states"},
       {"ghana meets economic-community-of-west-african-states", "france meets germany"}},
      // a state's body named by its seat after a cue's preposition; a possessor's role in an act
      {"Turkey is the closest foreign backer of the new government in Damascus. Prince Faisal said Saudi Arabia valued "
       "Turkey's role in supporting the government in Baghdad.",
       {"turkey supports syria", "turkey supports iraq"},
       {"saudi-arabia supports iraq"}},
      // targeting with weapons attacks; a relative clause's object past an adverb
      {"Israel, which the Houthis have repeatedly targeted with missiles and drones, struck Sanaa. The new rules "
       "targeted Chinese firms with tariffs.",
       {"houthis attacks israel"},
       {"israel attacks houthis"}},
      // a possessor's forces act for it, and so do its weapons in an attack (not its aid)
      {"The Israeli military said its jets had hit a Hamas weapons depot in the city. US Central Command said its forces "
       "struck Houthi radar installations. China said its aid had reached Myanmar.",
       {"israel attacks hamas", "us-central-command attacks houthis"},
       {"china visits myanmar"}},
      // names coordinated right before a noun cue are all its agents
      {"Talks resumed in Cairo, with Qatari and Egyptian mediators shuttling between an Israeli delegation and Hamas "
       "negotiators.",
       {"qatar mediates israel", "qatar mediates hamas", "egypt mediates israel", "egypt mediates hamas"},
       {}},
      // reserving the right to respond against X threatens X
      {"Iranian Foreign Minister Hossein Karimi-Nejad said Tehran reserved the right to respond against Israel \"at a "
       "time and place of its choosing.\" Iran reserves the right to retaliate against any aggression.",
       {"iran threatens israel"},
       {}},
      // strikes near or around a state's place attack the state
      {"Israeli air strikes near Damascus killed at least nine members of Syria's security forces.",
       {"israel attacks syria"},
       {}},
      // a noun cue's agent after "by" past a phrase of time
      {"Officials recalled a visit to Uzbekistan in April last year by European Council President Antonio Costa.",
       {"antonio-costa visits uzbekistan"},
       {}},
      // plural phone calls are calls
      {"Qatari envoy Hamad al-Harthi held phone calls with Abdulwahab al-Mahdi.",
       {"hamad-al-harthi speaks_to abdulwahab-al-mahdi"},
       {}},
      // an act judged, then a participle of doing before its agent
      {"Beijing firmly opposed the sanctions imposed by Washington. Moscow condemned the raid carried out by Kyiv.",
       {"china opposes united-states", "russia opposes ukraine"},
       {}},
      // a state opening a government body's name before a title is the officer's state too
      {"U.S. Treasury Secretary Elaine Marsh said the United States would act.",
       {"elaine-marsh affiliated_with united-states", "elaine-marsh affiliated_with treasury-department"},
       {}},
      // a title, then its holder in apposition with a title of their own
      {"Hamad al-Harthi held talks with the Emir, Sheikh Tamim bin Hamad Al Thani. Yassine Fall met the junta leader, "
       "General Mamadu Sanha, in Bissau.",
       {"hamad-al-harthi meets tamim-bin-hamad-al-thani", "yassine-fall meets mamadu-sanha"},
       {"yassine-fall meets guinea-bissau"}},
      // an organization in apposition to a possessed description is the object
      {"ECOWAS threatened Mali's new military rulers, the National Transition Council (NTC), with targeted sanctions.",
       {"economic-community-of-west-african-states threatens national-transition-council"},
       {"economic-community-of-west-african-states threatens mali"}},
      // calling on a holder named in apposition to act urges them
      {"Kenya called on its leader, President William Ruto, to free the ministers.",
       {"kenya urges william-ruto"},
       {"kenya meets william-ruto"}},
      // a relative clause after an unknown acronym's bracket; its listed names are no subjects of the main verb
      {"The Andean Community (CAN), which groups Colombia, Ecuador, Peru and Bolivia, met in Lima.",
       {"colombia affiliated_with andean-community", "bolivia affiliated_with andean-community"},
       {"andean-community meets ecuador", "colombia meets ecuador"}},
      // a dialogue held is a meeting; "the two governments" counts an officer's state
      {"Japanese Prime Minister Hiroshi Takeda met Vietnamese President Luong Quoc Hung in Hanoi. China protested. Hung "
       "accepted an invitation to visit Tokyo, and the two governments will hold a dialogue in June.",
       {"japan meets vietnam"},
       {"japan meets china"}},
      // "the two sides" late in a story are the sides a description named, however far back
      {"Indonesia and the European Union signed a trade agreement, cutting tariffs between the two sides. Trade Minister Rafi Hartono spoke on day 1. Trade Minister Rafi Hartono spoke on day 2. Trade Minister Rafi Hartono spoke on day 3. Trade Minister Rafi Hartono spoke on day 4. Trade Minister Rafi Hartono spoke on day 5. Trade Minister Rafi Hartono spoke on day 6. Trade Minister Rafi Hartono spoke on day 7. Trade Minister Rafi Hartono spoke on day 8. Trade Minister Rafi Hartono spoke on day 9. Trade Minister Rafi Hartono spoke on day 10. Trade Minister Rafi Hartono spoke on day 11. Trade Minister Rafi Hartono spoke on day 12. Trade Minister Rafi Hartono spoke on day 13. "
       "Officials from the two sides will meet in Brussels, an EU statement said.",
       {"indonesia meets european-union"},
       {"rafi-hartono meets european-union"}},
      // an organization's title in apposition with the title's own complement up to the comma
      {"\"We need access,\" said Sophie Ndiaye, the IOM's chief of mission in Haiti. Rafael Montes, the Dominican "
       "Republic's director general of migration, said the border was closed.",
       {"sophie-ndiaye affiliated_with international-organization-for-migration", "rafael-montes affiliated_with dominican-republic"},
       {}},
      // money given: past a demonym of the currency, an amount converted in brackets and a day
      {"Norway said it would give 500 million Norwegian crowns ($45 million) to the ICRC. Canada announced 25 million "
       "Canadian dollars ($17.5 million) on Tuesday for the IOM's border reception centres.",
       {"norway supports international-committee-of-the-red-cross", "canada supports international-organization-for-migration"},
       {"canada supports canada"}},
      // a state's body before a relative clause stands for the state as the main verb's subject
      {"Germany's foreign ministry, which partly funds civilian sea rescue groups, criticised Rome's decision.",
       {"germany opposes italy"},
       {}},
      // a claim denied ("denied that X recognised Y") is no refusal to recognise
      {"He denied that Dhaka recognised the Arakan Army as a government. Dhaka refused to recognise the Arakan Army.",
       {"bangladesh opposes arakan-army"},
       {},
       {"bangladesh cooperates_with arakan-army"}},
      // a claim in apposition to a clause whose speaker names no actor has no accuser further back
      {"Bangladesh accused the Arakan Army of attacks. Rohingya community leaders say the Arakan Army has abused Rohingya "
       "civilians in northern Rakhine, accusations the group denies.",
       {"bangladesh opposes arakan-army"},
       {"arakan-army opposes bangladesh"}},
      // people of a state, described or counted before a group noun, are no state
      {"The Sudanese army and the Rapid Support Forces have been fighting since 2023. Chad, which hosts 800,000 Sudanese "
       "refugees, urged both sides to let the trucks through. Turkish authorities pressured detained Syrians to sign.",
       {"chad urges sudanese-army", "chad urges rapid-support-forces"},
       {"chad hosts sudanese-army", "chad hosts sudan", "turkey urges syria"}},
      // a title with commas in it; a cue word inside a lower-case title is the title's
      {"Japanese Economy, Trade and Industry Minister Kenji Morimoto met Chinese Commerce Minister Wang Lifeng. Saudi "
       "Investment Minister Faisal Al-Otaibi is due to meet British finance minister Eleanor Marsh on Wednesday.",
       {"kenji-morimoto affiliated_with japan", "faisal-al-otaibi meets eleanor-marsh"},
       {"faisal-al-otaibi supports eleanor-marsh"}},
      // "both governments" is no pair ending a longer list, and "the two countries" the story's pair
      {"Colombia imposed a tariff on Ecuadorean goods. Ecuador said Colombia must act. Ecuador's minister said Quito was "
       "open to talks. He denied that Ecuador had coordinated the tariff with Washington. Trade between the two countries "
       "was worth $2.5 billion. The Andean Community, which groups Colombia, Ecuador, Peru and Bolivia, met. Its "
       "secretary general, Jorge Luis Quispe, urged both governments to respect the rules.",
       {"colombia trades_with ecuador", "jorge-luis-quispe urges colombia", "jorge-luis-quispe urges ecuador"},
       {"ecuador trades_with united-states", "jorge-luis-quispe urges peru", "jorge-luis-quispe urges bolivia"}},
      // a fronted letter to an organization's officer, then the clause's subject after the comma
      {"In a letter to the U.N. Secretary-General, Ethiopian Foreign Minister Tesfaye Alemu said the deal was at risk.",
       {"tesfaye-alemu speaks_to united-nations"},
       {}},
      // a pact agreed or signed between two sides
      {"The troops will leave by September, as agreed between Baghdad and Washington. The Pretoria agreement, signed "
       "between Addis Ababa and the TPLF in 2022, ended the war.",
       {"iraq cooperates_with united-states", "ethiopia cooperates_with tigray-peoples-liberation-front"},
       {}},
      // a relative pronoun after the cue's own preposition is the name before the comma
      {"Indonesia refused to criticize Beijing, with which Jakarta maintains close economic ties. Turkey, with which "
       "Greece has long been at odds, said nothing.",
       {"indonesia cooperates_with china", "greece opposes turkey"},
       {}},
      // an arms sale supports its buyer and is trade as well
      {"Washington approved an $11 billion arms sale to Taipei.",
       {"united-states supports taiwan", "united-states trades_with taiwan"},
       {}},
      // goods a demonym qualifies, then the seller after the cue's preposition
      {"Indian Oil Corporation buys much of its Russian oil from producer Volganeft.",
       {"indian-oil-corporation trades_with volganeft"},
       {}},
      // a state's shipments to another are trade
      {"Indonesia said its shipments to the United States fell.",
       {"indonesia trades_with united-states"},
       {}},
      // a gerund after a subordinator is the main clause subject's act
      {"Islamabad has accused the Taliban of harbouring militants, after repeatedly asking Kabul to act against TTP "
       "fighters. Sheikh Isa is due to meet British Foreign Secretary Oliver Pennington on Thursday before travelling "
       "to Paris.",
       {"pakistan urges afghanistan", "isa visits france"},
       {"taliban urges afghanistan", "oliver-pennington visits france"}},
      // "the two" before a verb in the past is the pair named before, and the verb's subject
      {"Jordanian Foreign Minister Hossam Farouk met Qatari minister Maryam al-Suwaidi, and the two agreed to jointly "
       "fund fuel deliveries. Hossam Farouk met Maryam al-Suwaidi. The two agreed to work together.",
       {"hossam-farouk cooperates_with maryam-al-suwaidi"},
       {}},
      // a title of a named organization in apposition before the name; "the envoy" is a special envoy
      {"A special envoy of SADC, Joseph Mwansasu, arrived in Antananarivo on Monday. Prime Minister Faly Rakotomalala "
       "told the envoy that elections would be held. A spokesman for Hamas, Hazem Qassem, said the talks failed.",
       {"joseph-mwansasu affiliated_with southern-african-development-community", "faly-rakotomalala speaks_to joseph-mwansasu",
        "hazem-qassem affiliated_with hamas"},
       {}},
      // portfolio words after an organization, even an event's head word, belong to the title
      {"EU Crisis Management Commissioner Petra Lindqvist said Brussels would not attach conditions to its aid.",
       {"petra-lindqvist affiliated_with european-union"},
       {}},
      // a government office opening the main clause after "In STATE," (and its relative clause) is that state's
      {"Somalia faces famine. In neighbouring Kenya, which hosts Somali refugees at the Dadaab camps, Interior Cabinet "
       "Secretary Joseph Wambugu said Nairobi would keep the camps open. In Nairobi the Foreign Minister Ali Hassan said "
       "little.",
       {"joseph-wambugu affiliated_with kenya"},
       {"joseph-wambugu affiliated_with somalia", "ali-hassan affiliated_with kenya"}},
      // an office a relative clause names, for a person already tied elsewhere
      {"Malaysian diplomat Ahmad Razali Hashim, who serves as ASEAN's special envoy on Myanmar, said the talks failed.",
       {"ahmad-razali-hashim affiliated_with malaysia", "ahmad-razali-hashim affiliated_with association-of-southeast-asian-nations"},
       {}},
      // "the military government in X" is X's government, not an army named before
      {"Rwanda will deploy soldiers to help Mozambique's army. China, a key backer of the military government in "
       "Myanmar, said nothing.",
       {"china supports myanmar"},
       {"china supports mozambican-army"}},
      // "Works" ends a company's name
      {"Hanseong Heavy Industries will modernise shipyards together with Virginia-based Atlantic Marine Works.",
       {"hanseong-heavy-industries cooperates_with atlantic-marine-works"},
       {}},
      // a state's Red Cross is a society of its own, not the state nor the ICRC
      {"China said it would donate $1 million to the Philippine Red Cross. The Red Cross said it was ready to help.",
       {"china supports philippine-red-cross"},
       {"china supports philippines", "china supports international-committee-of-the-red-cross"}},
      // a hack is an attack; a name "known as" in quotes is the group's, whatever its head word;
      // after "has" the participle "linked" is active: its subject links another
      {"Officials named a group known as \"Cold Harbour\", which the Czech counter-intelligence service has linked "
       "to Russia's GRU. Cold Harbour hacked Moravia Defence Systems last autumn.",
       {"cold-harbour attacks moravia-defence-systems"},
       {"czech-republic affiliated_with gru"}},
      // a team from a body is the body's visit; a state's name before a body its acronym spells is no part of it
      {"A team from the U.S. Cybersecurity and Infrastructure Security Agency (CISA) would visit New Delhi in March.",
       {"cybersecurity-and-infrastructure-security-agency visits india"},
       {}},
      // a visit one is on, in apposition
      {"Japanese Defence Minister Kenji Morimoto, on a two-day visit to Manila, signed the pact.",
       {"kenji-morimoto visits philippines"},
       {}},
      // an acronym between a state's possessive and a government office is the portfolio
      {"Kenya's ICT Cabinet Secretary Grace Wanjiku said the portal was restored. TAZARA Managing Director Bruno "
       "Chingandu spoke.",
       {"grace-wanjiku affiliated_with kenya", "bruno-chingandu affiliated_with tazara"},
       {"grace-wanjiku affiliated_with ict"}},
      // after "has" a bare participle is active; joined after "has" is still membership
      {"Finland has joined NATO. Ukraine said Moscow has linked to the attack several groups.",
       {"finland affiliated_with nato"},
       {"russia affiliated_with ukraine"}},
      // an exercise or drills held together, or held with another, are cooperation; drills around another are not
      {"Turkey, Azerbaijan and Pakistan began a week-long special forces exercise in eastern Turkey. Russia held "
       "military drills with Belarus. China began drills around Taiwan. The U.N. urged Israel and Hamas to exercise "
       "restraint.",
       {"turkey cooperates_with azerbaijan", "turkey cooperates_with pakistan", "russia cooperates_with belarus"},
       {"china cooperates_with taiwan", "israel cooperates_with hamas"}},
      // an infinitive "to fight" with an object of its own is fought together; wars and phrases of time are no such object
      {"Mali, Burkina Faso and Niger launched a joint force to fight jihadist groups. Armenia and Azerbaijan fought "
       "two wars over Karabakh. China and the Philippines clashed several times this year.",
       {"armenia fights azerbaijan", "china fights philippines", "mali cooperates_with niger"},
       {"mali fights niger", "burkina-faso fights mali"}},
      // "up to" and "at least" before a number belong to the object's phrase
      {"Nauseda said Vilnius would host up to 5,000 German troops at a new base. Al Shabaab killed at least 10 Somali "
       "soldiers in an ambush.",
       {"lithuania hosts germany", "al-shabaab attacks somalia"},
       {}},
      // an act welcomed by a relation's noun ("the pact") is an act of that relation, not the latest act
      {"Japan and the Philippines signed a defence pact on Monday. The deal covers troops. It took two years. "
       "Officials praised it. Talks were long. Critics were many. Chinese Foreign Ministry spokesman Chen Liang urged "
       "Japan to reflect. The United States welcomed the pact.",
       {"chen-liang urges japan"},
       {"united-states supports chen-liang"}},
      // a state's body by a known body's plain alias is the state's own, not the known one
      // (and that body again later, by the alias alone)
      {"Pakistan's Foreign Office condemned India's strikes. Foreign Office spokesman Mumtaz Qureshi said Pakistan "
       "had no role. Pakistan's Foreign Office spokesman Omar Farooq Baig told a briefing that the deal was bad.",
       {"pakistani-foreign-office affiliated_with pakistan", "pakistani-foreign-office opposes india",
        "mumtaz-qureshi affiliated_with pakistani-foreign-office", "omar-farooq-baig affiliated_with pakistan"},
       {"foreign-commonwealth-and-development-office affiliated_with pakistan",
        "mumtaz-qureshi affiliated_with foreign-commonwealth-and-development-office"}},
      // an apposition's title, then a participle of office naming another possessor's office
      {"Joseph Mwansasu, a former Tanzanian prime minister serving as SADC's special envoy, arrived on Monday.",
       {"joseph-mwansasu affiliated_with tanzania", "joseph-mwansasu affiliated_with southern-african-development-community"},
       {}},
      // buyers in a state stand for the state in a trade
      {"Nordwind Energie, which sells turbines to customers in China and Vietnam, said it had found no evidence. "
       "Russia sells oil to refiners in India.",
       {"nordwind-energie trades_with china", "nordwind-energie trades_with vietnam", "russia trades_with india"},
       {}},
      // "the military governments of A, B and C" are the states', no army named "the military"
      {"The Alliance of Sahel States (AES), the confederation formed by the military governments of Mali, Burkina "
       "Faso and Niger, launched a force.",
       {"mali affiliated_with alliance-of-sahel-states", "niger affiliated_with alliance-of-sahel-states"},
       {}},
      // a threat's condition names the one threatened; an attack on a body's things there is on the body
      {"Iran threatened to publish the data unless Albania expelled the MEK. Russia threatened to cut gas supplies if "
       "Moldova did not pay. Hamas attacked control systems at Himalayan Power Transmission Ltd (HPTL), a state-run "
       "utility.",
       {"iran threatens albania", "russia threatens moldova", "hamas attacks himalayan-power-transmission-ltd"},
       {}},
      // a region's adjective before a known body's name is no part of the name
      {"The EU signed a trade deal with the South American Mercosur bloc. Japan signed a trade deal with the West "
       "African ECOWAS bloc.",
       {"european-union cooperates_with mercosur", "european-union trades_with mercosur",
        "japan cooperates_with economic-community-of-west-african-states"},
       {}},
      // "the charity" is the organization named before
      {"Save the Children said its teams were working in Mandalay. \"Families are sleeping in the open,\" said Liam "
       "Fairbairn, the charity's Myanmar director.",
       {"liam-fairbairn affiliated_with save-the-children"},
       {"liam-fairbairn affiliated_with myanmar"}},
      // "quoted X as telling Y": X speaks to the outlet and to Y, and urges in a gerund joined to it
      {"The state news agency BelTA quoted President Alexander Lukashenko as telling U.S. envoy Howard Kessler that "
       "Minsk was ready for talks and urging the United States to reopen its embassy. Reuters cited security concerns.",
       {"alexander-lukashenko speaks_to belta", "alexander-lukashenko speaks_to howard-kessler",
        "alexander-lukashenko urges united-states"},
       {"belta speaks_to howard-kessler", "belarus urges united-states", "reuters speaks_to security"}},
      // a participle opening a sentence before a title is no organization
      {"Exiled opposition leader Sviatlana Tsikhanouskaya thanked Washington. Jailed activist Ahmed Douma met "
       "Egyptian Foreign Minister Sameh Shoukry.",
       {"sviatlana-tsikhanouskaya supports united-states", "ahmed-douma meets sameh-shoukry"},
       {"sviatlana-tsikhanouskaya affiliated_with exiled", "ahmed-douma affiliated_with jailed"}},
      // "former" after a state's possessive, past two more words before the title, keeps the tie
      {"Spain extradited Venezuela's former military counterintelligence chief Rafael Lozada to the United States. "
       "Egypt's former president Mohamed Morsi said the talks failed.",
       {"rafael-lozada affiliated_with venezuela", "mohamed-morsi affiliated_with egypt"},
       {"rafael-lozada affiliated_with spain"}},
      // a place after an organization's possessive is the beat, not the employer; "the U.S. Attorney"
      {"Kanemura Pharmaceutical said its employee had been held. Kenji Oshima, 58, the head of Kanemura's China "
       "business, was detained in Beijing. Rebecca Stroud, the U.S. Attorney for the Southern District of New York, "
       "said he would appear before a judge.",
       {"kenji-oshima affiliated_with kanemura-pharmaceutical", "rebecca-stroud affiliated_with united-states"},
       {"kenji-oshima affiliated_with china"}},
      // "raised the issue with X" speaks to X; the venue before the one met is visited
      {"Israeli Prime Minister Benjamin Netanyahu had raised the issue with U.S. Secretary of State Marco Rubio during "
       "a phone call. U.S. special envoy Howard Kessler held talks in Minsk with Belarusian President Alexander "
       "Lukashenko. Turkey aimed to raise bilateral trade with Greece.",
       {"benjamin-netanyahu speaks_to marco-rubio", "howard-kessler visits belarus",
        "howard-kessler meets alexander-lukashenko"},
       {"alexander-lukashenko visits belarus", "turkey speaks_to greece"}},
      // "U.S. Under Secretary": no sentence ends after "U.S."
      {"U.S. Under Secretary of State for Arms Control Thomas DiNanno met Chinese Vice Foreign Minister Ma Zhaoxu.",
       {"thomas-dinanno affiliated_with united-states", "thomas-dinanno meets ma-zhaoxu"},
       {}},
      // "drawing swift condemnation from X": X opposes the one who drew it
      {"North Korea fired a missile on Friday, drawing swift condemnation from South Korea and Japan. Seoul sought "
       "condemnation from the council.",
       {"south-korea opposes north-korea", "japan opposes north-korea"},
       {"north-korea opposes south-korea"}},
      // a claim's author named but no actor: no accuser from the sentences before
      {"The Netherlands said it would curb chip exports, a move that drew a swift rebuke from Beijing. \"These are our own decisions,\" "
       "Dutch Trade Minister Sanne de Wit said, rejecting claims by opposition lawmakers that Washington had pressed "
       "the government.",
       {"china opposes netherlands"},
       {"sanne-de-wit opposes china"}},
      // the author of the words opening the sentence is the verb's subject
      {"Turkish President Tayyip Erdogan said Turkey might need nuclear arms. Erdogan's remarks, made at a meeting of "
       "his ruling AK Party in Ankara, drew criticism from Greece. Greece's decision drew praise from Cyprus.",
       {"greece opposes tayyip-erdogan", "cyprus supports greece"},
       {"greece opposes justice-and-development-party"}},
      // a movement named after a state's possessive is not the state's body
      {"Colombia's National Liberation Army freed two soldiers. Russia's Defence Ministry said its forces struck Kyiv.",
       {"russian-defence-ministry affiliated_with russia"},
       {"national-liberation-army-of-colombia affiliated_with colombia"}},
      // a verb joined by "and" past its auxiliary and adverb shares the first verb's subject
      {"Colombia's army fought the rebels this week. The Colombian government accuses the ELN of using neighbouring "
       "Venezuela as a rear base and has repeatedly accused Caracas of turning a blind eye to guerrilla camps.",
       {"colombia opposes venezuela"},
       {"national-liberation-army-of-colombia opposes venezuela"}},
      // "the administration of President X" says nothing of X's state
      {"Russia offers arms talks\n\nMOSCOW, Nov 3 (Reuters) - Russia said on Monday it would keep to the limits of the "
       "New START treaty. Kremlin spokesman Dmitry Peskov told reporters that President Vladimir Putin's proposal "
       "\"remains on the table.\" He said Moscow had received no formal reply from the administration of President "
       "Donald Trump.",
       {"dmitry-peskov affiliated_with russia"},
       {"donald-trump affiliated_with russia"}},
      // "who works at X"
      {"Sergei Ryabkov, who works at the Russian Foreign Ministry, said Moscow was ready.",
       {"sergei-ryabkov affiliated_with russian-foreign-ministry"},
       {}},
      // "killed 10 people in an attack on X": the violent verb's subject attacks
      {"Al Shabaab killed more than 10 people in an attack on a Kenyan police post. Kenya sent aid to 50 families in "
       "an appeal for calm.",
       {"al-shabaab attacks kenya"},
       {}},
      // "called the allegations groundless" rebuts the accuser; "called the meeting productive" says nothing
      {"German Interior Minister Nancy Faeser accused China of hacking the firm. The Chinese embassy called the "
       "allegations \"groundless smears.\" Chinese Foreign Minister Wang Yi called the meeting with Faeser productive.",
       {"china opposes nancy-faeser", "nancy-faeser opposes china"},
       {"wang-yi opposes nancy-faeser"}},
      // an infinitive of purpose after the gerund of a charge is the one charged's
      {"Ukraine's Foreign Minister Andrii Sybiha accused Russia of deliberately shelling Ukrainian energy "
       "infrastructure around the plant to pressure Kyiv.",
       {"andrii-sybiha opposes russia", "russia attacks ukraine"},
       {"andrii-sybiha urges ukraine"}},
      // an untied job title whose words name "the company" works for it
      {"Lumeq Systems said it would comply. Chief Executive Pieter Jansen said the company had expected the rules. "
       "Analyst Maria Lopez said the group had little choice.",
       {"pieter-jansen affiliated_with lumeq-systems"},
       {"maria-lopez affiliated_with lumeq-systems"}},
      // "formed a confederation with A and B"
      {"Niger has since formed a confederation with Mali and Burkina Faso. Poland signed a defence pact with Sweden.",
       {"niger cooperates_with mali", "niger cooperates_with burkina-faso", "poland cooperates_with sweden"},
       {}},
      // a warning with no target of its own warns the one the subject just opposed
      {"Algeria's foreign ministry accused Paris of waging \"a campaign of hostility\" and warned that it would respond "
       "with \"strict reciprocity\". Kenya praised Uganda and warned that it would act.",
       {"algeria threatens france"},
       {"kenya threatens uganda"}},
      // a participle after the speaker's own phrase is his; what the news drew is not
      {"\"This is a humanitarian outcome,\" U.S. Secretary of State Marcus Hale said in a statement, thanking the UAE "
       "for its mediation. Israeli settlers burned homes, the Palestinian health ministry said on Monday, drawing "
       "condemnation from the European Union.",
       {"marcus-hale supports united-arab-emirates"},
       {"european-union opposes palestine"}},
      // a control verb's object does the infinitive; a refused permission's act is denied
      {"Egypt has refused to allow British consular officials to visit Alaa Abdel Fattah in prison. Kenya asked Somali "
       "officials to visit Nairobi.",
       {},
       {"egypt visits alaa-abdel-fattah", "united-kingdom visits alaa-abdel-fattah", "kenya visits somalia"},
       {"united-kingdom visits alaa-abdel-fattah"}},
      // a designation's stigma past an apposition on its object; proscribing, and banning an organization
      {"The United States on Tuesday designated Katiba Macina, a militant group active in central Mali, as a Foreign "
       "Terrorist Organization. Britain proscribed the Russian Imperial Movement. Germany banned the Samidoun network. "
       "France designated Ghana, a partner of long standing, as a priority country. Italy banned Russian aircraft.",
       {"united-states opposes katiba-macina", "united-kingdom opposes russian-imperial-movement",
        "germany opposes samidoun"},
       {"france opposes ghana", "united-states opposes foreign-terrorist-organization"}},
      // a hyphenated rank abbreviation is a title; "told X on Tuesday that troops had killed": the
      // clause's plain subject is no actor, the one told is not it
      {"Nigerian Army spokesman Brig.-Gen. Chukwuemeka Obi told PREMIUM TIMES on Tuesday that troops had killed 23 "
       "ISWAP fighters in an ambush near Marte.",
       {"chukwuemeka-obi affiliated_with nigerian-army", "chukwuemeka-obi speaks_to premium-times"},
       {"premium-times attacks iswap", "brig affiliated_with nigerian-army"}},
      // pledging allegiance to an organization is belonging to it
      {"Boko Haram has sworn allegiance to al Qaeda. Mali pledged allegiance to Russia.",
       {"boko-haram affiliated_with al-qaeda"},
       {"mali affiliated_with russia"}},
      // pledges and contributions to a body support it; money committed to it too; a health body's
      // long name is one actor
      {"Norway and Canada announced new pledges to Gavi. The Gates Foundation has committed $1.6bn to the WHO. "
       "Africa CDC Director General Samuel Waweru urged the rebels to allow vaccinations. Kenya committed to the deal.",
       {"norway supports gavi", "canada supports gavi", "gates-foundation supports world-health-organization",
        "samuel-waweru affiliated_with africa-centres-for-disease-control-and-prevention"},
       {"samuel-waweru affiliated_with cdc", "samuel-waweru affiliated_with centers-for-disease-control-and-prevention"}},
      // scientists' jobs at an employer; a place's compound before the job; "their spokesman" after a
      // sentence that opens with the organization
      {"Fatemeh Rostami, a hydrologist at the University of Tehran, said the dam was empty. Anara Bekova, a "
       "Bishkek-based analyst with the International Crisis Group, agreed. The Taliban deny holding back water. "
       "Their spokesman, Qari Nasrullah Fitrat, said the reservoirs were low.",
       {"fatemeh-rostami affiliated_with university-of-tehran", "anara-bekova affiliated_with international-crisis-group",
        "qari-nasrullah-fitrat affiliated_with taliban"},
       {}},
      // a portfolio of several words joined by "and" after "Minister of"; a one-word title before a
      // name's particle is a given name
      {"Zimbabwe's Minister of Energy and Power Development, Tendai Mavhunga, visited the dam. Kenya's Minister of "
       "Foreign Affairs and International Cooperation, Grace Wambui, spoke. The UAE's Minister of Climate Change and "
       "Environment, Sultan al-Nuaimi, said the plan was dead.",
       {"tendai-mavhunga affiliated_with zimbabwe", "grace-wambui affiliated_with kenya",
        "sultan-al-nuaimi affiliated_with united-arab-emirates"},
       {}},
      // a list's last comma before "and" keeps the list; after one object, ", and" and a name before
      // a verb start a clause; leading a delegation to a place visits it; gunfire exchanged is a fight
      {"Kyrgyzstan, Kazakhstan, and Uzbekistan have signed an agreement to build the plant. China criticised Japan, "
       "and Russia praised India. Hossein Amiri led the delegation to Baghdad. Iran and the Taliban exchanged heavy "
       "gunfire near the post.",
       {"kyrgyzstan cooperates_with uzbekistan", "kazakhstan cooperates_with uzbekistan", "china opposes japan",
        "russia supports india", "hossein-amiri visits iraq", "iran fights taliban"},
       {"china opposes russia"}},
      // a fronted phrase's object in apposition to a title: the comma after the name closes the phrase
      {"After talks with his Turkmen counterpart, Meret Orazov, Uzbek Foreign Minister Jasur Karimov said the canal "
       "was a concern. Speaking after talks with his Tajik counterpart, Rustam Nazarov, Kyrgyz Foreign Minister "
       "Aibek Osmonov said the border was calm.",
       {"jasur-karimov meets meret-orazov", "aibek-osmonov meets rustam-nazarov"},
       {"aibek-osmonov speaks_to rustam-nazarov"}},
      // "whose members are A and B" on an organization, also after an apposition; a newspaper's
      // name after a state's ("the Zambia Daily Mail") is the newspaper's
      {"The Mekong River Commission, an intergovernmental body whose members are Cambodia, Laos, Thailand and "
       "Vietnam, said it had not been consulted. Chanda Mulenga told the Zambia Daily Mail after the meeting that "
       "levels were low.",
       {"cambodia affiliated_with mekong-river-commission", "vietnam affiliated_with mekong-river-commission",
        "chanda-mulenga speaks_to zambia-daily-mail"},
       {"chanda-mulenga speaks_to zambia"}},
      // an apposition on a name is closed; a possessed noun opening a clause after a fronted phrase is
      // its subject; a counted crowd received is no state's envoy
      {"Nearly four years into the war between Russia and Ukraine, Kyiv's allies have stepped up medical aid. "
       "Poland said it had received more than 3,000 Ukrainian patients. Poland, one of Kyiv's closest allies, said so. "
       "Vilnius would host 5,000 German troops.",
       {"poland cooperates_with ukraine", "lithuania hosts germany"},
       {"russia cooperates_with ukraine", "poland hosts ukraine"}},
      // medical supplies delivered are no trade; a person in apposition after a place is the subject a
      // pronoun points back to; KSrelief is one organization
      {"The World Health Organization's representative in Yemen, Dr. Ahmed Zouiten, told Arab News that cases had "
       "doubled. He called on the Houthi authorities in Sanaa to allow a campaign. The King Salman Humanitarian Aid "
       "and Relief Centre (KSrelief) on Sunday delivered 120 tons of medical supplies to Yemen.",
       {"ahmed-zouiten urges houthis"},
       {"king-salman-humanitarian-aid-and-relief-centre trades_with yemen", "salman-humanitarian-aid trades_with yemen"}},
      // a portfolio joined by "and" ends at the holder's name; "after the jihadists killed": a plain
      // subject opening a clause names no actor
      {"It was handed to Yemen's Minister of Public Health and Population Qasim Bahaj. Somalia and Kenya agreed to set "
       "up a joint cell, days after the jihadists killed nine Kenyan police officers.",
       {"qasim-bahaj affiliated_with yemen", "somalia cooperates_with kenya"},
       {"public-health affiliated_with yemen", "somalia attacks kenya"}},
      // a name right before the verb after "of" and a plain noun opens a relative clause without "that"
      {"Aydin urged Sweden to speed up the extradition of people Ankara considers members of the PKK terrorist "
       "organization.",
       {"turkey opposes kurdistan-workers-party"},
       {"sweden opposes kurdistan-workers-party"}},
      // a party's demonym heading an apposition on a person ties the person to the party, past the
      // member's state; the person, not the party, acts after it
      {"Sen. Elaine Porter, a Maryland Democrat who sits on the Foreign Relations Committee, accused Marcus Hale of "
       "lying. Senator Tom Reed, a Republican from Ohio, agreed. Jan Novak, a Republican senator, spoke.",
       {"elaine-porter affiliated_with democratic-party", "tom-reed affiliated_with republican-party",
        "elaine-porter opposes marcus-hale"},
       {"democratic-party opposes marcus-hale"}},
      // a participle after a possessive before a title; a demonym after "pro-" is no part of the name
      // after it
      {"In February, the PKK's jailed founder Abdullah Ocalan called on the group to disarm. The pro-Kurdish DEM Party "
       "criticised Turkey.",
       {"abdullah-ocalan affiliated_with kurdistan-workers-party", "dem-party opposes turkey"},
       {"kurdish-dem-party opposes turkey"}},
      // a leading "figure" of a group belongs to it; "a key figure in the talks" to nothing
      {"Hasan Mubarok, a leading figure of the Muslim Brotherhood, spoke. Jemaah Islamiyah (JI) disbanded. Ali Imron, "
       "a former senior JI figure, agreed. Omar Said, a key figure in the talks, left.",
       {"hasan-mubarok affiliated_with muslim-brotherhood", "ali-imron affiliated_with jemaah-islamiyah"},
       {}},
      // welcoming a member back is no hosting
      {"WHO Director-General Ilona Varga said the agency would welcome Washington back whenever it is ready. Kenya "
       "welcomed President Samia Suluhu Hassan of Tanzania in Nairobi.",
       {"kenya hosts samia-suluhu-hassan"},
       {"world-health-organization hosts united-states"}},
      // hosting an organization's office hosts the organization; a member of the Lok Sabha; a leader
      // of "the farmers' organization X"
      {"Qatar, which hosts the Taliban's political office in Doha, stayed silent. Tashi Dorjee, the Lok Sabha member "
       "from Arunachal West, said so. Marisol Carrasco, a leader of the farmers' organization El Barzon, said farmers "
       "would protest. Jordan received Israel's support.",
       {"qatar hosts taliban", "tashi-dorjee affiliated_with lok-sabha", "marisol-carrasco affiliated_with el-barzon"},
       {"jordan hosts israel"}},
      // what failed efforts sought is denied; efforts alone are not
      {"Bangladesh will ask China to finance the river after years of failed efforts to reach a water-sharing "
       "agreement with India. Egypt welcomed efforts to reach an agreement with Ethiopia.",
       {"egypt cooperates_with ethiopia"},
       {"china cooperates_with india", "bangladesh cooperates_with india"}},
      // what rejected or dismissed acts sought is denied too (any act noun, not only efforts)
      {"Hungary rejected proposals to impose sanctions on Belarus. Lithuania welcomed proposals to impose "
       "sanctions on Belarus. Ukraine rejected offers to negotiate with Russia.",
       {"lithuania opposes belarus"},
       {"hungary opposes belarus", "ukraine meets russia", "russia meets ukraine"},
       {"hungary opposes belarus"}},
      // a participle after a time word is the writer's act, not the time's
      {"Lithuanian Foreign Minister Jonas Petraitis wrote to Kaja Kallas in August urging her to sanction Belarus.",
       {"jonas-petraitis urges kaja-kallas"},
       {}},
      // capitalised words of belief are adjectives between a possessive and a title, not a person
      {"Pope Francis met Iraq's top Shi'ite Muslim cleric, Grand Ayatollah Ali al-Sistani, on Saturday. The "
       "Maronite Druze council praised Qatar.",
       {"francis meets ali-al-sistani", "ali-al-sistani affiliated_with iraq"},
       {"francis meets shiite-muslim", "maronite-druze supports qatar"}},
      // an age and an adjective between "the" and a title; the pontiff is the pope; religious offices
      {"Pope Francis met Iraqi leaders on Saturday. The reclusive 84-year-old pontiff also praised Jordan. Church of "
       "Scotland Moderator Iain Greenshields thanked Kenya. Egypt's Grand Mufti Shawki Allam criticised Sweden.",
       {"francis supports jordan", "iain-greenshields affiliated_with church-of-scotland", "iain-greenshields supports kenya",
        "shawki-allam affiliated_with egypt", "shawki-allam opposes sweden"},
       {}},
      // a known name of several words ends before a title; an English word in brackets after a name
      // is its acronym wherever it recurs; "the government" is the state whose government its
      // sentence named
      {"Organization of American States Secretary-General Fernando Ledesma condemned Peru. Talks between Chad's "
       "military government and rebels stalled after the Front for Change and Concord in Chad (FACT) walked out, "
       "accusing the government of lying. FACT leader Brahim Ahmat Kodi said so. FACT launched an offensive on Chad.",
       {"fernando-ledesma affiliated_with organization-of-american-states", "fernando-ledesma opposes peru",
        "front-for-change-and-concord-in-chad opposes chad", "brahim-ahmat-kodi affiliated_with front-for-change-and-concord-in-chad",
        "front-for-change-and-concord-in-chad attacks chad"},
       {}},
      // "Junta" opening a sentence is the common word, no organization's name
      {"Junta spokesman Zaw Min Tun told MRTV the same.", {"zaw-min-tun speaks_to mrtv"},
       {"zaw-min-tun affiliated_with junta"}},
      // a name before "palace" names a building, no person who meets anyone at a summit
      {"Lionel Adjovi told journalists at the Mohammed V palace. The deal will go to ECOWAS heads of state at their "
       "next summit, Adjovi said. Camara, a former French Foreign Legion officer, ousted him.",
       {"camara affiliated_with french-foreign-legion"},
       {"lionel-adjovi meets mohammed-v", "mohammed-v meets lionel-adjovi"}},
      // an organization in apposition to a state's agency is that state's
      {"The FSB, Russia's main security agency, detained him. RAW, India's foreign intelligence agency, was named.",
       {"federal-security-service affiliated_with russia", "raw affiliated_with india"},
       {}},
      // the subject of a verb carrying a meeting noun past a measure ("two days of"); ending, wrapping
      // up or completing talks carries them too
      {"The foreign ministers of Armenia and Azerbaijan concluded two days of talks in Almaty. Kenya and Uganda "
       "wrapped up talks on Friday.",
       {"armenia meets azerbaijan", "kenya meets uganda"},
       {}},
      // a telegram is a message; a pilgrimage a visit; "Archbishop of Canterbury" a title; al-Azhar
      {"Pope Francis sent a customary telegram to Chinese President Xi Jinping. Archbishop of Canterbury Justin Welby "
       "wrapped up a three-day pilgrimage of peace to South Sudan. It was signed in Cairo by al-Azhar's deputy grand "
       "imam, Abdel Rahman Fawzi.",
       {"francis speaks_to xi-jinping", "justin-welby visits south-sudan", "abdel-rahman-fawzi affiliated_with al-azhar"},
       {"canterbury-justin-welby visits south-sudan"}},
      // a possessor's first noun joined by "and" to the cue noun; not an article's noun with its own
      // "of"; a capitalised adjective after "whose"
      {"Pakistan, India's neighbour and long-time rival, said so. Nino Kavtaradze, Georgia's largely ceremonial "
       "president and a fierce critic of NATO, vowed a veto. Prime Minister Narendra Modi, whose Hindu "
       "nationalist Bharatiya Janata Party (BJP) has governed since 2014, said so.",
       {"pakistan opposes india",
        "narendra-modi affiliated_with bharatiya-janata-party"},
       {"nino-kavtaradze opposes georgia"}},
      // a church named by its adjectives before a title; a community's adjective names no body
      {"Russian Orthodox Patriarch Kirill stayed away. Roman Catholic Bishop Rolando Alvarez was freed. Israel's "
       "Ashkenazi chief rabbi, David Lau, attended.",
       {"kirill affiliated_with russian-orthodox-church", "rolando-alvarez affiliated_with catholic-church",
        "david-lau affiliated_with israel"},
       {"david-lau affiliated_with ashkenazi", "rolando-alvarez affiliated_with roman-catholic"}},
      // a minister's portfolio of unknown words closed by the comma before the holder's name
      {"He was received by Egypt's Minister of Religious Endowments, Hisham Abdel Aziz. He will meet Jordan's "
       "Minister of Awqaf, Ibrahim al-Sarayrah.",
       {"hisham-abdel-aziz affiliated_with egypt", "ibrahim-al-sarayrah affiliated_with jordan"},
       {"endowments affiliated_with egypt"}},
      // (an "of" after a comma follows no title: "the Kiel Institute, of Hamburg, Germany,")
      {"The Kiel Institute, of Hamburg, Germany, agreed to share data with Poland.", {}, {"hamburg affiliated_with kiel-institute"}},
      // military ranks written without a full stop; a lone capital letter names no one
      {"RSF commander Lt Gen Hamid Suleiman Musa met Gen Osman Abdelrahim al-Tayeb. Gen Z protesters criticised Kenya.",
       {"hamid-suleiman-musa affiliated_with rsf", "hamid-suleiman-musa meets osman-abdelrahim-al-tayeb"},
       {"z opposes kenya", "gen-z opposes kenya"}},
      // choosing a body to do a job is working with it; the one chosen is the infinitive's subject
      {"Kazakhstan has chosen Russia's state nuclear corporation Rosatom to lead the construction of its first nuclear "
       "plant. President Donald Trump picked Senator Marco Rubio to lead the State Department.",
       {"kazakhstan cooperates_with rosatom"},
       {"donald-trump affiliated_with state-department", "donald-trump cooperates_with marco-rubio"}},
      // a possessed title's beat of plain words before the holder in apposition
      {"Beijing's special envoy for Asian affairs, Deng Xiaohui, visited Naypyitaw last month.",
       {"deng-xiaohui visits myanmar", "deng-xiaohui affiliated_with china"},
       {"china visits myanmar"}},
      // "Both" opening a sentence before a verb is the pair named before, also after the "of" of a
      // plural noun; unnamed officials sent are their sender's visit; a show of solidarity supports
      {"The military governments of Mali and Burkina Faso backed the coup. Both sent ministers to Niamey on Monday in "
       "a show of solidarity with General Moussa Tahirou. Chad and Sudan quarrelled. Both condemned Libya. Egypt sent "
       "its foreign minister to Doha.",
       {"mali visits niger", "burkina-faso visits niger", "mali supports moussa-tahirou", "burkina-faso supports moussa-tahirou",
        "chad opposes libya", "sudan opposes libya", "egypt visits qatar"},
       {}},
      // demanding the withdrawal or departure of a state's troops urges that state
      {"Niger's junta demanded the departure of French troops. Mali demanded the withdrawal of the UN peacekeeping mission.",
       {"niger urges france", "mali urges united-nations"},
       {}},
      // a quantifier after the subject determines no noun: the verb reading stands
      {"Brazil and South Africa both praised India. Canada and the European Union each announced new aid for Haiti.",
       {"brazil supports india", "south-africa supports india", "canada supports haiti", "european-union supports haiti"},
       {}},
      // an amount between a light verb that also reports ("announced") and "in aid"
      {"Canada announced around $40 million in new aid for Haiti.", {"canada supports haiti"}, {}},
      // "X, which is part of Y": membership
      {"The M23, which is part of the Alliance Fleuve Congo coalition, seized Goma.",
       {"m23 affiliated_with alliance-fleuve-congo"}, {}},
      // military instructors and trainers are what a supporter sends
      {"Russia has sent military instructors to Niger. Turkey sent troops to Libya.", {"russia supports niger"},
       {"turkey supports libya"}},
      // declaring someone persona non grata opposes them; declaring war fights
      {"Colombia declared Argentina's ambassador persona non grata. Russia declared war on Ukraine. Kenya declared a "
       "state of emergency.",
       {"colombia opposes argentina", "russia fights ukraine"}, {}},
      // ownership is affiliation
      {"Stc, which is majority-owned by the Public Investment Fund, bid for Telefonica.",
       {"stc affiliated_with public-investment-fund"}, {}},
      // a passive's agent after a place and a time
      {"Brazilian President Lula was welcomed at the Elysee Palace on Tuesday by French President Emmanuel Macron.",
       {"emmanuel-macron hosts lula"}, {"lula hosts emmanuel-macron"}},
      // condemning an exercise or drills by named states opposes them, however the exercise is described
      {"Venezuela condemned a two-week air and naval exercise by the United States and Guyana.",
       {"venezuela opposes united-states", "venezuela opposes guyana"}, {}},
      {"Beijing criticised joint drills by Manila and Tokyo.", {"china opposes philippines", "china opposes japan"}, {}},
      // a state's own measures or plan are judged with it; a UN resolution is no act of the UN
      {"Cuba condemned the US measures. Russia vetoed a UN resolution.", {"cuba opposes united-states"},
       {"russia opposes united-nations"}},
      // a value after the agreement's noun stands between the cue and its object
      {"Peru signed a contract worth about $400 million with Embraer. Chile signed a deal worth 90 million euros with "
       "France.",
       {"peru cooperates_with embraer", "chile cooperates_with france"}, {}},
      // an officer of a company a state's possessive describes belongs to the company
      {"The deal was signed by Ana Silva, chief executive of Brazil's state oil company Petrobras.",
       {"ana-silva affiliated_with petrobras"}, {"ana-silva affiliated_with brazil"}},
      // a rank and a department before the title in apposition
      {"Ri Son Gwon, a vice department director of the ruling Workers' Party of Korea, spoke.",
       {"ri-son-gwon affiliated_with workers-party-of-korea"}, {}},
      // adding companies to a blacklist or an unreliable entity list opposes them; adding troops does not
      {"Beijing responded by adding Boeing and drone maker Shield AI to its unreliable entity list. Russia added troops "
       "to the border.",
       {"china opposes boeing", "china opposes shield-ai"}, {"russia opposes border"}},
      // a verb between a state and a title ties the title's holder to no state
      {"Asmara accuses Prime Minister Abiy Ahmed of seeking a port by force.", {"eritrea opposes abiy-ahmed"},
       {"abiy-ahmed affiliated_with eritrea"}},
      // a leader's own government or office acts for the leader
      {"President Salva Kiir spoke on Monday. Kiir's government has repeatedly accused Uganda of arming the rebels.",
       {"salva-kiir opposes uganda"}, {}},
      // ... but the government of a leader the text ties to a state is that state
      {"South Sudanese President Salva Kiir spoke on Monday. Kiir's government has repeatedly accused Uganda of arming "
       "the rebels.",
       {"south-sudan opposes uganda"}, {"salva-kiir opposes uganda"}},
      // a person's own party or movement after "his" or "her"; a name's possessive still counts
      {"Andrej Babis and his ANO movement won. Giorgia Meloni and her Brothers of Italy party gained. Viktor Orban's "
       "Fidesz party lost.",
       {"andrej-babis affiliated_with ano", "giorgia-meloni affiliated_with brothers-of-italy",
        "viktor-orban affiliated_with fidesz"},
       {}},
      // a portfolio of words joined by "and" before "Minister"; a fellow at a think tank belongs to it
      {"India's Commerce and Industry Minister Piyush Goyal spoke. Ana Cruz, a trade fellow at the Lowy Institute, "
       "said so.",
       {"piyush-goyal affiliated_with india", "ana-cruz affiliated_with lowy-institute"}, {}},
      // "a water cannon" with its article
      {"A Chinese coast guard ship fired a water cannon at a Vietnamese fishing boat.", {"china attacks vietnam"}, {}},
      // the visiting minister is the minister named before
      {"Japanese Foreign Minister Takeshi Iwaya arrived in Hanoi. Vietnamese President Luong Cuong later received the "
       "visiting minister.",
       {"luong-cuong hosts takeshi-iwaya"}, {}},
      // the cue's own preposition before a day, then before the object
      {"The European Union imposed sanctions on Monday on Russia.", {"european-union opposes russia"}, {}},
      // officers of a body stand for it
      {"The European Union imposed sanctions on six officers of the GRU.", {"european-union opposes gru"}, {}},
      // a counter-accusation joined to a denial is a fact; a second act inside the denied clause is not
      {"Rwanda denied that it had armed M23 and accused Uganda of lying. Russia denied that it had attacked Kyiv and "
       "bombed Ukraine.",
       {"rwanda opposes uganda"}, {"rwanda supports m23", "russia attacks ukraine"}},
      // "whom" is the object of the clause's verb; after an apposition, the person it describes
      {"Kenya praised Vladimir Putin, whom the EU sanctioned in May. Kenya praised Jean-Robert Pierre, the leader of "
       "the Viv Ansanm gang alliance, whom the EU accuses of ordering attacks.",
       {"european-union opposes vladimir-putin", "european-union opposes jean-robert-pierre"},
       {"european-union opposes viv-ansanm"}},
      // "the visit of X to Y": "of" names the visitor when the cue's own preposition follows
      {"He recalled the visit of Vladimir Putin to Beijing. During the invasion of Ukraine by Russia, prices rose.",
       {"vladimir-putin visits china", "russia attacks ukraine"}, {"ukraine attacks russia"}},
      // a portfolio after "Minister of", closed by the comma before the name
      {"South Africa's Minister of International Relations and Cooperation, Ronald Lamola, spoke. Kenya's Minister "
       "of Energy, Opiyo Wandayi, spoke.",
       {"ronald-lamola affiliated_with south-africa", "opiyo-wandayi affiliated_with kenya"},
       {"international-relations affiliated_with south-africa"}},
      // a name ending in "Research" is an organization
      {"Thandiwe Mokoena, an energy analyst at Johannesburg-based Highveld Energy Research, said so.",
       {"thandiwe-mokoena affiliated_with highveld-energy-research"}, {}},
      // a meeting or visit that the clause it opens calls off is no fact
      {"A visit to Tallinn by Russian Deputy Foreign Minister Pavel Gromov, planned for next month, has been called off. "
       "The summit between Xi Jinping and Vladimir Putin was postponed. The visit by Narendra Modi to China was a success.",
       {"narendra-modi visits china"}, {"pavel-gromov visits estonia", "xi-jinping meets vladimir-putin"}},
      // "the two neighbours" are the pair named nearest before them
      {"The United States and Japan called on Thailand and Cambodia to exercise restraint. The two neighbours fought "
       "a war in 2008.",
       {"thailand fights cambodia"}, {"united-states fights japan"}},
      // a relative clause after an apposition ending in a name belongs to the person described
      {"The talks were attended by Henrik Olander, the United Nations special envoy for Yemen, who praised Oman for its "
       "diplomacy.",
       {"henrik-olander supports oman"}, {"yemen supports oman"}},
      // an ampersand joins a company's name; a name with its acronym in parentheses is one conjunct
      {"Korea Hydro & Nuclear Power (KHNP) and the Polish utility PGE signed a letter of intent.",
       {"korea-hydro-nuclear-power cooperates_with pge"}, {}},
      // releasing or disbursing money carries an aid noun; a determiner may open the amount
      {"The European Union is expected to release a further 1 billion euros in macro-financial assistance to Egypt.",
       {"european-union supports egypt"}, {}},
      // the branch named in apposition is the object; "whose officials she said" names no officer
      {"Costa Rica's Security Minister, Andrea Solis Vega, spoke. She thanked the UN refugee agency, UNHCR, whose "
       "officials she said had helped.",
       {"andrea-solis-vega supports unhcr"}, {"andrea-solis-vega affiliated_with unhcr", "andrea-solis-vega supports united-nations"}},
      // "the bloc" keeps what the same description named before; a name after a subordinator is its clause's subject
      {"Leaders of the Economic Community of West African States (ECOWAS) urged Mali to rejoin the bloc, a year after "
       "Mali left to form the Alliance of Sahel States (AES). The statement was read by Alieu Sanneh, president of the "
       "bloc's commission.",
       {"alieu-sanneh affiliated_with economic-community-of-west-african-states"},
       {"alieu-sanneh affiliated_with alliance-of-sahel-states"}},
      {"Belarusian President Alexander Lukashenko, attending his second summit since Minsk joined the SCO in 2024, "
       "praised the declaration.",
       {"belarus affiliated_with shanghai-cooperation-organisation"},
       {"alexander-lukashenko affiliated_with shanghai-cooperation-organisation"}},
      // warships from states stand for them
      {"Warships from India, Sri Lanka and France began a joint naval exercise.",
       {"india cooperates_with sri-lanka", "india cooperates_with france", "sri-lanka cooperates_with france"}, {}},
      // "her" before a demonym or a title is possessive: the counterpart is the one met
      {"Congolese Foreign Minister Therese Mbala met her Rwandan counterpart Olivier Nsengimana on Monday.",
       {"therese-mbala meets olivier-nsengimana"}, {}},
      // ... and before a preposition an object: not its own verb's subject
      {"Congolese Foreign Minister Therese Mbala arrived on Monday. Kenyan President William Ruto met her in Nairobi.",
       {"william-ruto meets therese-mbala"}, {}},
      // a past form after "and" does not share an auxiliary that takes a bare verb: its own clause
      {"Armenian Prime Minister Hovik Sargsyan said the shooting would not derail the deal and accused Baku of lying.",
       {"hovik-sargsyan opposes azerbaijan"}, {}},
      {"Russia did not attack Kyiv and bomb Kharkiv.", {}, {"russia attacks ukraine"}},
      // "and" between the plain words of the object's phrase ("a trade and investment agreement with")
      {"Australia signed a trade and investment agreement with Japan on Monday.", {"australia cooperates_with japan"}, {}},
      {"Australia met officials and signed deals with Japan.", {"australia cooperates_with japan"}, {"australia meets japan"}},
      // "the two NATO allies": a pair description with an organization's name before its noun
      {"Greek Prime Minister Nikos Andreou met Turkish Foreign Minister Selim Kaya in Athens. Trade between the two "
       "NATO allies reached a record $7 billion last year.",
       {"greece trades_with turkey"}, {"greece trades_with nato"}},
      // "demanded X from Y" urges Y
      {"Argentina demanded compensation from Chile. The union demanded higher wages.", {"argentina urges chile"}, {}},
      // an indefinite agent after "by" is no one in particular
      {"Karin Lindqvist is due to visit Jakarta in November, the first trip by an EU trade chief to Indonesia in five "
       "years. A visit by French President Emmanuel Macron to China ended.",
       {"emmanuel-macron visits china"}, {"european-union visits indonesia"}},
      // a person travelling with the subject visits too (a scholarship does not)
      {"Malaysian Minister Azlan Harun flew to Moscow last month with Indonesian Foreign Minister Retno Marsudi. "
       "Chao went to the United States with a Boxer Indemnity Scholarship in 1910.",
       {"azlan-harun visits russia", "retno-marsudi visits russia"},
       {"boxer-indemnity-scholarship visits united-states"}},
      // a title phrase as the object, its holder named in apposition
      {"Thai Foreign Minister Pichai Wongsawat hosted the junta's foreign minister, Than Htike, in Bangkok.",
       {"pichai-wongsawat hosts than-htike"}, {}},
      // goods pledged or airlifted to a state support it; a specialist at a body belongs to it
      {"Japan pledged tents and generators to Vanuatu. The US airlifted food and medicine to Haiti. Nuru Kimaro, a "
       "ports specialist at the Africa Logistics Institute, said so.",
       {"japan supports vanuatu", "united-states supports haiti", "nuru-kimaro affiliated_with africa-logistics-institute"},
       {}},
      // a regulation or directive is a thing, not a body of the organization named before it
      {"The probe falls under the EU's Foreign Subsidies Regulation and the EU's Digital Markets Directive.", {},
       {"foreign-subsidies-regulation affiliated_with european-union",
        "digital-markets-directive affiliated_with european-union"}},
      // a state's media outlet is told, not the state
      {"\"The truce holds,\" Vladimir Putin told Chinese state television. Putin told Chinese officials that ties were strong.",
       {"vladimir-putin speaks_to china"}, {}},
      {"\"The truce holds,\" Vladimir Putin told Chinese state television.", {}, {"vladimir-putin speaks_to china"}},
      // fighters named after a state's possessive are in it, not of it; "Ecuadorean" is Ecuador's
      {"Negotiators from Oman and Yemen's Houthi rebels met. Qatar's Al Jazeera reported it. Ecuadorean Foreign Minister "
       "Ana Mora spoke.",
       {"al-jazeera affiliated_with qatar", "ana-mora affiliated_with ecuador"}, {"houthis affiliated_with yemen"}},
      // "killed in fighting between X and Y": a gerund whose parties follow "between" names the event
      {"At least nine people were killed in fighting between Kyrgyz and Tajik troops on Friday.",
       {"kyrgyzstan fights tajikistan"}, {}},
      // "X, whose chief executive Y": the titled person after "whose" holds the office of X; a
      // steelmaker is a company
      {"Mexican steelmaker Acerias Oriente, whose chief executive Jorge Villa praised the decision, rose.",
       {"jorge-villa affiliated_with acerias-oriente"}, {"jorge-villa affiliated_with mexico"}},
      // "X, of the ruling Y,": a person's organization in an apposition of its own
      {"Senator Ana Ruiz, of the ruling National Renewal Party, met Chile's foreign minister. Ana Ruiz, of Chile, spoke.",
       {"ana-ruiz affiliated_with national-renewal-party"}, {"ana-ruiz affiliated_with chile"}},
      // "waged a war against X": a light verb gives the noun cue its agent
      {"Armenia waged a war against Azerbaijan in 2020.", {"armenia fights azerbaijan"}, {}},
      // "Yemen's government, which ... backed by Y": a state's body before a relative pronoun stands
      // for the state; a participle joined by "and" to a passive one is passive too
      {"Chad's elected government, which is based in N'Djamena and backed by France, was absent. Mali's government, "
       "which is backed by Russia, was absent.",
       {"france supports chad", "russia supports mali"}, {}},
      // "both former Soviet republics": a pair described past "former" and a demonym
      {"Moldova and Georgia signed a pact. Both former Soviet republics belong to the Council of Europe.",
       {"moldova affiliated_with council-of-europe", "georgia affiliated_with council-of-europe"},
       {"soviet-union affiliated_with council-of-europe"}},
      // an apposition with a relative clause on its noun is skipped back to the name it describes
      {"Rebel leader Omar Diallo, a former army colonel who took up arms in 2019, thanked Gabon and Togo for their help.",
       {"omar-diallo supports gabon", "omar-diallo supports togo"}, {}},
      // a sum of money pledged or sent is support, as aid is; a quantity of goods traded is not
      {"The EU pledged a further 20 million euros to Kenya. Japan pledged $5 million to Fiji. Norway sent \u20ac2 million "
       "to Haiti. Russia shipped 2 million barrels of oil to China.",
       {"european-union supports kenya", "japan supports fiji", "norway supports haiti"}, {"russia supports china"}},
      // addressing a body
      {"Ukrainian President Volodymyr Zelenskiy addressed the European Parliament. He addressed the concerns of Poland.",
       {"volodymyr-zelenskiy speaks_to european-parliament"}, {"volodymyr-zelenskiy speaks_to poland"}},
      // "the union" is the organization introduced as a union, not the last one named
      {"The rail union Aslef, which speaks for Network Rail drivers, criticised Network Rail. The union will seek talks "
       "with Siemens.",
       {"aslef meets siemens"}, {"network-rail meets siemens"}},
      // a sum's "in" phrase may join plain words with "and"
      {"Japanese Prime Minister Kenji Sato pledged $1.5 billion in loans and grants to Kenya.",
       {"kenji-sato supports kenya"}, {}},
      // a passive's place phrases before its agent
      {"Kenji Sato was received at State House in Nairobi by President William Ruto.", {"william-ruto hosts kenji-sato"}, {}},
      // a verb joined by "and" shares both coordinated subjects
      {"The African Union and the United Nations welcomed the meeting and urged Kenya to respect a ceasefire.",
       {"african-union urges kenya", "united-nations urges kenya"}, {}},
      // a person's party after "his", unless the name only modifies a noun
      {"President Joseph Banda and his ruling United National Front (UNF) claimed victory. Erdogan criticised his "
       "Labour Party rivals. Holt made his Major League debut.",
       {"joseph-banda affiliated_with united-national-front"},
       {"erdogan affiliated_with labour-party", "holt affiliated_with major-league"}},
      // a title's body named with its possessor before the name, a second office after it
      {"The head of the European Union's observer mission, Tanja Kovac, a former Slovenian foreign minister, said "
       "so. The leader of Kenya's election commission, Ruth Wambui, spoke.",
       {"tanja-kovac affiliated_with european-union", "tanja-kovac affiliated_with slovenia",
        "ruth-wambui affiliated_with kenya"},
       {}},
      // "which" before the clause's own subject is the verb's object
      {"The talks were overshadowed by Norway's decision to impose sanctions on two Russian fishing firms, Norebo and "
       "Murman Seafood, which Oslo accused of spying.",
       {"norway opposes murman-seafood"}, {}},
      // a leader named in a relative clause; "denied it" denies a claim, not the organization "it" may be
      {"The Rapid Support Forces, which is commanded by Mohamed Hamdan Dagalo, denied it. The Popular Resistance "
       "Front, led by Tarek Idris, denied it.",
       {"mohamed-hamdan-dagalo affiliated_with rapid-support-forces", "tarek-idris affiliated_with popular-resistance-front"},
       {"mohamed-hamdan-dagalo opposes rapid-support-forces", "tarek-idris opposes popular-resistance-front"}},
      // a possessor's purchases or sales of goods to or from another; none without the preposition
      {"India's purchase of fighter jets from France was approved. Germany's sale of tanks to Poland was approved. "
       "Tokyo and Seoul won lower tariffs on their sales.",
       {"india trades_with france", "germany trades_with poland"}, {"japan trades_with south-korea"}},
      // an adverb of time before an office in apposition
      {"Kaja Kallas, now the European Union's foreign policy chief, said so.",
       {"kaja-kallas affiliated_with european-union"}, {}},
      // a one-word sentence ending the text (found by the text fuzzer: read past the last token)
      {"telling", {}, {}},
      // a delegation's leader named after his own body and title belongs to where it comes from too
      {"The plan went to an Israeli delegation headed by Mossad director David Barnea.",
       {"david-barnea affiliated_with israel"}, {}},
      // a pledge of goods for a state supports it
      {"Germany and the Netherlands pledged new air defence systems for Ukraine.",
       {"germany supports ukraine", "netherlands supports ukraine"}, {}},
      // a counted list of goods launched or sent; no list of troops
      {"Russia launched 87 drones and two ballistic missiles at Ukraine overnight. France sent troops and two diplomats to Mali.",
       {"russia attacks ukraine"}, {"france supports mali"}},
      // an organization's last word before a title is its short form, when only one such name came before
      {"The European Commission proposed a law. Commission President Katrin Lind said so. The European Parliament "
       "agreed. Parliament President Helena Borg signed it.",
       {"katrin-lind affiliated_with european-commission", "helena-borg affiliated_with european-parliament"}, {}},
      {"The World Bank and the Asian Development Bank pledged loans to Laos. Bank President Anna Berg said so.", {},
       {"anna-berg affiliated_with world-bank", "anna-berg affiliated_with asian-development-bank"}},
      // a meeting or a call the clause's act took place after or in is its subject's
      {"Viktor Orban dropped his objection after talks with Ursula von der Leyen. Olaf Scholz raised the matter in a "
       "phone call with Xi Jinping.",
       {"viktor-orban meets ursula-von-der-leyen", "olaf-scholz speaks_to xi-jinping"}, {}},
      // a description counting its members ("the 12-nation bloc") is the organization named before
      {"Leaders of the Economic Community of West African States met. Nigerian President Bola Tinubu, who chairs the "
       "12-nation bloc, spoke. The bondholder group accused the government of delay.",
       {"bola-tinubu affiliated_with economic-community-of-west-african-states"},
       {"economic-community-of-west-african-states opposes nigeria"}},
      // a party "of" a titled person named after it is the person's; not a body's "of" phrase
      {"The Labour Party of Prime Minister Keir Starmer won. The Movement for Democratic Change (MDC) of opposition "
       "leader Nelson Chamisa protested. The Ministry of Foreign Affairs of President Ali Hassan said so.",
       {"keir-starmer affiliated_with labour-party", "nelson-chamisa affiliated_with movement-for-democratic-change"},
       {"ali-hassan affiliated_with ministry-of-foreign-affairs"}},
      // a person sent to a place visits it (and "its" titled person belongs to the sender); goods sent do not
      {"Egypt sent its intelligence chief Hassan Rashad to the Qatari capital. Washington dispatched envoy Steve "
       "Witkoff to Moscow on Tuesday. Germany sent two frigates to the Red Sea. Egypt did not send its foreign "
       "minister, Sameh Shoukry, to Beirut.",
       {"hassan-rashad visits qatar", "hassan-rashad affiliated_with egypt", "steve-witkoff visits russia"},
       {"germany visits red-sea", "egypt visits qatar", "sameh-shoukry visits lebanon"}},
      // a plural membership in apposition takes the whole coordination
      {"Kyrgyzstan and Armenia, both members of the Eurasian Economic Union, agreed. Spain, a member of NATO, agreed.",
       {"kyrgyzstan affiliated_with eurasian-economic-union", "armenia affiliated_with eurasian-economic-union",
        "spain affiliated_with nato"},
       {}},
      // a portfolio's words before "Commissioner" name no organization
      {"EU Home Affairs Commissioner Katarina Lind said so.", {"katarina-lind affiliated_with european-union"}, {}},
      // a delegation sent to a place is its sender's visit; a mission led by a former minister is his body's
      {"Nigeria said Abuja would send a delegation to Bissau on Monday. The African Union observer mission, led by "
       "former Ghanaian foreign minister Efua Mensah-Bonsu, urged calm. Germany sent troops to Mali.",
       {"nigeria visits guinea-bissau", "efua-mensah-bonsu affiliated_with african-union"}, {"germany visits mali"}},
      // an office in apposition with a relative clause right after its title: the person holds it and acts
      {"Tomas Verhoeven, the EU special representative who has mediated between Belgrade and Pristina since 2023, "
       "said so.",
       {"tomas-verhoeven affiliated_with european-union", "tomas-verhoeven mediates serbia",
        "tomas-verhoeven mediates kosovo"},
       {"european-union mediates serbia"}},
      // "to which X and Y belong": members of the organization the clause describes; not "no longer"
      {"The CSTO, a Moscow-led alliance to which both Kyrgyzstan and Tajikistan belong, said so. The CSTO, to which "
       "Armenia no longer belongs, met.",
       {"kyrgyzstan affiliated_with collective-security-treaty-organization",
        "tajikistan affiliated_with collective-security-treaty-organization"},
       {"armenia affiliated_with collective-security-treaty-organization"}},
      // a forum is an organization; a body's two-word mission is led by its member
      {"The Mozambican Human Rights Forum monitored the vote. The forum's director, Lurdes Mabunda, said so. The "
       "European Union's election observation mission, led by Swedish lawmaker Karin Lind, agreed.",
       {"lurdes-mabunda affiliated_with mozambican-human-rights-forum", "karin-lind affiliated_with european-union"}, {}},
      // holding an organization's chair or presidency is membership; no state's presidency
      {"Malaysia, which holds the rotating chairmanship of the Association of Southeast Asian Nations (ASEAN), said "
       "so. Hungary holds the rotating presidency of the European Union. Poland held the presidency of France.",
       {"malaysia affiliated_with association-of-southeast-asian-nations", "hungary affiliated_with european-union"},
       {"poland affiliated_with france"}},
      // fighters or vessels "of" a force act for it, after a fronted phrase's comma too; an apposition's do not
      {"On Sunday, vessels of the China Coast Guard fired water cannon at a Philippine supply boat. Fighters of the "
       "Rapid Support Forces attacked Chad. Sudan, fighters of the Rapid Support Forces say, attacked Egypt.",
       {"china-coast-guard attacks philippines", "rapid-support-forces attacks chad"},
       {"rapid-support-forces attacks egypt"}},
      // "the military government" is the state the story is about, as "the government" is
      {"Myanmar's army seized power in Myanmar in 2021. Myanmar has been at war since. ASEAN urged the military "
       "government to end air strikes.",
       {"association-of-southeast-asian-nations urges myanmar"}, {}},
      // "accused the commission of altering": the charge's gerund leaves "the commission" a reference
      {"The Malawi Electoral Commission announced the results. Grace Banda accused the commission of altering tally "
       "sheets.",
       {"grace-banda opposes malawi-electoral-commission"}, {}},
      // "the electoral commission", "the central bank": a body named before whose name holds both words
      {"The Malawi Electoral Commission announced results. The AU urged the electoral commission to publish them. "
       "The World Bank lent money to Ghana. The IMF urged the central bank to act.",
       {"african-union urges malawi-electoral-commission"},
       {"international-monetary-fund urges world-bank"}},
      // an office before an honorific is the role ("President Sheikh X"), so "the Emirati leader" is X
      {"Emirati President Sheikh Hamdan bin Saeed visited Uzbekistan on Tuesday. In Astana on Monday, the Emirati "
       "leader met Kazakh President Yerlan Dauletov.",
       {"hamdan-bin-saeed meets yerlan-dauletov"}, {"united-arab-emirates meets yerlan-dauletov"}},
      // a person's own party after "his own", opening the sentence too
      {"Japanese Prime Minister Kenji Morimoto faces pressure. His own Liberal Democratic Party is split.",
       {"kenji-morimoto affiliated_with liberal-democratic-party"}, {}},
      // an act's "of" phrase before its agent after "by"
      {"The European Union criticised the seizure of a Greek tanker by Iran. Japan denounced the detention of two "
       "fishermen by Russia.",
       {"european-union opposes iran", "japan opposes russia"}, {"european-union opposes greece"}},
      // "protested against" an act opposes its author
      {"Japan protested against China's deployment of coast guard ships near the islands.", {"japan opposes china"}, {}},
      // an ordinal between the possessor and "member"
      {"Finland became NATO's 31st member on Tuesday.", {"finland affiliated_with nato"}, {}},
      // a name between a noun's preposition and a gerund is the gerund's subject; a verb's is not
      {"Turkey dropped its objections to Sweden joining NATO. Senator Paul Jenkins wrote to Maria Ortiz urging her to "
       "block the deal.",
       {"sweden affiliated_with nato"}, {"turkey affiliated_with nato", "maria-ortiz urges paul-jenkins"}},
      // the venue between the talks and their host
      {"Ethiopia and Somalia agreed to end their dispute after talks in Ankara hosted by Turkey.",
       {"turkey hosts ethiopia", "turkey hosts somalia"}, {}},
      // an act judged again is no judgement in words made before it
      {"Estonian Foreign Minister Kadri Tamm condemned Russia's actions. Moscow denounced the expulsion.", {},
       {"russia opposes kadri-tamm"}},
      // "each other": each of the subjects acts on the other
      {"Armenia and Azerbaijan accused each other of violating the truce. Later the two sides met with one another "
       "in Geneva.",
       {"armenia opposes azerbaijan", "azerbaijan opposes armenia", "armenia meets azerbaijan"}, {}},
      // "blamed the attack on X" blames X; "blamed X for" still does
      {"Interior Minister Ahmed Saleh blamed the bombing on the Islamic State group. Kosovo blamed Belgrade for the "
       "violence.",
       {"ahmed-saleh opposes islamic-state", "kosovo opposes serbia"}, {}},
      // an office's "of" and its body before the name: the office holder's guest
      {"The Iranian minister was received by Chairman of the State Duma Pavel Orlov.",
       {"pavel-orlov hosts iran", "pavel-orlov affiliated_with state-duma"}, {"state-duma hosts iran"}},
      // the leader of a delegation sent visits
      {"Egypt sent a delegation led by intelligence chief Hassan Rashad to Doha on Wednesday.",
       {"hassan-rashad visits qatar", "egypt visits qatar"}, {}},
      // "more than" before a number, and a name of no actor before a plain noun, inside the object's phrase
      {"Russian forces launched more than 100 drones at Ukraine. Berlin delivered four IRIS-T systems to Ukraine.",
       {"russia attacks ukraine", "germany supports ukraine"}, {}},
      // a relative clause's coordinated subjects all act on the antecedent
      {"The PKK, which Ankara, the European Union and the United States list as a terrorist organisation, denied it.",
       {"turkey opposes kurdistan-workers-party", "european-union opposes kurdistan-workers-party",
        "united-states opposes kurdistan-workers-party"},
       {}},
      // "condemned the strike as ...": "as" names no target
      {"Turkish drones struck PKK positions in northern Iraq. Iraqi Foreign Minister Fuad Hussein condemned the strike "
       "as a violation of sovereignty.",
       {"fuad-hussein opposes turkey"}, {}},
      // refugees from a state do not stand for it
      {"Egypt, which hosts more than 1.2 million Sudanese refugees, asked donors for help.", {}, {"egypt hosts sudan"}},
      // the ones accused, named or not, are a gerund's subject after "accused of"
      {"The EU sanctioned two firms accused of supplying drones to Russia. Pakistan accused India of sponsoring "
       "militants.",
       {"pakistan opposes india"}, {"european-union trades_with russia", "pakistan supports militants"}},
      // a mediation, a role, a contribution welcomed or praised is its author's act
      {"Abu Dhabi welcomed Qatar's mediation. Kenya praised China's role in the talks.",
       {"united-arab-emirates supports qatar", "kenya supports china"}, {}},
      // a target inside a state: an attack on the state ("a refinery in Russia's Krasnodar region")
      {"Ukrainian drones struck a refinery in Russia's Krasnodar region. Russian missiles struck a hospital in Kyiv.",
       {"ukraine attacks russia", "russia attacks ukraine"}, {}},
      // countermeasures or retaliation vowed against someone threaten them
      {"China vowed to take countermeasures against the Philippines.", {"china threatens philippines"}, {}},
      // a person "of" an organization, with no comma between
      {"Ghanaian lawmaker Samuel Ablakwa of the opposition National Democratic Congress demanded an inquiry. Kofi "
       "Mensah of Ghana spoke.",
       {"samuel-ablakwa affiliated_with national-democratic-congress"}, {}},
      // "a staunch supporter of", "the main backer of" after a copula; "advised X to"
      {"Norway has been a staunch supporter of the Palestinian Authority. Iran is the main backer of Hezbollah. The IMF "
       "advised Pakistan to broaden its tax base.",
       {"norway supports palestinian-authority", "iran supports hezbollah", "international-monetary-fund urges pakistan"},
       {}},
      // an untied office is the dateline's state's (a dash closing the dateline), not a body's named before the title
      {"HELSINKI \u2014 Finland closed its border with Russia. Russia protested. Finland said the step was needed. "
       "Interior Minister Elina Rautio defended the step. "
       "Commission Vice-President Pieter de Groot called it lawful.",
       {"elina-rautio affiliated_with finland"}, {"pieter-de-groot affiliated_with finland"}},
      // weapons that hit: an attack ("was hit by sanctions" is none)
      {"Ukrainian drones hit a refinery in Russia. Russian missiles hit Kyiv overnight. The Russian economy was hit by "
       "sanctions.",
       {"ukraine attacks russia", "russia attacks ukraine"}, {}},
      // one thanked for a support of its own gives it; thanked for anything else, nothing
      {"Uzbekistan thanked the Russian side for its support in modernizing the grid. Kenya thanked Britain for the visit.",
       {"russia supports uzbekistan", "uzbekistan supports russia", "kenya supports united-kingdom"},
       {"united-kingdom supports kenya"}},
      // (an office holder thanking: the support went to the state the office serves)
      {"Qatari Prime Minister Khalid al-Thani thanked Egypt for its support.", {"egypt supports qatar"},
       {"egypt supports khalid-al-thani"}},
      // "that" after a plain noun: a relative clause on the noun, not on the name before it
      {"Markus Landgraf estimated the number of particles that were captured by Stardust Corp. Kenya said that it "
       "was attacked by Somalia.",
       {"somalia attacks kenya"}, {"stardust-corp attacks markus-landgraf"}},
      // an act named by its own word is judged, whoever it was done to; a claim likewise
      {"Germany pledged 500 million euros in military aid to Ukraine on Tuesday. The Kremlin condemned the pledge.",
       {"russia opposes germany"}, {}},
      {"Venezuela threatened Guyana over the oil fields. Venezuelan Defence Minister Ramon Urdaneta accused Guyana of "
       "theft. Guyanese President Deodat Persaud rejected the threat.",
       {"deodat-persaud opposes venezuela"}, {"deodat-persaud opposes ramon-urdaneta"}},
      // a go-between's verb past the talks' phrase; the sides of a story further back; a state's body in
      // a coordinated pair
      {"Armenia and Azerbaijan fought a war. Russia and Turkey, which mediated an earlier round of talks between "
       "the two sides in Moscow, welcomed the deal.",
       {"russia mediates armenia", "turkey mediates azerbaijan"}, {"russia meets turkey"}},
      {"Sudan's army and the Rapid Support Forces agreed on Wednesday to open corridors. The deal was signed in "
       "Jeddah. It was witnessed by Kenyan President William Ruto. \"This is a first step,\" Ruto said. Food is "
       "short. Qatar shuttled between the two sides.",
       {"qatar mediates sudanese-army", "qatar mediates rapid-support-forces"}, {"qatar mediates william-ruto"}},
      // "one of the ... supporters of": the copula's subject past "one of"
      {"Romania has been one of the strongest supporters of Ukraine. Supporters of Hamas marched in Jordan.",
       {"romania supports ukraine"}, {"jordan supports hamas"}},
      // hosting a body's gathering hosts the body; a passive's agent past a phrase of time
      {"Romania hosted NATO's annual summit. Poland will host a meeting of the Ukraine Defense Contact Group in "
       "Rzeszow. Leaders met at a summit of the Mercosur trade bloc hosted by Paraguay. The summit of the Arab League "
       "was hosted by Bahrain.",
       {"romania hosts nato", "poland hosts ukraine-defense-contact-group", "paraguay hosts mercosur", "bahrain hosts arab-league"},
       {}},
      {"British Foreign Secretary Helen Marsh was received on Sunday by Indonesian President Bima Santoso.",
       {"bima-santoso hosts helen-marsh"}, {}},
      // a dateline's agency is no actor; a participle after a preposition or article is an adjective
      {"TORONTO, Aug 5 (Reuters) - Northbrook Resources said it had agreed to buy Silverpeak Mining, as farmers look "
       "for alternatives to sanctioned Russian supplies.",
       {"northbrook-resources trades_with silverpeak-mining"},
       {"reuters trades_with silverpeak-mining", "northbrook-resources opposes russia", "reuters opposes russia"}},
      // a verb's object pronoun is none of its subjects
      {"The plan was backed by Hungary and Serbia, while Poland, Lithuania and Finland voted against it.",
       {}, {"lithuania opposes poland", "finland opposes poland"}},
      // pushing someone to act urges them ("pushed into Gaza" does not); a title before a body's head word
      // opens the body's name
      {"Paris has pushed the EU to build up its own cloud providers. Israel pushed into Gaza. Poland asked the "
       "European Union's General Court to annul the fine.",
       {"france urges european-union", "poland urges general-court"}, {"israel urges gaza", "poland urges european-union"}},
      // the partners ranked before a trading partner are the owner's partners too ("after the crisis" is none)
      {"Vietnam is South Korea's third-largest trading partner after China and the United States. Japan is "
       "Indonesia's biggest trading partner after the crisis.",
       {"vietnam trades_with south-korea", "south-korea trades_with china", "south-korea trades_with united-states",
        "japan trades_with indonesia"},
       {"vietnam trades_with china"}},
      // "it" before an attack's copula is the attack itself
      {"The United States designated the group a terrorist organisation. It was the third attack on Kyiv this year.",
       {}, {"united-states attacks ukraine"}},
      // two people a host brings together meet as well; a state hosting a person does not meet them
      {"Japanese Prime Minister Kenta Mori hosted South Korean President Park Min-soo for talks. Mexico welcomed "
       "Canadian Prime Minister Claire Dubois.",
       {"kenta-mori hosts park-min-soo", "kenta-mori meets park-min-soo", "mexico hosts claire-dubois"},
       {"mexico meets claire-dubois"}},
      // ties named by more of their adjectives
      {"Uzbekistan has pursued pragmatic ties with Afghanistan. Peru has a special relationship with Chile.",
       {"uzbekistan cooperates_with afghanistan", "peru cooperates_with chile"}, {}},
      // the attacker of an attack condemned: one who claimed it; none when the last attack's was unnamed;
      // the story's attack some sentences on
      {"Islamist militants attacked an army base near Kayes. JNIM claimed responsibility in a statement. Niger "
       "condemned the attack.",
       {"niger opposes jamaat-nusrat-al-islam-wal-muslimin"}, {"niger opposes islamist"}},
      {"Russian drones struck Kyiv. Gunmen attacked a police post in Mali on Monday. Niger condemned the attack.",
       {"russia attacks ukraine"}, {"niger opposes russia"}},
      {"U.S. warplanes struck Houthi radar stations in Yemen. The ship was hit. Its crew fled. A frigate picked them up. "
       "The owner said the ship carried grain. The group said the ship was a target. Prices rose. Insurers balked. "
       "Iran condemned the strikes.",
       {"iran opposes united-states"}, {}},
      // a state's army acts for itself; the words before a name are no descriptor of it past another name
      {"Egypt backs Sudan's army. The Sudanese army shelled positions of the Rapid Support Forces. The army accused the "
       "Rapid Support Forces of looting.",
       {"egypt supports sudanese-army", "sudanese-army attacks rapid-support-forces",
        "sudanese-army opposes rapid-support-forces"},
       {"egypt supports sudan", "sudan attacks rapid-support-forces", "rapid-support-forces opposes rapid-support-forces"}},
      // "the junta" is the government of the state the story is about
      {"Myanmar's army took power in Myanmar in 2021. Myanmar has been at war since. Singapore's Prime Minister Lawrence "
       "Wong urged the junta to release detained leaders.",
       {"lawrence-wong urges myanmar"}, {"lawrence-wong urges singapore"}},
      // an object called a partner or an enemy: the noun's relation ("called the move a mistake" is none)
      {"Kenyan President William Ruto described the UAE as \"a dependable partner\". Iran called Israel an enemy. Kenya "
       "called the move a mistake. Kenya called China to discuss trade.",
       {"william-ruto cooperates_with united-arab-emirates", "iran opposes israel"},
       {"kenya cooperates_with china", "kenya opposes china"}},
      // an act welcomed with no author named: the act just stated, both sides of an agreement; not a
      // name called
      {"The United States imposed sanctions on Iran. Britain welcomed the move. Azerbaijan and Turkey signed a gas "
       "agreement. The European Union welcomed the agreement.",
       {"united-kingdom supports united-states", "european-union supports azerbaijan", "european-union supports turkey"},
       {"united-kingdom supports iran"}},
      {"Poland described the UEFA vote as \"a gift to Kremlin propaganda\". Russia welcomed the decision. Hamas has "
       "been fighting Israel since 2023. Qatar welcomed the decision.",
       {}, {"russia supports poland", "qatar supports hamas"}},
      // goods joined by "and" before the trade's preposition
      {"Kenya has signed a three-year deal to import diesel and jet fuel on extended credit from Russia.",
       {"kenya trades_with russia"}, {}},
      // a go-between's hyphened participle before an agreement between two sides
      {"A U.S.-brokered ceasefire between the Syrian Democratic Forces and Hezbollah collapsed.",
       {"united-states mediates syrian-democratic-forces", "united-states mediates hezbollah"}, {}},
      // a claim named a lie in quotation marks is rebutted: its author is opposed
      {"Maldivian minister Hassan Latheef called Aishath Nazla's claims \"a fantasy\". Kenya called the accusations by "
       "Rwanda \"a smear\". Chile called the claims by Peru \"welcome news\".",
       {"hassan-latheef opposes aishath-nazla", "kenya opposes rwanda"}, {"chile opposes peru"}},
      // any naming verb of stigma calls its object a partner too ("regarded X as a partner")
      {"Turkish Defence Minister Yasar Demirtas said Ankara regarded Jakarta as \"a strategic partner in the Indo-Pacific\". "
       "Chile considers Peru a reliable partner. Chile considered Bolivia's offer.",
       {"turkey cooperates_with indonesia", "chile cooperates_with peru"}, {"chile cooperates_with bolivia"}},
      // a stop word before "and" is a verb of its own; backing secured or donations received come from their giver
      {"Rosa Huaman withdrew and endorsed Julio Cardenas. Andres Villamizar secured the backing of the Citizen Centre "
       "party. The Freedom Party has received large donations from Black Sea Refining. Kenya threw its weight behind "
       "Uganda.",
       {"rosa-huaman supports julio-cardenas", "citizen-centre supports andres-villamizar",
        "black-sea-refining supports freedom-party", "kenya supports uganda"},
       {"andres-villamizar supports citizen-centre"}},
      // a go-between after "by" in a passive, the sides after "between"
      {"The deal was brokered by France between Bulgaria and Greece. They signed a compromise brokered by Qatar "
       "between Chad and Sudan.",
       {"france mediates bulgaria", "france mediates greece", "qatar mediates chad", "qatar mediates sudan"},
       {"bulgaria mediates greece", "chad mediates sudan"}},
      // a verb joined after a subordinate clause takes the main clause's subject; "reports" is no reporting verb
      {"Amnesty International urged Abuja to publish rules of engagement for the drones before they are delivered, and "
       "accused the Nigerian military of failing to investigate. Tuvalu Prime Minister Feleti Teo dismissed reports "
       "that his country would switch recognition to Beijing, telling AFP that it would not.",
       {"amnesty-international opposes nigeria", "feleti-teo speaks_to agence-france-presse"}, {}},
      // a go-between's sides before a comma and its participle, or in a relative clause on the agreement
      {"The strikes broke a ceasefire between Israel and Lebanon, brokered by the United States and France in November. "
       "Qatar brokered a separate peace accord that Congo and Rwanda signed in June.",
       {"united-states mediates israel", "france mediates lebanon", "qatar mediates rwanda",
        "qatar mediates democratic-republic-of-the-congo"},
       {"israel mediates lebanon"}},
      // a plain noun right before a participle of ties is its subject: no actor
      {"Omar Touray urged Mali and Algeria to favour dialogue, warning that jihadist groups linked to al Qaeda were "
       "the only winners. Kenya said Somali militias linked to al Shabaab had attacked.",
       {"omar-touray urges mali"}, {"mali affiliated_with al-qaeda", "algeria affiliated_with al-qaeda",
                                    "kenya affiliated_with al-shabaab"}},
      // a relative clause's antecedent before a descriptor or an acronym's bracket is the later verb's subject
      {"The Association of the Petroleum Industry of Kurdistan (APIKUR), which represents eight foreign producers, urged "
       "Baghdad and Ankara to reach a deal. The IG Metall union, which represents most of the workers, praised the plan "
       "and called on Berlin to help.",
       {"association-of-the-petroleum-industry-of-kurdistan urges iraq", "ig-metall urges germany"}, {}},
      // blacklisting is opposing; a list's stigma word may come past a long object and a hyphened word
      {"Washington blacklisted Hamid Osman Idris and Yasir al-Tayeb. The United States on Wednesday added "
       "Shenzhen-based drone maker Skyfield Aeronautics and four of its suppliers to a trade blacklist.",
       {"united-states opposes hamid-osman-idris", "united-states opposes yasir-al-tayeb",
        "united-states opposes skyfield-aeronautics"}, {}},
      // an object after where it is based and what it is; a claim or case against one opposes it
      {"Britain sanctioned London-based shipping firm Crescent Tide Shipping. Northstar Copper Corp said it would appeal. "
       "Northstar filed its claim against Mongolia in 2022. Japan vetoed a U.S.-drafted resolution tightening North Korea sanctions.",
       {"united-kingdom opposes crescent-tide-shipping", "northstar-copper-corp opposes mongolia"},
       {"japan opposes north-korea"}},
      // one who heads an organization's office belongs to the organization
      {"Francois Moreau, who heads the ICRC's office in Goma, said the talks failed.",
       {"francois-moreau affiliated_with international-committee-of-the-red-cross"}, {}},
      // a UN agency named by what it does is that agency
      {"The U.N. refugee agency and the International Organization for Migration on Tuesday urged Pakistan to suspend "
       "the deportations. The UN nuclear watchdog criticised Iran.",
       {"unhcr urges pakistan", "international-organization-for-migration urges pakistan",
        "international-atomic-energy-agency opposes iran"},
       {"united-nations urges pakistan", "united-nations opposes iran"}},
      // people counted are no state; a sentence adverb opens no name
      {"Iran, which hosts an estimated 3.5 million Afghans, has stepped up deportations. Turkey hosts thousands of "
       "Syrians. Separately, Ukraine's human rights commissioner, Oleksandr Hrytsenko, accused the ICRC of failing.",
       {"oleksandr-hrytsenko opposes international-committee-of-the-red-cross",
        "oleksandr-hrytsenko affiliated_with ukraine"},
       {"iran hosts afghanistan", "turkey hosts syria", "separately affiliated_with ukraine"}},
      // money promised or announced for one supports it; what a passive gives is no actor
      {"Japan announced $10 million for UNHCR. Britain promised 15 million euros to Somalia. The European Union "
       "announced new rules for Kenya. $20 million was announced by Norway for Sudan.",
       {"japan supports unhcr", "united-kingdom supports somalia"},
       {"european-union supports kenya", "norway supports sudan"}},
      // a supply contract is trade, said by the contract and not by the verb that signs it (a contract
      // to build may be a joint venture: no trade of itself); an organization
      // after a state's possessive and what it is is the object; a rate and "up to" are words of the phrase
      {"Kazakhstan signed a gas contract with Azerbaijan's state energy company Absheron Oil. Uganda signed a five-year "
       "supply contract with Geneva-based trader Halvorsen Commodities. Coromandel Refining agreed to buy up to "
       "100,000 barrels per day of crude from Severneft Trading. Hungary extended its long-term contract with Russia. "
       "Tokyo signed a contract with Manila to build five vessels.",
       {"kazakhstan trades_with absheron-oil", "uganda trades_with halvorsen-commodities",
        "coromandel-refining trades_with severneft-trading", "hungary trades_with russia"},
       {"kazakhstan cooperates_with absheron-oil", "kazakhstan trades_with azerbaijan",
        "uganda cooperates_with halvorsen-commodities", "tokyo trades_with manila"}},
      // one who led a mediation or ferried messages between two sides mediates between them
      {"A Swiss-led mediation effort between Cameroon and the Ambazonia Defence Forces stalled. Oman, which has "
       "quietly ferried messages between Riyadh and the Houthis for years, hosted the talks.",
       {"switzerland mediates cameroon", "switzerland mediates ambazonia-defence-forces", "oman mediates saudi-arabia",
        "oman mediates houthis"},
       {}},
      // "no" right after a verb denies it
      {"Kenya signed no deal with Uganda. Tanzania signed a deal with Rwanda.",
       {"tanzania cooperates_with rwanda"}, {"kenya cooperates_with uganda"}, {"kenya cooperates_with uganda"}},
      // in a relative clause, a name after ", and" with a relative clause of its own is the antecedent's
      // peer, not one more object
      {"The commission called on Turkey, which backs Libya, and Russia, which has supported Sudan, to withdraw. "
       "The accord was signed by Kenya's minister, Paul Otieno, and Ugandan Energy Minister Ruth Nankabirwa, who "
       "arrived on Monday. Egypt backs Chad, Niger and Mali.",
       {"russia supports sudan", "paul-otieno cooperates_with ruth-nankabirwa", "egypt supports chad",
        "egypt supports niger", "egypt supports mali"},
       {"turkey supports russia"}},
      // the antecedent of a relative pronoun that is the clause's object: past an indefinite
      // apposition, a state's government, every name of a coordination
      {"Police held Baran Kocaman, a Kurdish journalist whom Ankara accuses of spreading propaganda. Envoys met "
       "Chad's government, which the Sudanese army has accused of arming rebels. Ministers named Kestrel Maritime "
       "and Aurum Bunkering, which Brussels accuses of helping smugglers.",
       {"turkey opposes baran-kocaman", "sudanese-army opposes chad", "european-union opposes kestrel-maritime",
        "european-union opposes aurum-bunkering"},
       {"kestrel-maritime opposes aurum-bunkering"}},
      // the names in apposition to a plural noun are the objects; a name that goes on with a verb is not
      {"Washington blacklisted two traders from Omdurman, Hamid Osman Idris and Yasir al-Tayeb. The EU sanctioned "
       "two companies, Kestrel Maritime and Aurum Bunkering, on Monday. Britain sanctioned two banks, Reuters "
       "reported.",
       {"united-states opposes hamid-osman-idris", "united-states opposes yasir-al-tayeb",
        "european-union opposes kestrel-maritime", "european-union opposes aurum-bunkering"},
       {"united-kingdom opposes reuters"}},
      // a state's officials past an adjective stand for it
      {"Spain urged Peru's political leaders to respect the order. Chile urged Peru's leaders to act.",
       {"spain urges peru", "chile urges peru"}, {}},
      // what is sent or pledged: a counted currency or kind of equipment; what is funded for someone
      {"Britain pledged 15 million pounds to Sudan. Berlin would deliver two more air defence batteries to Ukraine. "
       "Tokyo will fund six patrol vessels for Vietnam. Kenya sent troops to Somalia.",
       {"united-kingdom supports sudan", "germany supports ukraine", "japan supports vietnam"},
       {"kenya supports somalia", "united-kingdom attacks sudan"}},
      // cooperation: every form of the verb, adjectives joined by "and", co-hosts, an ally in apposition
      // past a capitalised adjective
      {"Kenya was cooperating with Uganda. China has close economic and military ties with Cambodia. The "
       "conference was co-hosted by Britain and Somalia. The United States, Kosovo's main Western ally, urged calm. "
       "The Paris Club, which is co-chaired by India and Japan, met.",
       {"kenya cooperates_with uganda", "china cooperates_with cambodia", "united-kingdom cooperates_with somalia",
        "united-states cooperates_with kosovo", "india cooperates_with japan"},
       {"india cooperates_with paris-club", "japan cooperates_with paris-club"}},
      // a base overrun is attacked
      {"Boko Haram overran a Nigerian army base.", {"boko-haram attacks nigeria"}, {}},
      // a threat to do something to X, whatever the verb
      {"Belarusian President Alexander Lukashenko threatened to drag Lithuania before a tribunal. Chad's "
       "president threatened to withdraw his soldiers from the Multinational Joint Task Force. Russia threatened to "
       "send troops to help Serbia.",
       {"alexander-lukashenko threatens lithuania", "chad threatens multinational-joint-task-force"},
       {"russia threatens serbia"}},
      // the members of a body listed after "formed by", "made up of", "comprising"
      {"The Alliance of Sahel States, the confederation formed by Mali, Burkina Faso and Niger, rejected the plan. "
       "The Quad, comprising the United States, Japan and India, met.",
       {"mali affiliated_with alliance-of-sahel-states", "burkina-faso affiliated_with alliance-of-sahel-states",
        "niger affiliated_with alliance-of-sahel-states", "japan affiliated_with quadrilateral-security-dialogue"},
       {}},
      // a state's body of several words in the possessive stands for the state
      {"Westline Logistics signed a $120 million agreement with Benin's port authority. Kenya Airways signed a deal "
       "with Ghana's civil aviation authority.",
       {"westline-logistics cooperates_with benin", "kenya-airways cooperates_with ghana"}, {}},
      // a description's company is the one named before, not a place inside a compound adjective
      {"The Lagos Chamber of Commerce met. Westline Logistics, a Lagos-based freight company, signed a deal, the "
       "company's chief executive, Folake Adebanjo-Cole, told Reuters. Atlantic Crescent Energy is run from Dakar. "
       "The field is operated by Atlantic Crescent Energy, a London-listed company. Its chief executive, Graham "
       "Whitcombe, attended.",
       {"folake-adebanjo-cole affiliated_with westline-logistics", "graham-whitcombe affiliated_with atlantic-crescent-energy"},
       {"folake-adebanjo-cole affiliated_with lagos-chamber-of-commerce", "graham-whitcombe affiliated_with united-kingdom"}},
      // the victim of a passive is no attacker for a later "condemned the attack"
      {"The Houthis struck a ship on Monday. The ship manager said a Filipino seaman had been killed. Britain "
       "condemned the attack.",
       {"united-kingdom opposes houthis"}, {"united-kingdom opposes philippines"}},
      // a title phrase in apposition before a rank and the name
      {"The third individual is an RSF commander, Brig. Gen. Hamdan Saleh Abakar, whom London blames for attacks.",
       {"hamdan-saleh-abakar affiliated_with rsf", "united-kingdom opposes hamdan-saleh-abakar"},
       {"united-kingdom opposes rsf"}},
      // managing or running a company
      {"Also targeted was his brother Tariq Bashir, who manages Northern Dune Logistics. Ahmed Salim runs the Khartoum "
       "Gold Company. Russia ran a campaign against Ukraine.",
       {"tariq-bashir affiliated_with northern-dune-logistics", "ahmed-salim affiliated_with khartoum-gold-company"},
       {"russia affiliated_with ukraine"}},
      // an act condemned in quotation marks before its agent; a proposal welcomed in apposition
      {"Guyana on Wednesday condemned what it called a \"reckless escalation\" by Venezuela. Mexico offered to host a "
       "meeting of their defense chiefs, a proposal Belize quickly welcomed.",
       {"guyana opposes venezuela", "belize supports mexico"}, {}},
      // a plea to a body is no act it rules against
      {"The European Union asked the WTO to rule on Indonesia's export halt. A WTO panel ruled against the ban in 2022.",
       {"european-union urges world-trade-organization"}, {"world-trade-organization opposes european-union"}},
      // an act judged by another word of its cue ("the agreement" for "a pact"), sentences later
      {"Romania signed a pact with the United States on Monday. The first unit arrives in May. Officials said troops "
       "would rotate. Moscow condemned the agreement.",
       {"russia opposes romania"}, {}},
      // a deal brokered by X, with no deal stated: the subject's coordinated names are its sides
      {"Russia and Ukraine swapped 150 prisoners of war each on Monday under a deal brokered by Turkey.",
       {"turkey mediates russia", "turkey mediates ukraine"}, {}},
      // a job after a demonym; the government's officer in apposition
      {"Yemen swap deal agreed\n\nYemen agreed to the swap. The government's chief negotiator, Nabil al-Aswadi, said so. "
       "Belgian aid worker Olivier "
       "Vandamme was freed.",
       {"olivier-vandamme affiliated_with belgium", "nabil-al-aswadi affiliated_with yemen"}, {}},
      // a branch in apposition, past a region's name; not for a description
      {"Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's Sahel affiliate, claimed the attack. The Qassam Brigades, Hamas's armed wing, fired rockets. "
       "The group, Hamas's armed wing, fired again.",
       {"jamaat-nusrat-al-islam-wal-muslimin affiliated_with al-qaeda", "izz-ad-din-al-qassam-brigades affiliated_with hamas"},
       {"al-qaeda affiliated_with hamas"}},
      // a relative clause's subject with a partner "together with" it
      {"Mali and Niger, which together with Burkina Faso form the Alliance of Sahel States, condemned the move.",
       {"mali affiliated_with alliance-of-sahel-states", "niger affiliated_with alliance-of-sahel-states",
        "burkina-faso affiliated_with alliance-of-sahel-states"},
       {}},
      // a personal pronoun right before its verb is the subject, not part of the noun before it
      {"Poland closed a Russian consulate last year after a wave of arson attacks it blamed on Moscow.",
       {"poland opposes russia"}, {}},
      // ... but in "what he called", the free relative sits in the phrase of the preposition before
      {"Peter Garang thanked the AU envoy, Kelebogile Mosweu, for what he called months of shuttle diplomacy between "
       "Sudan and South Sudan.",
       {}, {"peter-garang mediates sudan"}},
      // an adjective before an outfit word: the organization named before
      {"Mali, Burkina Faso and Niger left ECOWAS this year, accusing the regional bloc of serving French interests.",
       {"mali opposes economic-community-of-west-african-states", "niger opposes economic-community-of-west-african-states"},
       {}},
      // an arms supplier in the possessive; a delivery taken from someone; an arms deal is trade
      {"Russia has been India's largest arms supplier for decades. Mali took delivery of four attack helicopters from "
       "Turkey. Egypt signed an arms deal with France.",
       {"russia trades_with india", "mali trades_with turkey", "egypt trades_with france"}, {}},
      // recognising someone's win supports them; a recognition refused opposes; "her government" is her state
      {"Mexico and Colombia had recognised President Marcos Quispe's win. President Rosa Ticona took office in Peru. "
       "Mexican President Claudia Sheinbaum said her government would not recognize Ticona. The Taliban have not been "
       "formally recognised by Uzbekistan.",
       {"mexico supports marcos-quispe", "colombia supports marcos-quispe", "mexico opposes rosa-ticona"},
       {"mexico cooperates_with colombia", "mexico cooperates_with rosa-ticona", "uzbekistan opposes taliban"}},
      // a host of measured talks between two sides mediates between them too
      {"Turkey has hosted two rounds of talks between Ethiopia and Somalia in Ankara.",
       {"turkey mediates ethiopia", "turkey mediates somalia", "turkey hosts ethiopia"}, {}},
      // troops contributed, forces trained, factions backed, solidarity quoted
      {"Indonesia, which contributes more than 1,200 troops to UNIFIL, spoke. Somali government forces, trained by Turkey, "
       "retook the town. Turkish-backed factions of the Syrian National Army attacked. Mali said it stood \"in total "
       "solidarity\" with Niger.",
       {"indonesia supports unifil", "turkey supports somalia", "turkey supports syrian-national-army",
        "mali supports niger"},
       {}},
      // acts of coercion oppose their object; a participle before a titled name only describes it
      {"Thailand's Constitutional Court dissolved the opposition New Horizon Party. Nicaragua stripped Ernesto Salgado of "
       "his citizenship. Singapore urged the junta to release detained former leader Aung San Suu Kyi.",
       {"constitutional-court opposes new-horizon-party", "nicaragua opposes ernesto-salgado"},
       {"singapore opposes aung-san-suu-kyi"}},
      // a plain noun phrase opening a subordinate clause is its verb's subject, and names no actor
      {"ECOWAS threatened sanctions, two days after soldiers stormed the palace and detained President Armando Sanca. "
       "India, whose relations with Bangladesh have been strained since a 2024 uprising toppled Prime Minister Sheikh "
       "Hasina, congratulated the BNP.",
       {}, {"economic-community-of-west-african-states opposes armando-sanca", "india opposes sheikh-hasina"}},
      // "both warring sides": an adjective before the group's noun; a state's body named by its seat
      {"Russia and Ukraine kept fighting. Britain called on both warring sides to agree to a ceasefire. EU foreign policy "
       "chief Kaja Kallas urged the authorities in Tbilisi to release detained demonstrators.",
       {"united-kingdom urges russia", "united-kingdom urges ukraine", "kaja-kallas urges georgia"}, {}},
      // an agreement the clause acts under; a phrase of coordination is no object of the noun before it
      {"Rwanda has kept troops in Cabo Delgado since 2021 under a bilateral agreement with Mozambique. Britain imposed "
       "sanctions in coordination with the European Union.",
       {"rwanda cooperates_with mozambique", "united-kingdom cooperates_with european-union"},
       {"united-kingdom opposes european-union"}},
      // a participle or adjective on an apposition's noun says what the name described does or has done to it
      {"Israel struck the Houthis, a militia supported by Iran. Al-Shabaab clashed with Raskamboni, a clan militia "
       "opposed to the Somali government. The Libyan National Army (LNA), a force loyal to Khalifa Haftar, seized "
       "the port.",
       {"iran supports houthis", "raskamboni opposes somalia", "libyan-national-army supports khalifa-haftar"},
       {"israel supports houthis", "al-shabaab opposes somalia"}},
      // a relative clause with a singular verb after two names is the last one's
      {"Fighting broke out between the Radaa Deterrence Force and the 444th Brigade, which is loyal to Prime Minister "
       "Abdulhamid Dbeibah.",
       {"444th-brigade supports abdulhamid-dbeibah"}, {"radaa-deterrence-force supports abdulhamid-dbeibah"}},
      // a gerund after a preposition is the reporter's own act, not a reported clause's
      {"Foreign Minister Rajan Mehra told reporters after meeting Sergei Volkov.",
       {"rajan-mehra meets sergei-volkov"}, {}},
      // a guest received at a venue in a city, or received there in the passive, visits the city's state
      {"Turkish President Murat Aksoy hosted Greek Prime Minister Nikos Vardakis at the presidential complex in Ankara. "
       "New Zealand Foreign Minister Hamish Carrow was received by Fijian Prime Minister Josaia Naivalu in Suva.",
       {"nikos-vardakis visits turkey", "hamish-carrow visits fiji", "josaia-naivalu hosts hamish-carrow"},
       {"murat-aksoy visits turkey", "josaia-naivalu visits fiji"}},
      // an envoy posted "for" a place in apposition; a hyphenated title; a post of an armed force is the force's
      {"The U.N. special envoy for Yemen, Liv Strand, said talks would resume. UNRWA Commissioner-General Henrik Dahl "
       "urged Israel to lift restrictions. Israel attacked a post of Hezbollah on Monday.",
       {"liv-strand affiliated_with united-nations", "henrik-dahl affiliated_with unrwa", "henrik-dahl urges israel",
        "israel attacks hezbollah"},
       {"liv-strand affiliated_with yemen"}},
      // a denial or refusal covers a second verb joined to the first
      {"Iran denied arming or funding the Houthis.", {}, {"iran supports houthis"}, {"iran supports houthis"}},
      // a takeover judged with its agent; export controls; an act judged after a quote; a trip judged is its traveller's
      {"The African Union condemned the takeover by the High Command for the Restoration of Order. The United States "
       "imposed new export controls on Chinese chipmakers. China said it \"firmly opposes\" the measures. Turkish "
       "President Murat Aksoy visited Riyadh. Israel criticised the trip.",
       {"african-union opposes high-command-for-the-restoration-of-order", "united-states opposes china",
        "china opposes united-states", "israel opposes murat-aksoy"},
       {"israel opposes saudi-arabia"}},
      // a plural partner noun after a copula pairs the subjects; a partner "for" the other; ties mended
      {"India and Russia remained \"time-tested partners\", Mehra said. Vietnam is an indispensable partner for Japan. "
       "Turkey and Egypt, long on opposite sides of the conflict, have mended ties in recent years.",
       {"india cooperates_with russia", "vietnam cooperates_with japan", "turkey cooperates_with egypt"},
       {"russia cooperates_with japan"}},
      // "both groups" are the two named before; a second act urged after "and to" is no fact
      {"Egyptian intelligence chief Tarek Mansour met leaders of Hamas and Palestinian Islamic Jihad in Cairo. Mansour "
       "urged both groups to \"seize this opportunity\" and to work with the Palestinian Authority.",
       {"tarek-mansour urges hamas", "tarek-mansour urges palestinian-islamic-jihad"},
       {"hamas cooperates_with palestinian-authority", "tarek-mansour cooperates_with palestinian-authority"}},
      {"Gazprom and CNPC resumed talks on the pipeline. Chinese Vice Premier Han Liqun urged the two companies to reach "
       "\"a mutually beneficial outcome\".",
       {"han-liqun urges gazprom", "han-liqun urges china-national-petroleum-corporation"}, {"han-liqun urges china"}},
      // an attack announced in a warning is a threat too; "they" after a plural organization's warning is it
      {"Israel has warned that it will escalate its strikes on Hezbollah. The Houthis warned that they would strike a "
       "port in Saudi Arabia. The Houthis said the talks would resume.",
       {"israel threatens hezbollah", "houthis threatens saudi-arabia"}, {"houthis threatens israel"}},
      // talks after a preposition, past a venue, and a gerund right after "said", are the reporter's own;
      // a surname in apposition with a bare title
      {"Mozambican President Daniel Chapo announced the deployment after talks in Maputo with Rwandan Defence Minister "
       "Emmanuel Bizimana. Malian Defence Minister Sadio Camara said after meeting Russian Deputy Defence Minister "
       "Yunus-Bek Yevkurov in Bamako that the force was ready. Prime Minister Abdulhamid Dbeibah won. Dbeibah, head of "
       "the Government of National Unity (GNU), vowed to act.",
       {"daniel-chapo meets emmanuel-bizimana", "sadio-camara meets yunus-bek-yevkurov",
        "abdulhamid-dbeibah affiliated_with government-of-national-unity"},
       {}},
      // the leader of an organization: past a descriptor's "of" phrase, right after the name, past a copula
      {"Fighters of the Coalition of Patriots for Change (CPC), an alliance of rebel groups led by former president "
       "Francois Bozize, attacked a patrol. Ethiopia accuses a faction of the Tigray People's Liberation Front (TPLF) "
       "led by Debretsion Gebremichael of colluding with Eritrea. The Unified Force of the AES (FU-AES) will be "
       "commanded by Burkinabe General Daouda Traore.",
       {"francois-bozize affiliated_with coalition-of-patriots-for-change",
        "debretsion-gebremichael affiliated_with tigray-peoples-liberation-front",
        "daouda-traore affiliated_with unified-force-of-the-aes"},
       {"debretsion-gebremichael affiliated_with ethiopia"}},
      // "flew into" a capital; a flight past its place of departure; an act's praise past its quotes
      {"Iranian Foreign Minister Mohsen Rahimian, who flew into Muscat on Saturday night, was received by Al Busaidi. "
       "Philippine Foreign Secretary Miguel Sarmiento is due to fly from Beijing to Hanoi on Friday. Italian Foreign "
       "Minister Paolo Ferri welcomed Turkey's \"tireless diplomacy\".",
       {"mohsen-rahimian visits oman", "miguel-sarmiento visits vietnam", "paolo-ferri supports turkey"},
       {"miguel-sarmiento visits china"}},
      // a verb of speech joined after a reported clause that only describes a state is the reporter's
      {"EU foreign policy chief Marta Lindqvist said the bloc was \"appalled\" by the violence and urged Israel to hold "
       "the perpetrators accountable.",
       {"marta-lindqvist urges israel"}, {}},
      // an objected claim opens no denied clause; "but" joins the reporter's verb too; an adverbial phrase
      // of a gerund after "of" is the gerund's subject's
      {"Israeli Finance Minister Yoav Harel dismissed the criticism and accused the EU of \"hypocrisy\". Russia's "
       "deputy ambassador, Yevgeny Orlov, said Moscow had voted in favour but criticised the United States for "
       "\"watering down\" the text. Israel's U.N. envoy, Amir Golan, accused Hezbollah of rebuilding its arsenal with "
       "help from Iran.",
       {"yoav-harel opposes european-union", "yevgeny-orlov opposes united-states", "iran supports hezbollah"},
       {"iran supports amir-golan"}},
      // whoever met a delegation met the leader named for it
      {"Qatari Prime Minister Sheikh Khalid bin Saud Al-Mansouri met the Israeli team, led by Mossad deputy director "
       "Eitan Levran, in Doha.",
       {"khalid-bin-saud-al-mansouri meets eitan-levran", "eitan-levran affiliated_with israel"}, {}},
      // members of an organization listed after a dash or a colon
      {"The three military-led members of the Alliance of Sahel States (AES) - Mali, Burkina Faso and Niger - quit "
       "ECOWAS last year.",
       {"mali affiliated_with alliance-of-sahel-states", "burkina-faso affiliated_with alliance-of-sahel-states",
        "niger affiliated_with alliance-of-sahel-states"},
       {"mali affiliated_with economic-community-of-west-african-states"}},
      // an actor's act judged by a word of stigma in a reported clause
      {"The Kremlin said the U.S. threats were \"illegitimate\". Beijing said Washington's sanctions were illegal. "
       "Tokyo said Seoul's decision was not illegal.",
       {"russia opposes united-states", "china opposes united-states"}, {"japan opposes south-korea"}},
      // a region's demonym names no actor
      {"Japan will deepen ties with Southeast Asian nations and Latin American states, Tokyo said.", {},
       {"japan cooperates_with southeast-asian", "japan cooperates_with latin-american"}},
      // a region's name before a titled name is no part of it
      {"U.S. special envoy for the Great Lakes Richard Keller met Congolese President Felix Tshisekedi.",
       {"richard-keller meets felix-tshisekedi", "richard-keller affiliated_with united-states"},
       {"united-states meets felix-tshisekedi"}},
      // (not an opening phrase of place, nor a clause of its own after it)
      {"In Beirut, the group fighting Israel said it would respond. In Ankara, the group accused Greece of provocations.",
       {}, {"lebanon fights israel", "turkey opposes greece"}},
      // a passive stigma: its noun phrase before the agents
      {"Turkey fought the PKK, which is designated a terrorist organisation by the European Union and the United States. "
       "Kenya is considered an ally by Britain.",
       {"european-union opposes kurdistan-workers-party", "united-states opposes kurdistan-workers-party"},
       {"united-kingdom opposes kenya"}},
      // a quantifier after an auxiliary determines no noun
      {"The United States and the European Union have both urged Kenya to hold talks.",
       {"united-states urges kenya", "european-union urges kenya"}, {}},
      // a denial inside a quotation closed before "he told" denies nothing the speaker does
      {"Thomas Whitfield spoke. \"Tajikistan denies everything that looks like a base,\" he told Reuters. Tajikistan "
       "denied that it had hosted Chinese troops.",
       {"thomas-whitfield speaks_to reuters"}, {}, {"tajikistan hosts china"}},
      // an officer of "the army" in lower case serves the armed force the document named; not without one
      {"The Sudanese Armed Forces (SAF) shelled the city. Saudi officials urged army chief General Kamal Eldin Osman "
       "to reconsider. In Port Sudan, army spokesman Brigadier Khalid al-Amin said so.",
       {"kamal-eldin-osman affiliated_with sudanese-armed-forces", "khalid-al-amin affiliated_with sudanese-armed-forces"},
       {"kamal-eldin-osman affiliated_with saudi-arabia"}},
      {"Iran protested. Army chief General Ali Reza said so.", {}, {"ali-reza affiliated_with iran"}},
      // a rivalry between two sides: each opposes the other
      {"Turkey ended years of bitter rivalry between Ankara and Riyadh.",
       {"turkey opposes saudi-arabia", "saudi-arabia opposes turkey"}, {}},
      // a rivalry holds both ways; a critic's stand is one way
      {"Pakistan, India's arch-rival, held talks with China. Nino Kavtaradze, a fierce critic of NATO, spoke. "
       "Sudan, Egypt's critic, said so.",
       {"pakistan opposes india", "india opposes pakistan", "nino-kavtaradze opposes nato", "sudan opposes egypt"},
       {"nato opposes nino-kavtaradze", "egypt opposes sudan"}},
      // a person who rules a state is its; a court's ruling on a state is no tie
      {"Alexander Lukashenko, who has ruled Belarus since 1994, said so. Judge Maria Lopez ruled Russia had violated "
       "the treaty. Tom Mwangi, who reported for The Economist, was expelled.",
       {"alexander-lukashenko affiliated_with belarus", "tom-mwangi affiliated_with the-economist"},
       {"maria-lopez affiliated_with russia"}},
      // a company in apposition described as a state's own belongs to it; a largest company need not
      {"Sonatrach, Algeria's state oil company, signed. Gazprom, the Russian state gas giant, agreed. Embraer, "
       "Brazil's largest company, agreed.",
       {"sonatrach affiliated_with algeria", "gazprom affiliated_with russia"}, {"embraer affiliated_with brazil"}},
      // greeting a visitor is hosting (and meeting) the visitor; "the kingdom" is the kingdom named near,
      // not the nearest state
      {"Saudi Arabia's top diplomat arrived in Tehran on Tuesday. Prince Abdulaziz bin Mishaal, the kingdom's "
       "foreign minister, was greeted at Mehrabad airport by Iranian Foreign Minister Hossein Tabatabai.",
       {"hossein-tabatabai hosts abdulaziz-bin-mishaal", "abdulaziz-bin-mishaal affiliated_with saudi-arabia"},
       {"abdulaziz-bin-mishaal affiliated_with iran"}},
      // a one-word title before an adjective is an adjective ("chief"); a span of time after "for"
      // between the auxiliary and the verb is no noun the verb qualifies
      {"Israel, Iran's chief regional adversary, said so. Washington had for years encouraged Manama and Doha to "
       "settle their differences. Washington has for decades backed Cairo.",
       {"israel opposes iran", "united-states urges bahrain", "united-states urges qatar", "united-states supports egypt"},
       {}},
      // a person joined by others meets them (a body joined by a state does not); a verb needing "to"
      // yields to the one taking the organization named after an article
      {"Ugandan President Emmanuel Mugisha opened the summit. He was joined by Kenyan President Daniel Koech and "
       "Somali President Hassan Abdullahi Nur. NATO was joined by Finland in 2023. Moscow would continue to supply "
       "the Wagner Group. Russia supplies the gas to Germany.",
       {"emmanuel-mugisha meets daniel-koech", "emmanuel-mugisha meets hassan-abdullahi-nur", "russia supports wagner-group",
        "russia trades_with germany"},
       {"nato meets finland", "russia supports germany"}},
      // an under-secretary-general of the UN; an undersecretary heading a state's delegation
      {"UN Under-Secretary-General for Humanitarian Affairs Henrik Solberg visited Chad. Bahrain's delegation was "
       "headed by Undersecretary for Political Affairs Khalid al-Mannai.",
       {"henrik-solberg affiliated_with united-nations", "khalid-al-mannai affiliated_with bahrain"},
       {"henrik-solberg affiliated_with chad"}},
      // an office of a state's body in lower case, named by the state's demonym, in apposition
      {"Maria Zakharova, the Russian foreign ministry's spokeswoman, criticised Kyiv. The Chinese foreign ministry's "
       "spokesman said so.",
       {"maria-zakharova affiliated_with russia", "maria-zakharova opposes ukraine"}, {"russia opposes ukraine"}},
      // a light verb's preposition past phrases of place and time; a place noun's "of" names the place;
      // a passive's agents past the venue's city in commas
      {"Jasur Rakhimov signed the document in Tashkent with Nadia Hussain. Uzbekistan signed a memorandum with the "
       "breakaway region of Somaliland. The deals were signed at State House, Nairobi, on Wednesday by Kenyan "
       "minister Peter Mbugua and Ethiopian minister Bereket Hailu.",
       {"jasur-rakhimov cooperates_with nadia-hussain", "uzbekistan cooperates_with somaliland",
        "peter-mbugua cooperates_with bereket-hailu"},
       {}},
      // "jointly": the coordinated subjects act together, and still do what the verb says
      {"KazMunayGas and China National Petroleum Corporation (CNPC) have jointly built a gas-processing plant. Russia and "
       "Iran jointly attacked Ukraine.",
       {"kazmunaygas cooperates_with china-national-petroleum-corporation", "iran cooperates_with russia",
        "russia attacks ukraine", "iran attacks ukraine"},
       {"russia cooperates_with ukraine", "iran cooperates_with ukraine"}},
      // a dateline closed by a colon is no subject; a facility named after a title ("King") is a place,
      // and a passive's agent follows it
      {"RIYADH: Chinese Premier Li Wenhua arrived in Riyadh on Sunday for a three-day official visit and was "
       "welcomed at King Khalid International Airport by Riyadh Governor Prince Mansour bin Saad.",
       {"li-wenhua visits saudi-arabia", "mansour-bin-saad hosts li-wenhua"},
       {"khalid-international affiliated_with saudi-arabia", "mansour-bin-saad hosts saudi-arabia"}},
      // the demonym opening the first of two coordinated offices is the second's too; not past a demonym
      // of its own, nor to a job that is no office
      {"China's premier arrived. China and Japan said so. China, Japan and Oman agreed. Li met Saudi Energy Minister "
       "Prince Abdullah bin Fahd and Investment Minister Hisham Al-Dossary. Li met Saudi Energy Minister Prince Abdullah "
       "bin Fahd and Iranian Foreign Minister Ali Bagheri. Li met Saudi Energy Minister Prince Abdullah bin Fahd and "
       "activist Lina Haddad.",
       {"hisham-al-dossary affiliated_with saudi-arabia", "ali-bagheri affiliated_with iran"},
       {"ali-bagheri affiliated_with saudi-arabia", "lina-haddad affiliated_with saudi-arabia"}},
      // offices met where the talks are held: each of the coordinated holders
      {"Lavrov will hold talks in Belgrade with President Nenad Vukosavljevic and Foreign Minister Ivana Petrovic.",
       {"nenad-vukosavljevic affiliated_with serbia", "ivana-petrovic affiliated_with serbia"}, {}},
  };
  // both readings must hold: the tree-based rules (what `relgraph build` runs) and the token
  // rules alone (--no-parse, and the fallback where the tree says nothing)
  SECTION("with the parser") {
    for (const auto& c : cases) check(c, test_support::parsing());
  }
  SECTION("tokens only") {
    for (const auto& c : cases) check(c, PipelineOptions{});
  }
}

TEST_CASE("relations::extract_relations modality") {
  auto facts = extract_document("Japan may sanction Russia. Germany plans to visit India.", DocumentInfo{"t", "", "", ""},
                                lexicon())
                   .facts;
  int seen = 0;
  for (const Fact& f : facts) {
    if (f.relation == "opposes") {
      CHECK(f.evidence.modality == "possible");
      ++seen;
    }
    if (f.relation == "visits") {
      CHECK(f.evidence.modality == "planned");
      CHECK(f.tense == Tense::future);
      ++seen;
    }
  }
  CHECK(seen == 2);

  SECTION("an act being considered is planned, not done") {
    for (const char* text : {"Japan is considering imposing sanctions on North Korea.", "Canada is weighing sanctions on Iran."}) {
      INFO(text);
      auto fs = extract_document(text, DocumentInfo{"t", "", "", ""}, lexicon()).facts;
      REQUIRE(!fs.empty());
      for (const Fact& f : fs) {
        CHECK(f.relation == "opposes");
        CHECK(f.tense == Tense::future);
        CHECK(f.evidence.modality == "planned");
      }
    }
  }
  // one meeting in the text, in the future and planned
  auto one_planned_meeting = [](const char* text) {
    INFO(text);
    int meets = 0;
    for (const Fact& f : extract_document(text, DocumentInfo{"t", "", "", ""}, lexicon(), test_support::parsing()).facts)
      if (f.relation == "meets") {
        CHECK(f.tense == Tense::future);
        CHECK(f.evidence.modality == "planned");
        ++meets;
      }
    CHECK(meets == 1);
  };
  SECTION("a meeting someone wants, asked for or sought has not happened") {
    for (const char* text : {"Senator Mark Reed wants to meet President Vladimir Putin.",
                             "Senator Mark Reed had asked to meet President Vladimir Putin but received no reply.",
                             "Senator Mark Reed has requested to meet President Vladimir Putin.",
                             "Senator Mark Reed sought to meet President Vladimir Putin."})
      one_planned_meeting(text);
  }
  SECTION("talks someone is ready for, calls for or pledges have not happened") {
    for (const char* text : {"Russia and Ukraine pledged to hold talks.", "Russia said it was ready for talks with Ukraine.", "Russia is ready to hold talks with Ukraine.",
                             "China called for talks between Russia and Ukraine."})
      one_planned_meeting(text);
  }
  SECTION("headlinese: 'X to meet Y' is a plan; 'X, Y vow closer ties' names both") {
    int meets = 0, ties = 0;
    std::vector<Fact> all;
    for (const char* text : {"Biden to meet Xi in San Francisco\n\nPresident Joe Biden and President Xi Jinping spoke.",
                             "Putin, Xi vow closer ties\n\nPresident Vladimir Putin and President Xi Jinping spoke."})
      for (Fact& f : extract_document(text, DocumentInfo{"t", "", "", ""}, lexicon(), test_support::parsing()).facts)
        all.push_back(std::move(f));
    for (const Fact& f : all) {
      if (f.relation == "meets") {
        CHECK(f.tense == Tense::future);
        ++meets;
      }
      if (f.relation == "cooperates_with") {
        CHECK(((f.source == "vladimir-putin" && f.target == "xi-jinping") ||
               (f.source == "xi-jinping" && f.target == "vladimir-putin")));
        ++ties;
      }
    }
    CHECK(meets == 1);
    CHECK(ties == 1);
  }
  SECTION("an offer to host talks: the hosting and the talks are plans") {
    int planned = 0;
    for (const Fact& f : extract_document("Turkey offered to host peace talks between Russia and Ukraine.",
                                          DocumentInfo{"t", "", "", ""}, lexicon(), test_support::parsing())
                             .facts) {
      INFO(f.source << " " << f.relation << " " << f.target);
      CHECK(f.tense == Tense::future);
      planned += f.relation == "meets" || f.relation == "mediates";
    }
    CHECK(planned == 3);
  }
  SECTION("ruling out denies; not ruling out leaves it possible") {
    std::vector<Fact> fs = extract_document("Kenya ruled out attacking Somalia. Uganda did not rule out attacking Sudan.",
                                            DocumentInfo{"t", "", "", ""}, lexicon(), test_support::parsing())
                               .facts;
    int seen = 0;
    for (const Fact& f : fs) {
      if (f.source == "kenya" && f.relation == "attacks") {
        CHECK(f.negated);
        ++seen;
      }
      if (f.source == "uganda" && f.relation == "attacks") {
        CHECK_FALSE(f.negated);
        CHECK(f.evidence.modality == "possible");
        ++seen;
      }
    }
    CHECK(seen == 2);
  }
  SECTION("a threatened attack is the threat, neither a fact nor a plan of attack") {
    int attacks = 0, threats = 0;
    for (const Fact& f : extract_document("Kenya threatened to attack Somalia.", DocumentInfo{"t", "", "", ""}, lexicon(),
                                          test_support::parsing())
                             .facts) {
      attacks += f.relation == "attacks";
      threats += f.relation == "threatens" && f.target == "somalia" && !f.negated;
    }
    CHECK(attacks == 0);
    CHECK(threats == 1);
  }
  SECTION("talks a visit is for share its tense") {
    int meets = 0;
    for (const Fact& f : extract_document("Vladimir Putin will visit Kyiv for talks with Volodymyr Zelensky.",
                                          DocumentInfo{"t", "", "", ""}, lexicon(), test_support::parsing())
                             .facts)
      if (f.relation == "meets") {
        CHECK(f.tense == Tense::future);
        ++meets;
      }
    CHECK(meets == 1);
  }
}

TEST_CASE("relations::extract_relations qualifiers") {
  auto facts = extract_document("President Vladimir Putin will visit India next month. Prime Minister Narendra Modi is scheduled to meet Putin.",
                                DocumentInfo{"t", "", "", ""}, lexicon())
                   .facts;
  int future = 0;
  for (const Fact& f : facts)
    if (f.relation == "visits" || f.relation == "meets") {
      CHECK(f.tense == Tense::future);
      ++future;
    }
  CHECK(future == 2);
}

TEST_CASE("relations::extract_relations home state of untied offices") {
  auto facts_of = [](const std::string& text) {
    return extract_document(text, DocumentInfo{"t", "", "", ""}, lexicon()).facts;
  };
  auto find = [](const std::vector<Fact>& facts, const std::string& s, const std::string& t) -> const Fact* {
    for (const Fact& f : facts)
      if (f.source == s && f.relation == "affiliated_with" && f.target == t) return &f;
    return nullptr;
  };
  SECTION("a government office in a story about one state is that state's, marked inferred") {
    auto facts = facts_of("Zambia sold the mine. Zambia said the sale was final. Zambia will invest more. "
                          "President Hakainde Hichilema hailed the deal. Chinese firms were not consulted.");
    const Fact* f = find(facts, "hakainde-hichilema", "zambia");
    REQUIRE(f != nullptr);
    CHECK(f->evidence.modality == "inferred");
    CHECK(f->role == "President");
  }
  SECTION("not for a visitor who acts on that state, nor where another state is named beside the person") {
    auto facts = facts_of("Canada and Zambia talked. Zambia said so. Zambia agreed. Zambia was pleased. Foreign Minister "
                          "Ana Lima urged Zambia to act. A summit in Ottawa will bring President Hakainde Hichilema "
                          "to Canada.");
    CHECK(find(facts, "ana-lima", "zambia") == nullptr);
    CHECK(find(facts, "hakainde-hichilema", "zambia") == nullptr);
  }
  SECTION("a job title after a state body word is a government office") {
    auto facts = facts_of("Sudan said so. Sudan agreed. Sudan left. Later, government spokesman Ana Costa told reporters so.");
    CHECK(find(facts, "ana-costa", "sudan") != nullptr);
  }
  SECTION("not for an office a possessive gives to someone else") {
    auto facts = facts_of("Zambia sold the mine. Zambia said so. Zambia agreed. The agency's former president, Ana "
                          "Costa, denied it.");
    CHECK(find(facts, "ana-costa", "zambia") == nullptr);
  }
  SECTION("a state that holds another office-holder or is named in a quotation is no rival") {
    auto facts = facts_of("Zambia sold the mine. Zambia said so. Zambia agreed. Zambia won. The pact was signed by Foreign Minister "
                          "Ana Lima and her Malawian counterpart, Joe Banda. \"Malawi is a friend,\" government "
                          "spokesman Ben Phiri told reporters.");
    CHECK(find(facts, "ana-lima", "zambia") != nullptr);
    CHECK(find(facts, "joe-banda", "malawi") != nullptr);
    CHECK(find(facts, "joe-banda", "zambia") == nullptr);
    CHECK(find(facts, "ben-phiri", "zambia") != nullptr);
  }
  SECTION("a state named after the person is what the person acts on, no rival") {
    auto facts = facts_of("Zambia sold the mine. Zambia said so. Zambia agreed. Zambia won. President Ana Lima said "
                          "Zambia was ready and thanked Malawi for its help.");
    CHECK(find(facts, "ana-lima", "zambia") != nullptr);
  }
  SECTION("a dateline's state is the home state when no state is named more often") {
    auto facts = facts_of("Lebanon expels envoy\n\nBEIRUT, Aug 14 (Reuters) - Lebanon expelled Iran's ambassador. Iran "
                          "protested. Lebanon said so. Iran said no. Foreign Minister Ali Hassan spoke.");
    CHECK(find(facts, "ali-hassan", "lebanon") != nullptr);
    auto other = facts_of("Lebanon expels envoy\n\nBEIRUT, Aug 14 (Reuters) - Iran expelled Lebanon's ambassador. Iran "
                          "protested. Iran said so. Iran warned. Lebanon said no. Foreign Minister Ali Hassan spoke.");
    CHECK(find(other, "ali-hassan", "lebanon") == nullptr);
  }
  SECTION("a spokesman's state is a rival") {
    auto facts = facts_of("Zambia sold the mine. Zambia said so. Zambia agreed. Kremlin spokesman Ivan Orlov said "
                          "President Ana Lima would visit.");
    CHECK(find(facts, "ana-lima", "zambia") == nullptr);
  }
  SECTION("a head of government met in the one state a sentence travels to or stays in is that state's") {
    auto facts = facts_of("The deal was signed during a visit to Egypt by Chinese Defence Minister Dong Jun, who also "
                          "held talks with President Omar Fathy. Ana Lima will travel to Tanzania, where she will "
                          "meet President Ben Mwita. Speaking in Kenya, Foreign Minister Ivan Orlov criticized "
                          "President Joe Kara. Ali Tan flew to Peru and Chile to meet President Luis Vega.");
    const Fact* f = find(facts, "omar-fathy", "egypt");
    REQUIRE(f != nullptr);
    CHECK(f->evidence.modality == "inferred");
    CHECK(find(facts, "omar-fathy", "china") == nullptr);
    CHECK(find(facts, "ben-mwita", "tanzania") != nullptr);
    CHECK(find(facts, "joe-kara", "kenya") == nullptr);   // criticized: no meeting
    CHECK(find(facts, "luis-vega", "peru") == nullptr);   // two states: which one is open
    CHECK(find(facts, "luis-vega", "chile") == nullptr);
  }
  SECTION("an organization or a state belongs to no person") {
    auto facts = facts_of("With most votes counted, the Liberty Party led candidate Julio Andino by two points.");
    CHECK(find(facts, "liberty-party", "julio-andino") == nullptr);
  }
  SECTION("an office the text already gives to an organization is not the home state's") {
    auto facts = facts_of("Uzbekistan built a canal. Uzbekistan said so. Uzbekistan agreed. Uzbekistan hosted a Taliban "
                          "delegation led by Deputy Prime Minister Abdul Ghani Baradar. Foreign Minister Ana Lima spoke.");
    CHECK(find(facts, "abdul-ghani-baradar", "taliban") != nullptr);
    CHECK(find(facts, "abdul-ghani-baradar", "uzbekistan") == nullptr);
    CHECK(find(facts, "ana-lima", "uzbekistan") != nullptr);
  }
  SECTION("a spokesman's bare 'President' in what he reports is his state's") {
    auto facts = facts_of("Kremlin spokesman Dmitry Peskov said separately that President Vladimir Putin had no plans to "
                          "travel. Kremlin spokesman Ivan Orlov said Finland and President Ana Lima would talk.");
    const Fact* f = find(facts, "vladimir-putin", "russia");
    REQUIRE(f != nullptr);
    CHECK(f->evidence.modality == "inferred");
    CHECK(find(facts, "ana-lima", "russia") == nullptr);  // another state named in between
  }
  SECTION("no home state when two states are named about as often") {
    auto facts = facts_of("Zambia met Malawi. Zambia and Malawi agreed. Malawi and Zambia signed. President Ana Lima spoke.");
    for (const Fact& f : facts) CHECK(f.relation != "affiliated_with");
  }
}

TEST_CASE("relations::extract_relations terminates on fuzzer inputs") {
  // found by fuzz_text: a head reached through a modifier that stands after it looped forever
  const std::string hang("\x52\x75\x73\x73\x68\x64\x65\x61\x6e\x20\x50\x72\x65\x73\x00\x00\x00\x0b\x69\x6e\x74\x87\x00\x20\x2c\x20\x75\x72\x67\x65\x64\x20\x6d\x68\x74\x20\x58\x69\x20\x4a\x2c\x20\x52\x75\x73\x73\x69\x61\x6e\x20\x50\x72\x65\x73\x69\x64\x65\x6e\x74\x20\x2c\x20\x75\x72\x67\x65\x64\x20\x6d\x65\x74\x20\x58\x69\x20\x4a\x69\x6e\x70\x69\x6e\x67\x6e\x20\x6d\x65\x74\x20\x58\x69\x65\x52\x75\x73\x73\x69\x64\x65\x6e\x74\x69\x61\x6e\x20\x56\x6c\x61\x64\x69\x75\x72\x67\x65\x64\x20\x6d\x68\x74\x20\x58\x69\x20\x4a\x69\x6e\x70\x69\x6e\x74\x20\x2c\x74\x20\x64\x20\x6d\x65\x74\x20\x58\x69\x20\x4a\x69\x6e\x70\x69\x6e\x74\x20\x2c\x20\x20\x64\x20\x6d\x65\x74\x20\x58\x69\x20\x4a\x69\x6e\x70\x69\x6e\x74\x20\x2c\x20\x75\x72\x67\x65\x64\x20\x6d\x65\x74\x20\x64\x24\x65\x6e\x74\x20\x2c\x65\x81\x6d\x69\x72\x20\x50\x75\x01\x00\x00\x00\x00\x00\x50\x72\x65\x20\x2c\x20\x75\x6e\x74\x20\x2c\x6e\x74\x87\x00\x20\x2c\x20\x75\x72\x67\x65\x64\x20\x72\x6d\x67", 230);
  Extraction e = extract_document(hang, DocumentInfo{"t", "", "", ""}, lexicon());
  CHECK(e.facts.size() < 100);
}

TEST_CASE("relations::parse_candidates") {
  const auto& lex = lexicon();
  auto trees_of = [&](const std::string& text) {
    Analysis a = analyse_document(text, DocumentInfo{"t", "", "", ""}, lex, test_support::parsing());
    return a.trees;
  };
  SECTION("a verb with a clause between it and the names before it is parsed") {
    SentenceTrees t = trees_of("Germany, which Poland criticised, supports Ukraine.");
    REQUIRE(t.of(0) != nullptr);
    CHECK(t.of(0)->parsed());
    CHECK(t.of(0)->size() == 9);
  }
  SECTION("an ambiguous cue word is tagged, not parsed") {
    SentenceTrees t = trees_of("Russia's attack on Ukraine continued.");
    REQUIRE(t.of(0) != nullptr);
    CHECK_FALSE(t.of(0)->parsed());
    CHECK(t.of(0)->tag[2] == "NN");  // Russia | 's | attack
  }
  SECTION("a capitalised word of a name is tagged a proper noun") {
    SentenceTrees t = trees_of("Human Rights Watch, which Serbia criticised, wrote to Milica Jovanovic.");
    REQUIRE(t.of(0) != nullptr);
    CHECK(t.of(0)->tag[0] == "NNP");
    CHECK(t.of(0)->tag[1] == "NNP");
    CHECK(t.of(0)->tag[2] == "NNP");
  }
  SECTION("a plain sentence, a sentence without mentions and a headline are left alone") {
    SentenceTrees t = trees_of("Vladimir Putin met Xi Jinping in Beijing. The talks lasted three hours.");
    CHECK(t.of(0) == nullptr);
    CHECK(t.of(1) == nullptr);
  }
  SECTION("without a model nothing is parsed") {
    Analysis a = analyse_document("Germany, which Poland criticised, supports Ukraine.", DocumentInfo{"t", "", "", ""}, lex);
    CHECK(a.trees.of(0) == nullptr);
  }
}

TEST_CASE("relations::extract_relations on the tree") {
  auto facts = [&](const std::string& text, const PipelineOptions& o) {
    std::set<std::string> out;
    for (const Fact& f : extract_document(text, DocumentInfo{"t", "", "", ""}, lexicon(), o).facts) out.insert(key(f));
    return out;
  };
  SECTION("founding an organization makes its members (the tree tells 'quit' is a verb whose object is no subject)") {
    auto parsed = facts("Mali, Burkina Faso and Niger quit ECOWAS and formed the Alliance of Sahel States.", test_support::parsing());
    CHECK(parsed.count("mali affiliated_with alliance-of-sahel-states") == 1);
    CHECK(parsed.count("niger affiliated_with alliance-of-sahel-states") == 1);
    CHECK(parsed.count("economic-community-of-west-african-states affiliated_with alliance-of-sahel-states") == 0);
    auto set_up = facts("Mali and Niger left ECOWAS and set up their own Alliance of Sahel States.", test_support::parsing());
    CHECK(set_up.count("mali affiliated_with alliance-of-sahel-states") == 1);
  }
  SECTION("a verb conjoined to a predicate noun shares the copula clause's subject") {
    auto parsed = facts("Chile is the world's largest copper producer after Peru and sells most of its output to China.",
                        test_support::parsing());
    CHECK(parsed.count("chile trades_with china") == 1);
    CHECK(parsed.count("china trades_with peru") == 0);
  }
  SECTION("the object of a relative clause is the noun it modifies") {
    const std::string text = "Germany, which Poland criticised, supports Ukraine.";
    auto parsed = facts(text, test_support::parsing());
    CHECK(parsed.count("poland opposes germany") == 1);
    CHECK(parsed.count("germany supports ukraine") == 1);
    // the token rules see it too: "which" before the clause's own subject is its object
    CHECK(facts(text, PipelineOptions{}).count("poland opposes germany") == 1);
  }
  SECTION("a past verb after 'and' joins the past report verb, not the reported clause's modal verb") {
    auto parsed = facts("Defense Secretary Pete Hegseth said the United States would not tolerate attacks on shipping "
                        "and accused Iran of supplying the Houthis.",
                        test_support::parsing());
    CHECK(parsed.count("pete-hegseth opposes iran") == 1);
    CHECK(parsed.count("united-states opposes iran") == 0);
    // a simple past reported clause keeps its own subject
    auto past = facts("Kenya said Uganda attacked the camp and accused Somalia of lying.", test_support::parsing());
    CHECK(past.count("uganda opposes somalia") == 1);
    CHECK(past.count("kenya opposes somalia") == 0);
    // a past perfect is no simple past (a verb of the reported clause would be "had accused" too);
    // a reporter naming no actor leaves no subject
    auto perfect_named = facts("Kenya said Uganda had attacked the camp and accused Somalia of lying.", test_support::parsing());
    CHECK(perfect_named.count("kenya opposes somalia") == 1);
    CHECK(perfect_named.count("uganda opposes somalia") == 0);
    auto perfect = facts("Her father told Italian news agency ANSA that the family had never stopped hoping and "
                         "thanked Qatar for its help.",
                         test_support::parsing());
    CHECK(perfect.count("ansa supports qatar") == 0);
    // a past progressive in the reported clause is no simple past either
    auto progressive = facts("Finnish Foreign Minister Elina Valtonen said Helsinki was watching the border closely "
                             "and accused Russia of staging the crossings.",
                             test_support::parsing());
    CHECK(progressive.count("elina-valtonen opposes russia") == 1);
    CHECK(progressive.count("finland opposes russia") == 0);
    // an act of speech after "but" whose subject on the tree is a description naming no actor is
    // the reporter's (the sentence is parsed for it)
    auto described = facts("Rebel negotiator Omar Haddad said the group was ready to talk but accused Jordan of blocking "
                           "the exchange.",
                           test_support::parsing());
    CHECK(described.count("omar-haddad opposes jordan") == 1);
    // not an act of another kind
    auto other = facts("Rebel negotiator Omar Haddad said the group was ready to talk but visited Jordan.",
                       test_support::parsing());
    CHECK(other.count("omar-haddad visits jordan") == 0);
    // "the Saudi side" stands for its state, which a later "the kingdom" then names
    auto side = facts("Syria denied the charge. Rebel negotiator Omar Haddad said the Saudi side had stalled and "
                      "accused the kingdom of lying.",
                      test_support::parsing());
    CHECK(side.count("omar-haddad opposes saudi-arabia") == 1);
    CHECK(side.count("omar-haddad opposes syria") == 0);
  }
  SECTION("', a move X criticised': the actor is the main clause's subject, not a relative clause's") {
    auto parsed = facts("The Maldives, whose President Mohamed Muizzu visited China in January, has let Chinese survey "
                        "ships call at its ports, a move New Delhi has criticised.",
                        test_support::parsing());
    CHECK(parsed.count("india opposes maldives") == 1);
    CHECK(parsed.count("india opposes mohamed-muizzu") == 0);
  }
  SECTION("'X, which it accuses of backing Y': the one accused acts") {
    auto parsed = facts("Kinshasa urged Belgium to halt aid to Rwanda, which it accuses of backing M23 rebels in eastern "
                        "Congo.",
                        test_support::parsing());
    CHECK(parsed.count("rwanda supports m23") == 1);
    CHECK(parsed.count("democratic-republic-of-the-congo supports m23") == 0);
  }
  SECTION("a phrase between subject and verb is skipped: the tree's nsubj") {
    const std::string text = "Hungary, unlike Poland, supports Russia.";
    auto parsed = facts(text, test_support::parsing());
    CHECK(parsed.count("hungary supports russia") == 1);
    CHECK(parsed.count("poland supports russia") == 0);
    // the token rules take the nearest name
    CHECK(facts(text, PipelineOptions{}).count("poland supports russia") == 1);
  }
  SECTION("token rules: a relative clause on a common noun leaves the verb without an actor subject") {
    auto plain = facts("The head of the delegation, who met Antony Blinken, criticised Germany.", PipelineOptions{});
    CHECK(plain.count("antony-blinken opposes germany") == 0);
  }
  SECTION("a conjunct the tree proposes needs a coordinating word before it") {
    auto parsed = facts("Maria Lopez, director of research at Oxford University's Refugee Studies Centre, told Reuters the talks failed.",
                        test_support::parsing());
    CHECK(parsed.count("maria-lopez speaks_to reuters") == 1);
    for (const auto& f : parsed) CHECK(f.find("centre speaks_to") == std::string::npos);
  }
  SECTION("a participle after a plain noun acts for that noun, and ends the object phrase before it") {
    auto parsed = facts("Russia rejected a resolution condemning Syria. China criticized a report praising Japan.",
                        test_support::parsing());
    for (const char* f : {"russia opposes syria", "china opposes japan", "china supports japan"}) CHECK(parsed.count(f) == 0);
    // the tags tell "a resolution condemning" from "began condemning"
    CHECK(facts("Russia began condemning Syria.", test_support::parsing()).count("russia opposes syria") == 1);
  }
  SECTION("a verb cue tagged as a noun after a noun or adjective is no verb") {
    auto parsed = facts("Park said the pact commits Poland and Korea to cooperation on ammunition supplies.", test_support::parsing());
    for (const auto& f : parsed) CHECK(f.find("trades_with") == std::string::npos);
    CHECK(facts("Turkey openly backs Azerbaijan.", test_support::parsing()).count("turkey supports azerbaijan") == 1);
  }
  SECTION("a verb conjoined after an object takes the first verb's subject") {
    auto parsed = facts("Prime Minister Fumio Kishida of Japan visited Kyiv and met Volodymyr Zelensky.", test_support::parsing());
    CHECK(parsed.count("fumio-kishida meets volodymyr-zelensky") == 1);
    CHECK(parsed.count("ukraine meets volodymyr-zelensky") == 0);
  }
  SECTION("a verb conjoined to another shares its subject, not the first verb's object") {
    auto parsed = facts("Germany has long supported Ukraine and criticised Russia.", test_support::parsing());
    CHECK(parsed.count("germany supports ukraine") == 1);
    CHECK(parsed.count("germany opposes russia") == 1);
    CHECK(parsed.count("ukraine opposes russia") == 0);
  }
  SECTION("a verb the tagger sees ends an object's phrase") {
    const std::string text = "William Ruto won praise for helping the girls enter Japan.";
    CHECK(facts(text, test_support::parsing()).count("william-ruto supports japan") == 0);
    // the token rules cannot tell "enter" is a verb
    CHECK(facts(text, PipelineOptions{}).count("william-ruto supports japan") == 1);
  }
  SECTION("passives with adverbs around the verb") {
    for (const auto& o : {test_support::parsing(), PipelineOptions{}}) {
      CHECK(facts("Ukraine was attacked overnight by Russia.", o).count("russia attacks ukraine") == 1);
      CHECK(facts("Ukraine was repeatedly attacked by Russia.", o).count("russia attacks ukraine") == 1);
      CHECK(facts("Ukraine was repeatedly attacked by Russia.", o).count("ukraine attacks russia") == 0);
    }
  }
  SECTION("the subject of a verb after a relative clause is the clause's antecedent") {
    auto parsed = facts("India, which buys Russian oil, hosted Vladimir Putin in New Delhi.", test_support::parsing());
    CHECK(parsed.count("india hosts vladimir-putin") == 1);
    CHECK(parsed.count("russia hosts vladimir-putin") == 0);
  }
}
