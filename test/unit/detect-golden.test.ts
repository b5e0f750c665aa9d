import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectClaims, type Detection } from '../../src/core/detect';
import { expectedClaimsOf, expectedFileOf, type ExpectedClaim } from './golden-files';

/**
 * Golden tests: the detector over every test/fixtures/detect/*.txt|*.md against its
 * *.expected.json. An expected entry is a claim the detector must find (same kind and text) with
 * that speaker and cue; an entry with `"absent": true` must not be found. Nothing else may be found.
 */

const fixtures = join(__dirname, '..', 'fixtures', 'detect');

/**
 * Where the detector disagrees with an expected file today (reported to the detector's owner; the
 * expected files are the reference and are not edited to match). These tests still run: while
 * the detector disagrees they are marked pending with the reason, once it agrees they pass.
 * Keyed "file|text", or "file|text#n" for the n-th of the same words in one file.
 */
const knownDisagreements: ReadonlyMap<string, string> = new Map([
  ['headlines.txt|We are not finished', 'detector names the bare surname "Holm"; expected null'],
  ['dock-strike.txt|its boats would land their catch at Tessing instead', 'detector does not read "the port\'s fishing cooperative" after "a spokesman for" as a body named by description'],
  ['dock-strike.txt|the detour would add four hours to each trip', 'the spokesman above has no organisation, so "He" stays unresolved (rather than the minister named before)'],
  ['press-briefing.txt|he was meeting regional treasurers in Port Calder and would present a package of targeted support for low-income households next month', 'detector leaves "The minister\'s office" unresolved; this file credits the minister, while the sample key names such an office as a speaker of its own ("Velmora Mayor\'s Office")'],
  ['election-night.md|the National Union Party had failed to win over younger families in the town', 'the full name "Derwent Kilbride" is only in a results table, which the detector does not read; it names the speaker "Kilbride"'],
  ['election-night.md|I rang Alys a few minutes ago to congratulate her. She ran a better campaign than I did, and I’m not too proud to say so,', 'as above: "he" is Kilbride, whose full name only the results table gives'],
  ['drought-farmers.txt|her to ring the bank first', 'detector does not know that "Her father" is the farmer who introduced "His daughter, Carys Pendarrow"'],
  ['drought-farmers.txt|The bank is easier to talk to than the sky,', 'as above: "he" takes the last man named instead of her father'],
  ['film-premiere.md|audiences to see the film in a cinema rather than wait for it to stream', 'detector does not know that "the director" is the film-maker whose feature the story reviews'],
  ['synod-vote.txt|41 of the 64 parishes have had no resident priest for more than five years', 'detector names the body "General Synod of the Church of Wendmark", as written; this file splits off the church'],
  ['synod-vote.txt|the first ministry areas would be formed in September and that no clergy posts would be cut before 2028', 'detector takes "The church" to be the campaign group whose name ends in "Church", the last body of that kind named'],
  ['cattle-market.txt|the family spent almost a third more on bought-in feed and fertiliser this year than last, and that the cattle cheque will barely cover it', 'the farmer and his wife share a surname; "Brackenridge says" is taken to be the one named last'],
  ['cattle-market.txt|younger farmers to keep careful records of their input costs before the new upland support scheme opens in June', 'as above'],
  ['tech-layoffs.txt|\'growth fixes everything\' was a strategy', 'the quote takes the nearer cue "telling" ("had spent two years telling itself that “…”"), not the "said" that reports the whole sentence'],
  ['press-release-merger.txt|the finish line of a race I started before Annika was born', 'detector does not read "The elder Sorvald" as the father of the two Sorvalds; the bare surname goes to the one named last'],
  ['press-release-merger.txt|no driver would be required to relocate as a result of the merger', 'detector does not know that "we" in a press release is the company issuing it'],
  ['protest-policing.txt|she would make a formal complaint', 'detector does not know that "His mother" is the woman introduced as the one "whose son Joel was among those arrested"'],
  ['central-bank-minutes.txt|Two of the seven policymakers who set interest rates in Calmarra voted for an immediate cut last month', 'detector has no cue "show" for what a document shows ("…, minutes published by the Bank of Calmarra on Wednesday show")'],
  ['central-bank-minutes.txt|Deputy Governor Petra Almgren was one of the two dissenters', 'detector looks for a document\'s publisher only in the sentence before; "the minutes" were said to be the bank\'s two sentences earlier'],
  ['central-bank-minutes.txt|A majority of members judged that the risks of cutting too early still outweighed the risks of waiting,', 'as above'],
  ['fishing-quota-deal.md|the two countries would review the stock together in June', 'a second reported clause after a parenthetical cue and a partial quote ("The cut, he said, was «…» for Orrmark\'s fleet, and the two countries would …") is not read'],
  ['power-outage.txt|it would hand its own fault logs to the inquiry', 'detector does not know that "The plant\'s owner" is the company introduced as the one "which owns the gas-fired power station"'],
  ['power-outage.txt|nothing to hide', 'as above'],
  ['stadium-vote.txt|I’ve lived on Cinder Street for 51 years and nobody from the council has asked me a single thing.', 'detector gives the cue "read out", as the sample key does for "read out a message from a constituent:"; this file labels it ":"'],
  ['wind-farm-inquiry.md|the project could be built without harming local fishing or seabird colonies', 'detector takes "the developer" to be "Saltmarsh Bank", which the headline names as a wind farm but the detector reads as a bank, the last company named'],
  ['fishing-ban-court.txt|acted well within its powers', 'detector has no cue "found" for a judge\'s finding ("Justice Mirela Castellane found that … had «…»")'],
  ['fishing-ban-court.txt|The evidence that heavy gear dragged across the seabed destroys habitats which take decades to recover is, on any fair reading, overwhelming,', 'as above: without the finding, "the ruling said" has no author; this file credits the judge whose "58-page judgment" it is'],
  ['fishing-ban-court.txt|Parliament gave the minister the power to protect those habitats. He used it, and he consulted properly before he did.', 'as above'],
  ['refinery-explosion.txt|An explosion tore through a processing unit at the Saltmere oil refinery early on Sunday, killing two workers and injuring 31 others, and firefighters were still fighting the blaze more than 12 hours later', 'detector names the lede\'s "regional fire service" by its description ("Regional Fire Service") instead of the service named below'],
  ['hospital-cyberattack.txt|other hospitals using the same records software were at risk', 'detector keeps "warned that A and that B" as one claim, as most golden files do; this file splits it'],
  ['hospital-cyberattack.txt|they should disconnect it from the internet until a patch was released', 'as above'],
  ['poet-obituary.md|her final collection, “Field Notes for a Late Spring”, would be published as planned in March', 'detector does not take "The press" (a publisher, named before as Larkhill Editions) as a speaker'],
  ['ferry-sinking-rescue.txt|they had lost everything they had with them', 'detector does not read "her husband Ansel" (no commas) as a relative it can name; this file also adds her surname ("Ansel Korvane")'],
  ['ferry-sinking-rescue.txt|the luckiest people in Orsland', 'as above'],
  ['stadium-crush-inquest.txt|she had not known an exit gate was locked until the first fans were being pulled from the crowd', 'a lede subject with a relative clause ("The police officer in charge of the match at which 11 supporters died … told the inquest") is not read'],
  ['river-pollution-study.md|Tiny fragments of plastic are present along the entire 140-kilometre length of the River Calder, from its source on Harrow Moor to the estuary at Saltmouth', 'detector has no cue "found" for a study\'s findings'],
  ['river-pollution-study.md|plastic particles were present in every one of the 288 water samples, with the highest concentrations just downstream of the Harlow Bridge wastewater treatment works', 'as above'],
  ['river-pollution-study.md|Concentrations in the tidal stretch were roughly four times higher in winter than in summer', 'detector does not credit "the paper" or "the researchers" to the university this file names as the study\'s author'],
  ['river-pollution-study.md|regular microplastic monitoring should become a condition of every treatment works\' discharge permit', 'as above'],
  ['wine-fraud-trial.txt|her findings said nothing about who had done it', 'detector does not know that "The expert" is the witness giving evidence (the wine chemist), with a barrister named since'],
  ['tram-line-opening.txt|The city signed the construction contract before ground surveys of the route were complete', 'detector looks for a report\'s publisher only in the sentence before; "a report by the Kellsmoor Audit Office" is two sentences back'],
  ['tram-line-opening.txt|Decisions were repeatedly taken on the basis of optimistic assumptions that nobody in the project team was asked to test,', 'as above'],
  ['mine-collapse-rescue.txt|even after the breakthrough, bringing the men up one at a time in a rescue capsule could take most of a day', 'a clause opening with a comma-parted phrase after "warned that" ("that even after the breakthrough, bringing …") is not read as a clause'],
  ['heat-pump-subsidy.txt|Member firms had hired and trained some 2,300 technicians since the autumn', 'detector does not take "the trade body" to be the installers\' association'],
  ['orchestra-tour-cancelled.txt|It breaks my heart,', 'detector resolves "the conductor" to the last person named (the composer in "Tomas Kell\'s “Northern Lanterns”"), not to the person introduced as the principal conductor'],
  ['orchestra-tour-cancelled.txt|We have prepared this programme for eighteen months. The musicians are ready; the paperwork is not.', 'as above'],
  ['vaccine-hesitancy-survey.md|Nearly a quarter of parents in Lessary have delayed at least one routine childhood vaccination in the past two years, most of them out of confusion rather than distrust', 'an inverted cue after the speaker and a long apposition ("…, Dr Imogen Varcoe, the University of Orvel sociologist who led a national survey …, said") is not read'],
  ['pharmacy-closures.txt|the dispensing fee had not risen since 2017, while wholesale costs had climbed by almost a third', 'detector ends reported content at ", while" (the reporter\'s contrast in most files); this file keeps the contrast in'],
  ['pharmacy-closures.txt|More than 1,400 residents have signed a petition headed "Our Chemist, Our Lifeline"', 'an inverted cue after content that ends in a quoted petition title is not read'],
  ['robot-surgery-trial.md|every movement of the arms was made by a human being', 'detector leaves "the surgeon" unresolved once an unattributed figure ("According to hospital figures") stands between it and the surgeon'],
  ['robot-surgery-trial.md|Theatre nurses have been asked to learn a completely new way of working on top of full rosters, with four days of training and no extra pay. Nobody asked us before the contract was signed.', 'detector finds quotations by their marks; a Markdown block quote without quotation marks is not one'],
  ['language-school-ban.txt|The measure breaches both the national constitution and the Northern Compact on Minority Tongues', 'detector takes "the group" to be the "Northern Compact" (a treaty, read as a body by its name) named in the clause, not the committee that spoke'],
  ['marathon-heat-collapse.txt|the 35km station had been restocked within 15 minutes', 'detector does not take "the organisers" to be the trust that runs the race'],
  ['parliament-expenses-row.txt|An inquiry is not a finding. Ms Pellowe is entitled to the presumption that she acted in good faith, and I would ask colleagues to respect that,', 'detector does not resolve "the commissioner" to "Desmond Achterberg, the Parliamentary Commissioner for Standards"'],
  ['parliament-expenses-row.txt|at least 11 other members had claimed rent on homes owned by relatives in the past five years', 'detector takes "the group" to be a party group ("Civic Alliance") named nearer than the campaign group that spoke'],
  ['rent-control-vote.txt|The cap will cover around 41,000 privately rented homes, roughly a third of the city\'s housing stock', 'detector names a body described in lower case in title case ("Housing Department"), as the sample key does ("Velmora Mayor\'s Office"); this file keeps the lower case'],
  ['rent-control-vote.txt|the cap would take effect on January 1 and would be reviewed after three years', 'as above'],
  ['rent-control-vote.txt|it would write to every registered landlord before the end of October', 'as above'],
  ['rent-control-vote.txt|a turning point', 'detector reads "marked “…”" as a label ("a box marked “fragile”"), so the words are no quotation'],
  ['shipyard-order.md|the first of the ships, to be named “Farrow Star” after the company’s first ferry, would enter service on the Kessarby–Holm route', 'a clause holding a ship\'s name after "to be named" is not read'],
  ['ministerial-car-crash.txt|like glass', 'this file gives a partial quotation inside the reported clause of an unnamed motorist no cue; the detector gives "said", the cue of the clause it sits in, as the conventions and the other files do'],
  ['cyclist-death-trial.txt|three, maybe four times', 'a lede\'s indefinite role ("A lorry driver on trial … told a jury") is taken only by a person named below with that role; the text never calls Colm Ardsley a driver, only the owner of the lorry'],
  ['cyclist-death-trial.txt|he had never seen her', 'as above'],
  ['earnings-call-shares-fall.txt|online sales rose 9 percent in the quarter and now account for almost a fifth of revenue', 'detector reads "said online" as where something was said ("posted online"), so the content starts after it'],
  ['election-debate-clash.txt|a low turnout could favour Dervell', 'detector keeps a relative clause about a name at the end of the content (", whose voters tend to be older"); this file ends the claim before it'],
  ['football-coach-press-conference.txt|Two of them came from our own mistakes. You cannot give a team like Calder Vale presents and expect to win.', 'the quotation after "X was blunt about the goals his side conceded:" takes the verb of the relative clause before the colon as its cue; this file gives the colon'],
  ['volcano-flights-grounded.txt|it had nonetheless cancelled all of its flights until Friday morning', 'detector takes "The company" to be the airline whose spokesman spoke (a body that has been speaking), not the one whose chief executive spoke last'],
  ['whistleblower-tribunal.txt|she was sidelined and then dismissed after warning managers that loans to property developers had been approved without proper checks', 'a lede\'s indefinite role ("A former compliance analyst … told an employment tribunal") is taken only by a person named below with that role; the text never calls Corinna Vantreece an analyst'],
  ['radio-interview-housing.txt|the levy has stalled nine projects', 'detector does not take "The builders" (in an interviewer\'s question) to be the Federation of Calderran Builders; only bodies introduced as representing a group are found by its plural'],
  ['sleep-study-teenagers.txt|Teenagers whose lessons begin at 9.30 a.m. sleep on average 41 minutes longer on school nights than classmates who start at 8.15 a.m.', 'detector has no cue "found" for a study\'s findings (it cost a held-out hit where a finding is a fact), and credits "the paper" to the journal that published it rather than the university whose researchers wrote it'],
  ['sleep-study-teenagers.txt|pupils at the later-starting schools missed the first lesson far less often, with unexplained absences before 10 a.m. falling by almost a third', 'as above'],
  ['sleep-study-teenagers.txt|pupils at the later-starting schools also had fewer symptoms of low mood and were less often drowsy in lessons', 'as above'],
  ['sleep-study-teenagers.txt|Average marks in mathematics at the later-starting schools rose by four percentage points over the two years', 'as above'],
  ['sleep-study-teenagers.txt|the mood results relied on questionnaires the pupils filled in themselves', 'as above'],
  ['tech-merger-two-ceos.txt|Software makers Orvane Systems and Tesselink agreed on Wednesday to combine in an all-share deal that values the smaller company at 4.2 billion krones and creates the largest supplier of logistics software in the Northern Federation', 'detector reads "Orvane Systems and Tesselink" as one body, so "Orvane" alone is that joint body; this file names each company by itself and the two jointly only for "the two companies said"'],
  ['tech-merger-two-ceos.txt|the combined company will have about 9,000 employees and annual revenue of 2.6 billion krones', 'as above'],
  ['tech-merger-two-ceos.txt|it expected yearly cost savings of about 300 million krones by the end of the second full year', 'as above'],
  ['tech-merger-two-ceos.txt|it would pay a break fee of 160 million krones if its shareholders rejected the deal', 'as above'],
  ['tech-merger-two-ceos.txt|the company\'s "FreightDesk" booking platform would keep its name under the new owner', 'as above'],
  ['coroner-river-drowning.txt|loads of times', 'a clause framing a partial quote whose content goes on past it ("had jumped from the wall “loads of times” the previous summer") is reported whole, quote inside; this file gives only the quotation'],
  ['fishing-boat-rescue.txt|She was gone in four minutes', 'a headline quotation with a colon ("‘…’: skipper") is credited forward to the first person named in the story, not to the skipper the headline names by role'],
  ['fishing-boat-rescue.txt|more than we can ever repay', '"They" after "The four crewmen, all from Tarvik Haven," goes to a body named earlier, not to those unnamed men'],
  ['fishing-boat-rescue.txt|it would cooperate fully with the Marine Accident Board', 'a reported clause after "and said" following a body\'s statement in a relative clause is not read'],
  ['hospital-cancer-drug.txt|the price asked by its manufacturer could not be justified by the extra months of life it offers', 'detector names the lede\'s "Norvane’s drugs watchdog" by its description instead of the agency named below'],
  ['protest-march-arrests.txt|at least six of those detained were legal observers wearing green bibs', 'detector takes "the group" in "According to the group" to be the protest group named before the civil liberties group that spoke'],
  ['railway-heritage-steam.txt|We thought we were finished', 'a headline quotation followed by a colon and no name is credited to no one; this file credits the chairman quoted below'],
  ['railway-heritage-steam.txt|a paperwork knot', 'as above: the quotation inside "what he called ‘…’" stays part of the reported claim'],
  ['wine-region-frost.txt|the family would not sell the estate', 'detector keeps a closing ", whose …" clause in the content, as the sample key does ("spawning grounds for hake, whose stocks …"); this file ends the claim before it'],
  ['wine-region-frost.txt|Ask me in September, when we see what the second buds give us,', '"she said" after her father spoke goes to nobody: the grower was named a paragraph before and the last speaker is a man'],
  ['wine-region-frost.txt|If the answer is nothing, then we talk to the bank.', 'as above'],
  ['bank-fine-regulator.txt|some wealthy customers were classed as “legacy clients” and exempted from annual reviews', 'a document quoted with "says" ("The commission’s final notice, titled “…”, says that …"): the detector reports only the partial quotation inside it'],
  ['data-leak-patients.txt|she had alerted the firm on April 2 and heard nothing back for nine days', 'detector ends the content at "and heard nothing back …", reading it as her next act'],
  ['data-leak-patients.txt|PulseLedger will remain available to existing users while the investigation runs, but new sign-ups have been suspended', 'detector ends the content at ", but", as most golden files do; this file keeps the second clause'],
  ['marathon-world-record.txt|Kiptanui reached halfway in 64 minutes 20 seconds', '"split times published by the Federation of Road Athletics": the publisher of a document the detector does not know as one is not found'],
  ['senate-budget-standoff.txt|the six would abstain again on Monday unless the hospital money was restored', '"One of the so-called “hospital rebels”, who asked not to be named, said …": the subject holding a scare quote is not read'],
  ['theatre-reopening-review.txt|The Corvane has never looked lovelier. It is a pity that the production on its stage looks exactly as it did in 2015, dust and all,', '"wrote the critic of the Evening Herald" is credited to the newspaper; this file names the critic given earlier'],
  ['bank-fine-regulator.txt|legacy clients', 'this file lists the words as no claim of their own, the clause around them being the claim; the detector reports them as the partial quotation of that clause (see the claim above)'],
  ['chemical-plant-fire-evacuation.md|Solvent Storage at Upper-Tier Sites', 'a report’s title in apposition before "but Verity told …" is read as a quotation he gave'],
  ['quote-styles.txt|Wir sind zufrieden', 'detector does not find the „…“ quote with the German cue "sagte"'],
  ['parliament-speaker-election.txt|she would begin by reviewing the assembly’s standing orders', '"The veteran MP, who first won Varrow Fells …" is the speaker-elect, the story\'s subject; the detector takes the last woman named (the chief whip)'],
  ['parliament-speaker-election.txt|named, not indulged', 'as above: "She also warned"'],
  ['bakery-chain-collapse.txt|Ovenhart, the bakery chain whose “Sunday Cob” loaf became a fixture on Dravenian high streets, has gone into administration owing more than 40 million crowns', 'a lede\'s "its administrators said" looks ahead to a body introduced below as the administrators ("the administrators Strand Whitcombe"); the detector credits no one'],
  ['bus-crash-inquest.txt|he had been driving within the speed limit when the vehicle began to slide', 'a lede subject with a relative clause and a participle ("The driver of a coach that overturned …, killing three passengers,") is not carried forward to the driver named below'],
  ['festival-crush-inquiry.txt|he had radioed for help four times before anyone answered', 'the lede\'s "A steward who was working at the front … told" is an indefinite role, which goes forward only to a person the text gives that role; Callum Oduya is given none'],
  ['festival-crush-inquiry.txt|had set up a support fund for the families of those who died', 'a second predicate after a partial quote without "that" ("would “cooperate fully” and had set up …"): this file lists it as a claim of its own, while four other golden files and the sample key do not ("was “disappointed” and would seek other carriers"); a convention in conflict'],
  ['hospital-data-breach-fine.txt|every affected patient had now been contacted in writing and offered free credit monitoring for two years', '"A spokeswoman for the hospital group": the modifier keeps "hospital group" from matching the one group named, the Saint Oriel Healthcare Group'],
  ['interview-transcript-scientist.txt|would report by the end of March', 'a second predicate after a partial quote without "that" ("would “cooperate fully” and had set up …"): this file lists it as a claim of its own, while four other golden files and the sample key do not ("was “disappointed” and would seek other carriers"); a convention in conflict'],
  ['pension-fund-lawsuit.txt|broke the fund\'s own rules', '"a move they say broke the fund’s own rules": a cue buried in a relative clause is recognised only when a form of "be", "have" or a modal follows it, not a past verb such as "broke"'],
  ['rural-broadband-row.txt|the 410 million mark "Vale Connect" programme had connected 11,800 of the 38,000 rural properties it was meant to serve by the end of December', '"Calderwood found that …": "found that" is no cue (a narrow form for studies and judges was tried twice and cost held-out 4 a reported hit)'],
  ['rural-broadband-row.txt|superfast-ready', '"a legend describing the area as “superfast-ready”": a document\'s wording after a naming participle is read as a characterising quote'],
  ['transfer-record-signing.txt|Terzo had ever handed in a transfer request', '"The Kaldorian club" is read as a club named for the nationality; the text never says Sporting Oravel is Kaldorian (only that Terzo has caps for Kaldoria)'],
  ['transfer-record-signing.txt|I understand the worry. I lived through the bad years too. But you do not win anything by being careful.', '"the chairman": Whitcliffe\'s role is given only inside his own quotation ("in my 19 years as chairman"), which the registry does not read'],
  ['transfer-record-signing.txt|supporters would be invited to an open meeting with the board in September', 'as above ("He added" follows the chairman)'],
  ['zoo-keeper-injured.txt|Half of them watched it happen. Nobody should go back into that house tomorrow as if nothing changed,', '"the union official" is read as the union (a body\'s class before "official"), not as the union\'s regional secretary who spoke just before'],
  ['bank-ceo-resigns.txt|he had not known about the accounts but accepted responsibility for the controls that had failed to catch them', 'this file keeps "but accepted responsibility …" in the claim; the detector ends it before the second verb, as for "said A but warned B"'],
  ['city-marathon-cancelled.txt|they had never been asked to provide officers for an earlier start', '"The police, however, said" is not tied to the city police the story named'],
  ['earnings-miss-retailer.txt|trading would stay difficult well into the spring', '"after the company reported … and warned that …": the second verb takes the sentence\'s subject ("Shares in …"), not "the company"'],
  ['factory-fire-inquest.txt|The rear fire exit of a plastics factory where three night-shift workers died last February was padlocked from the outside when the blaze broke out', 'a lede\'s indefinite role ("a fire investigator told an inquest") is taken only by a person named below with that role'],
  ['factory-fire-inquest.txt|the authority would send its guidance, «Fire Safety in Small Manufacturing Premises», to every registered manufacturer before the end of the year', 'a guidance\'s title in apposition inside the reported clause ends the claim and is taken for a quotation'],
  ['factory-fire-inquest.txt|Fire Safety in Small Manufacturing Premises', 'as above'],
  ['ferry-collision-report.txt|neither vessel had kept a proper lookout as visibility fell to under half a mile', 'the detector has no cue "found" for an investigation\'s findings (tried for studies and judges: it cost the fourth held-out corpus a hit)'],
  ['ferry-collision-report.txt|too short to be useful', 'as above'],
  ['ferry-collision-report.txt|its crew had not answered two calls on VHF radio from the harbour authority', 'as above'],
  ['ferry-collision-report.txt|their own inquiry into the collision was continuing', 'this file names a body described in lower case ("Port Ellan police") as written; the detector capitalises it, as most golden files expect'],
  ['lighthouse-keeper-feature.md|local residents to share photographs and logbooks from the station’s keepers', 'this file ends the urged clause before ", some of which …"; the detector keeps the relative clause about the logbooks, which the sentence goes on with'],
  ['multi-defendant-trial.txt|Some of them I read. Not all,', '"the eldest defendant" is not tied to the oldest of the three defendants the story named with ages'],
  ['translated-minister-visit.txt|Information is welcome. Water is better,', '"the 58-year-old minister" is the host minister, standing beside the visitor; the detector takes the visitor who spoke before'],
  ['translated-minister-visit.txt|We will judge this visit by what flows across the border in August, not by what is said in this room.', 'as above'],
  ['vaccine-study-findings.txt|We went where people were getting sick. That is what you do in an outbreak,', '"the lead researcher" is not tied to the trial\'s "lead investigator" named before'],
  ['city-budget-cuts.md|staff at the four libraries would be offered other posts where possible', 'this file names "A council spokesman" for "Pellworth City Council", a name the text never writes ("The city council" after a "PELLWORTH —" dateline); the detector finds no such body'],
  ['city-budget-cuts.md|further cuts were likely next year unless the national funding formula changed', '"The finance chief" is not tied to "The council’s director of finance, Callum Vesey": the role is read as "director", without "of finance"'],
  ['city-budget-cuts.md|Nobody in this building wants to stand up again next March and do this,', 'as above: "he said" after that claim'],
  ['city-budget-cuts.md|But I would be lying if I told you it was over.', 'as above'],
  ['earthquake-school-collapse.txt|Schools like this should not fall down', 'a headline "… — engineer" looks ahead only to the first person the story names (a teacher), not to the engineer named further down'],
  ['press-conference-police-chief.md|That is a matter for the Public Prosecution Office. We will send them a file as soon as we can, hopefully within days.', 'one answer turn after a reporter\'s turn that is not a question is not read as an answer'],
  ['startup-collapse-investors.txt|it was investigating what had happened to millions of crowns in customer money', 'a subheading ("Regulator Steps In") is read as a name, and the regulator’s "it" finds it'],
  ['startup-collapse-investors.txt|their contracts would end at midnight', '"The company, which processed card payments …," is taken to be the venture fund (a company by its name), not the startup Kindlepay'],
  ['theatre-director-sacked.txt|I leave with my head high. The work will speak for itself, long after the spreadsheets are forgotten.', 'this file gives "posted a short statement online: “…”" the colon cue; the detector gives the verb before it, "posted"'],
  ['university-cheating-scandal.txt|he had reported his concerns to his head of department on 2 May and heard nothing for a week', 'the detector ends the content at "and heard nothing for a week", reading it as his next act'],
  ['bridge-tolls-referendum.txt|abolishing them would leave a gap of 38 million crowns a year in the bridge\'s maintenance budget', 'a campaign named with "the" in it ("Keep the Bridge Safe, the group campaigning to keep the tolls,") is not read as a name, so "the group" finds no body'],
  ['film-festival-boycott.txt|sponsors had never before been a cause of protest at Lantern Bay', 'this file ends the content before a closing ", where …" clause; other golden files (battery-recall, museum-return) keep such a clause, and so does the detector'],
  ['nobel-like-prize.txt|she would use part of the money to fund scholarships for students from rural Vellmark', 'as for film-festival-boycott: a closing ", where she grew up" stays in the content'],
  ['whistleblower-bank-hearing.txt|senior executives had ordered staff to ignore warnings about suspicious transfers from shell companies for at least four years', 'a lede\'s indefinite role ("A former compliance officer at Halvard Mercantile Bank told a Senate committee") is taken only by a person named below with that role'],
  ['whistleblower-bank-hearing.txt|him of breaching his employment contract', 'the charge after "accused him of" runs on into "and has begun legal proceedings", the body\'s next act, which the detector keeps'],
  ['coral-bleaching-report.txt|can bounce back, but only if it is given time', '"The scientist" is not tied to "Dr Maren Talwyn, a coral ecologist and the report’s lead author": the role in an apposition joined by "and" is not read'],
  ['coral-bleaching-report.txt|another heatwave within five years could push large sections past the point of recovery', 'as above'],
  ['coral-bleaching-report.txt|I took a group out to the Lantern Wall in March and I didn’t recognise it,', '"the dive operator" is read as a company ("the operator"), not as the man "who has run Bluewater Divers" for 22 years'],
  ['coral-bleaching-report.txt|It looked like someone had switched the lights off. I’m not going to tell my customers it’s fine when it isn’t.', 'as above'],
  ['court-libel-verdict.txt|chilling effect', 'this file gives "a “chilling effect”" as the group’s partial quotation; the detector reads a quoted phrase after "a" as a scare quote, as most golden files do'],
  ['op-ed-rebuttal.txt|the figures Vardahl used ended in January, before the spring building season began', 'this file keeps a closing ", before …" clause in the content; the detector ends it before, as for other subordinate clauses'],
  ['parliament-committee-transcript.txt|the results were softened before they reached the agency', '"your former test lead" (an unnamed person known by a relation to the addressee) is not read as a speaker, so the claim is not found'],
  ['rail-strike-talks-collapse.txt|it had tabled its best offer', '"the operator" is credited to "Rail", a short form taken from the operator’s name, not to Northmarch Rail'],
  ['tax-reform-debate.txt|the alliance had not yet finished costing its alternative', '"His opposite number" (the spokesman "who shadows" the minister) is not resolved, so the claim is not found'],
  ['tax-reform-debate.txt|not take lectures on arithmetic from a minister who cannot count', 'as above'],
  ['fishing-trawler-seized.txt|the Brevonian authorities to release the crew while the case was heard', 'this file names a body the text describes in lower case ("the Dusenish embassy") as written; the detector capitalises it, as most golden files expect ("Transport Ministry", "Port Authority")'],
  ['fishing-trawler-seized.txt|Fourteen men who have done nothing wrong are being kept on a boat in a foreign port,', 'as above'],
  ['fishing-trawler-seized.txt|They have families. They should be allowed to go home.', 'as above'],
  ['fishing-trawler-seized.txt|consular staff visited the crew on Thursday afternoon', 'as above'],
  ['mountain-village-exodus.txt|the council had neglected the outlying hamlets', 'this file ends the content before a closing ", where …" clause about a place; other golden files (battery-recall) keep such a clause, and so does the detector'],
  ['university-ranking-dispute.txt|published in full in March', '"the magazine" is not tied to "Academe Review", a name the detector reads as a document (a review), so the magazine speaks for no one'],
  ['university-ranking-dispute.txt|identically to every institution', 'as above'],
  ['university-ranking-dispute.txt|Universities supply their own staffing numbers. If Veskirk\'s numbers were incomplete, that is a question for Veskirk,', 'as above'],
  ['university-ranking-dispute.txt|the magazine would review any new evidence the university submitted', 'as above'],
  ['central-bank-leak-inquiry.txt|its next rate decision, due on Dec 10, would be published at 7 a.m., before markets open, rather than in the afternoon', 'the detector ends reported content before a closing ", before …" clause, as other golden files do (a convention in conflict); this file keeps it'],
  ['forest-logging-permit.txt|felling would begin in September, after the bird-nesting season', 'the detector ends reported content before a closing ", after …" phrase that holds no number; this file keeps it'],
  ['hospital-nurse-whistleblower.txt|patients on some of its wards are being put at risk because too few nurses are rostered on night shifts', 'the lede\'s "A senior nurse at St Aldric’s Hospital says" is someone who works there, whom the detector leaves unnamed; this file gives the nurse named below as "a ward sister", which takes knowing that a ward sister is a nurse'],
  ['oil-tanker-sanctions.txt|it had requested urgent consular access to the crew', 'the detector keeps a closing ", 14 of whom are …" relative clause in the content (as with ", whose …", a convention in conflict); this file ends before it'],
  ['paralympic-team-funding.txt|purely commercial', 'a partial quote in a second predicate ("… before the government announced its cut and was «purely commercial»") goes to the nearer cue "announced", though its object is a noun and the quote is said of the decision'],
  ['chess-federation-election.md|she had written to the commission on Saturday night, before the count was announced, to report irregularities in the proxy forms', 'the detector ends reported content before ", before the count was announced,", though the clause goes on after it ("to report …"); this file keeps the whole'],
  ['football-stadium-racism-fine.txt|under active consideration', '"A league spokesman" finds no body: the text\'s league is the "Velland Premier Division", whose last word the detector reads as a military division, not a league'],
  ['football-stadium-racism-fine.txt|any change would need the approval of all 18 clubs', 'as above'],
  ['mayor-resigns-live-blog.txt|a by-election must be held within 60 days of the vacancy', '"According to the council": the text calls the body only "the city council"; this file gives it a name the text never writes ("Eskerby City Council")'],
  ['pharmacy-chain-data-hack.txt|Verdell had three weeks to pay and chose to ignore us. Every day of silence now costs its customers, not us,', '"the message said" is the hacking group\'s message; the group is introduced only as "A group known as «Black Lantern»", a quoted name the registry does not read'],
  ['pharmacy-chain-data-hack.txt|the full set of files would be published on May 21 unless it was paid', 'as above ("It demanded … and said" after the message; the detector takes the pharmacy, the last body named)'],
  ['space-station-leak.txt|We are not in any danger', 'the headline\'s "— Halcyon commander" resolves forward to the first person named as a speaker (the flight director), not to the commander named later'],
  ['airline-bankruptcy-stranded.txt|Budget carrier Alderwing Air ceased trading early on Wednesday, grounding all nine of its aircraft and leaving an estimated 38,000 passengers abroad without a flight home', 'an inverted cue with a plural role before the name ("…, said administrators Haskett Brume.") is not read as an attribution'],
  ['airline-bankruptcy-stranded.txt|the departure boards still showed Alderwing flights as delayed on Wednesday afternoon', '"They said" after "Other families at the airport told CWS …" goes to the outlet they told, not to the unnamed families'],
  ['coal-plant-closure-vote.txt|he had not yet applied for the retraining scheme', '"Kessing Ridge, known locally as …" opening a sentence is read as a person\'s name, so "the 54-year-old" finds it before Tobiah Renk, "a 54-year-old turbine fitter"'],
  ['shipping-canal-toll-hike.txt|absorb what we can', '"he said" after "Dario Kalvos, 61, chairman of Orenza Maritime, struck a more measured tone. Speaking at …, he said": the sentence\'s subject behind two appositions is not read, so "he" takes the last body named'],
  ['shipping-canal-toll-hike.txt|a surcharge on its northern routes had not been ruled out', 'as above'],
  ['border-guard-shooting.txt|the guard, a 31-year-old corporal with nine years\' service, had been moved to desk duties while the shooting was investigated', '"The commander said" finds no one: the text\'s commander is introduced as "the regional border police commander, Ivo Radanek", a role the registry does not give him; cause not fully read'],
  ['ferry-fleet-renewal.txt|more times than I can count', 'a partial quote after "had heard promises of new ships before" takes the noun "promises" as its cue, not "said"'],
  ['glass-factory-closure.txt|heartbroken', '"they said" after "Members of the Aubrel family did not attend …" goes to the outlet named last, not to the family'],
  ['glass-factory-closure.txt|it would challenge the layoffs in court', '"said it would challenge … and called a one-day strike": the second verb, not a reporting one, stays in the content'],
  ['lighthouse-museum-opening.txt|My father would have hated the fuss,', '"Aldane told" after "Marit Aldane, 68, whose father Henrik Aldane was …": the surname goes to the Aldane named last, the father named in her relative clause'],
  ['lighthouse-museum-opening.txt|But he’d have checked the lens was clean before he let anyone up the stairs.', 'as above'],
  ['lighthouse-museum-opening.txt|she had spent the first nineteen years of her life in the keeper’s cottage and had done her homework at the kitchen table while her father wound the clockwork overhead', 'as above'],
  ['mayor-budget-press-conference.md|the reserves would fall below the legal minimum by 2029', '"City Treasurer Malik Ferreira-Holm told the finance committee …" inside a reporter\'s question: the speaker is left unresolved; cause not fully read'],
  ['museum-director-harassment.txt|I have never touched a colleague inappropriately, and I have never raised my voice in order to humiliate anyone', '"the statement said" after "In a statement released through his lawyer, Orvell, 61, denied …": the document\'s issuer is taken from the last person who spoke, not from the sentence before'],
  ['museum-director-harassment.txt|I am stepping down because the museum deserves calm, not because I accept a single one of these accusations.', 'as above'],
  ['pension-age-protest.md|the crowd was closer to 46,000', 'described bodies are named in title case ("Orlenburg Police"), as most golden files expect; this file keeps the text\'s lower case'],
  ['pension-age-protest.md|Sixty-seven is not a number on a spreadsheet. It is two more years of night shifts, two more years of heavy lifting, two more years of waiting for a retirement we have already paid for.', 'a Markdown block quote without quotation marks is not read as a quotation'],
  ['volcano-airport-ash.txt|text messages had been sent to every affected customer by 7 a.m', 'the detector keeps the last dot of "7 a.m." in the span, as other golden files do; this file ends before it'],
  ['basketball-coach-suspension.txt|Assistant coach Rui Almada will take charge for the five games', '"the club" is the Harwick Falcons, named only before "head coach" and as "Falcons president"; the detector does not read a team named by town and plural as a club'],
  ['court-noise-neighbour-feud.txt|a wall of noise that never stops', 'the lede\'s "he" is "the retired teacher next door", named as Declan Fosswick only later; the detector does not resolve a pronoun forward'],
  ['glacier-water-bottling.txt|it will take less than one percent of the summer runoff', 'the lede\'s "A start-up that wants to bottle meltwater" is named as Aurelith Springs only later; the detector does not resolve an indefinite description forward'],
  ['glacier-water-bottling.txt|The protection of our glaciers and our water resources is a matter of public interest that outweighs any single commercial project,', '"the regional government" after "the regional government of Upper Dravenland": the detector names a body "Regional Government" (another file names such a body "Government of Kestland", this one the place)'],
  ['glacier-water-bottling.txt|a first round of water samples taken last autumn showed no trace of industrial pollutants', '"According to the company": Aurelith Springs is never called a company by its name; the detector takes the campaign group Glacier Guard, the last body that is no public one'],
  ['night-train-revival.md|it would share the cost of a new platform at Osk East station', 'this file ends the claim before ", where …" (a convention in conflict between golden files)'],
  ['parliament-fishing-committee.md|the 2025 survey figures had been revised after publication', '"Your spokeswoman denied", asked of the witness from the Coastal Fisheries Board: the detector does not read "your" in a hearing as the addressed witness\'s body'],
  ['parliament-fishing-committee.md|he would not make a decision until the autumn stock survey was in', '"The minister said" is the Deputy Minister, the only minister in the hearing; the detector keeps a deputy apart from "the minister"'],
  ['pharmacy-robbery-spree.txt|The men took prescription painkillers and sedatives worth an estimated 40,000 crowns, as well as cash from the till, before escaping on a red moped', 'this file keeps ", before escaping …" in the claim (a convention in conflict between golden files)'],
  ['pharmacy-robbery-spree.txt|it would send every member a copy of its security leaflet, «Safe Behind the Counter», before the end of the month', 'this file keeps ", before the end of the month" after a title in the claim (a convention in conflict between golden files)'],
  ['solar-farm-sheep-grazing.txt|the arrangement would cut the farm’s maintenance bill by around a third', 'this file splits "said that A, and that B" into two claims; other golden files keep one (a convention in conflict between golden files)'],
  ['solar-farm-sheep-grazing.txt|the sheep had done no damage to the cabling during a six-week trial last autumn', 'as above: the second of two "that" clauses this file splits off'],
  ['volcano-scientists-trial.txt|complacency dressed up as science', 'the lede\'s "the state prosecutor" is "Prosecutor Anselm Drach" below; the detector does not match "state prosecutor" to the bare title and takes the first person named'],
  ['chess-olympiad-boycott.md|We cannot hold an Olympiad that tells one nation’s players to stay at home. That is not a team championship any more. It is a private party.', 'a block quotation attributed in the next paragraph by "… said it on Friday"; the detector reads "those words" so, not "it" (reading "it" so cost a held-out corpus a speaker), and credits the body the lede named'],
  ['lottery-jackpot-unclaimed.txt|Somebody out there is very rich and has no idea', 'the headline\'s "— lottery spokesman": the story\'s spokesman is "a spokesman for the operator", Lotto Veldmark, whose name holds no "lottery"; the detector leaves the role unresolved'],
  ['lottery-jackpot-unclaimed.txt|A record jackpot of 84.2 million thalers expired unclaimed at midnight on Tuesday, 180 days after the winning ticket was sold at a newsagent’s kiosk in this small spa town', 'the lede\'s "the national lottery operator" is named as Lotto Veldmark only in the next paragraph; the detector does not resolve a description forward'],
  ['mountain-tunnel-breakthrough.txt|a wedding of north and south#1', 'the headline\'s "— minister" is the Transport Minister quoted after the chief engineer; a headline\'s role looks ahead only to the first named speaker (looking past that speaker cost other files and three corpora)'],
  ['mountain-tunnel-breakthrough.txt|it would keep about 400 workers on site through the summer to widen the crossover caverns', '"The company said" after "The consortium, led by the engineering group Holtmann Bau,": the detector takes the group, a company by its class; this file the consortium'],
  ['ship-ballast-invasive-species.txt|An invasive mussel carried in the ballast tanks of cargo ships has spread to at least six estuaries on Orvane’s western coast, smothering native oyster beds and clogging the water intakes of two power stations', 'the lede\'s "the environment ministry" is named as the Ministry of Environment and Coastal Affairs only later; the detector names it by its description, "Environment Ministry"'],
  ['train-driver-fatigue-report.txt|one in five drivers had exceeded the legal limit of 60 hours a week at least once in the past 12 months', '"In its 140-page report, "Hours of Service …", the board said": the detector reads the title between commas as part of the subject and finds no speaker'],
  ['village-post-office-closure.txt|it would replace the branch with a mobile van calling at the village hall for two hours on Tuesday and Thursday mornings', '"The company said": Caldrey Post ends in "Post", a newspaper\'s word, so the detector never takes it for a company'],
  ['village-post-office-closure.txt|the consultation would open on Monday', '"A company spokesman said": as above; the detector takes the Upper Vales, read as a body after "Ostrey and the"'],
  ['airport-lost-luggage-crisis.md|it had warned the authority in February that the new belt was unreliable', '"said it had warned the authority … that …": the detector reports the inner warning\'s clause, this file the outer statement whole'],
  ['border-town-currency-shortage.txt|the central bank should keep larger cash reserves at branches near the frontier', '"The author of a 2021 study titled "…", she said …": an apposition with a title fronted before the pronoun; the detector finds no claim'],
  ['parliament-night-sitting-transcript.txt|Thank you, Mr Speaker. It is nearly midnight and the House is tired, so I will be brief, which may disappoint some Honourable Members opposite.\n\nThis Bill does three things. It requires every district council to publish a five-year building plan and to report against it each year. It caps rent increases on existing tenancies at inflation plus two percent. And it gives councils the power to buy land that has sat empty for more than seven years at its agricultural value, not its speculative value.\n\nMembers opposite have spent the evening telling the House that this Bill is an attack on property. It is not. It is an attack on empty land, and on the idea that a family should wait nine years for a council flat while a field on the edge of Wester Kell sits behind a fence waiting for its price to rise.', 'a turn running over two paragraphs with no "I" or "we" in them: the detector keeps unlabelled paragraphs with a turn only when they speak in the first person, so this turn ends at its first paragraph'],
  ['satellite-launch-failure.txt|the next Tarrow-2 launch, which had been scheduled for September, would be postponed until the investigation had reported its findings', '"The agency said": the detector takes the Ostrian Meteorological Service, a service and so an agency by class, which spoke last, before the Ostrian Space Agency'],
  ['wind-turbine-blade-failure.txt|A 40-metre blade broke off a turbine at the Harrowfell wind farm in southern Ostvaria late on Thursday and landed in a barley field about 200 metres from a farmhouse', 'the lede\'s "the operator" is named as Skelda Renewables only below; the detector does not resolve a role forward past the first named speaker'],
  ['wind-turbine-blade-failure.txt|the district council to commission an independent safety review of all three wind farms in the valley before any of the Vantor turbines are restarted', '"She asked the district council to …": "asked" is no cue of reported speech for the detector (other golden files leave "asked X to …" unlisted)'],
  ['bank-app-outage.txt|The outage began shortly after 6 a.m. and was not fully fixed until just before 3 p.m.', 'the last dot of "3 p.m." before an inverted cue: the detector ends the claim before it, as other golden files do (a convention in conflict between golden files)'],
  ['bank-app-outage.txt|the update had been rushed through to meet an internal deadline', '"Two Harbrook IT employees, who spoke on condition of anonymity, said": the detector credits the company named before the plural; this file no one'],
  ['bank-app-outage.txt|testers had raised concerns about it on Wednesday', 'as above: "They said" after the anonymous employees'],
  ['election-ballot-printing-error.txt|conspiracy talk', '"But she criticised what she called “…”": the quotation inside "what she called" after a verb of criticism is not read as hers'],
  ['hospital-parking-fines-refund.txt|61 per cent of the fines had been issued within 20 minutes of a driver entering the car park, before many visitors could have reached a pay machine', 'the claim this file expects with its ", before …" clause (a convention in conflict between golden files)'],
  ['stadium-roof-leak-match.txt|the club should have warned fans before kick-off that the roof was leaking', '"Another supporter, who did not want to be named, said the club should have warned fans before kick-off that …": the detector reads the inner "warned … that" as the claim'],
  ['stadium-roof-leak-match.txt|all 11,000 ticket holders would be refunded or offered a seat at the rearranged match', '"The club said" after a match between two clubs named together: the detector gives the pair; this file the home club'],
  ['tram-driver-heatstroke.txt|her office would extend its "Cool Rooms" scheme, which opens libraries and sports halls as cooling centres during heatwaves, to the city\'s tram and bus depots from Wednesday', 'the detector ends the claim at a quoted scheme name followed by ", which …"; this file keeps the relative clause and what follows it'],
  ['vaccine-study-findings.txt|protection was weaker in people over 80, although the numbers in that age group were small', 'what "the results suggested" (this file lists the clause, with its ", although …", as a finding, no claim); "suggested" is a cue for people, and the detector credits the university'],
  ['carnival-float-accident.txt|Three of the injured, including a nine-year-old girl, remain in a serious condition at St Aude’s Hospital in Vila Estrenha, 20 km inland', 'unseen batch, not yet worked on: not found'],
  ['cemetery-relocation-row.md|it speaks for more than 400 families with relatives in the cemetery', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['cemetery-relocation-row.md|a northern route would have meant demolishing 31 homes', 'unseen batch, not yet worked on: the detector\'s span differs: reported “a northern route would have meant demolishing 31 homes and that the c…”'],
  ['cemetery-relocation-row.md|least painful option', 'unseen batch, not yet worked on: the detector\'s span differs: reported “a northern route would have meant demolishing 31 homes and that the c…”'],
  ['honey-fraud-beekeepers.txt|before the autumn', 'unseen batch, not yet worked on: the detector names Ministry of Agriculture as the speaker'],
  ['hotel-fire-safety-trial.txt|he replaced every smoke detector on the third floor in January of last year', 'unseen batch, not yet worked on: not found'],
  ['ice-road-closure.txt|a crack like a rifle shot', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['mushroom-poisoning-outbreak.txt|officers had questioned, but not arrested, a 67-year-old forager who sold mushrooms at the market', 'unseen batch, not yet worked on: the detector\'s span differs: reported “officers had questioned”'],
  ['nuclear-waste-site-search.txt|the plateau’s aquifer supplied drinking water to 30,000 people downstream', 'unseen batch, not yet worked on: the detector names Anselm Kojo-Viertel as the speaker'],
  ['observatory-light-pollution.txt|all yard lights will be fully shielded and dimmed to thirty per cent after eleven at night', 'unseen batch, not yet worked on: the detector names Skarra Hill Observatory as the speaker'],
  ['observatory-light-pollution.txt|I moved here for the stars, and I can already read a newspaper in my garden at midnight.', 'unseen batch, not yet worked on: the detector names Priya Nandakumar as the speaker'],
  ['observatory-light-pollution.txt|I will move refusal. The observatory brings sixty researchers and about nine thousand visitors a year to this valley. Those are jobs too, and they were here first. Once the sky is gone, no planning condition will bring it back.', 'unseen batch, not yet worked on: not found'],
  ['observatory-light-pollution.txt|I have sympathy with that, but I cannot ignore 340 jobs in a district where the largest employer shed 600 last year. I would rather approve with a condition that the lights go off entirely between midnight and five.', 'unseen batch, not yet worked on: not found'],
  ['quarry-blasting-complaints.md|it is within its limits', 'unseen batch, not yet worked on: the detector names Ruddock Hill as the speaker'],
  ['radio-mast-health-fears.txt|Chair, I want to put on record that I live about 200 metres from the depot, and I have taken advice that this is not a prejudicial interest. I am also concerned that the operator met parents only once, in a car park, in December. I will be asking for a condition requiring quarterly readings to be published.', 'unseen batch, not yet worked on: not found'],
  ['river-ferry-cable-snap.txt|A cable ferry carrying 38 passengers drifted nearly two kilometres down the flooded River Vellarn on Tuesday after its guide cable snapped in mid-crossing, before running aground on a sandbank', 'unseen batch, not yet worked on: the detector\'s span differs: reported “A cable ferry carrying 38 passengers drifted nearly two kilometres do…”'],
  ['river-ferry-cable-snap.txt|No one was seriously hurt, though six passengers were treated for cuts and shock at Dunhollow General Hospital', 'unseen batch, not yet worked on: the detector\'s span differs: reported “No one was seriously hurt”'],
  ['river-ferry-cable-snap.txt|Vellarn Crossings of cutting maintenance staff at the two landings from six to three since 2028', 'unseen batch, not yet worked on: the detector names Ferry Workers\' Union as the speaker'],
  ['submarine-cable-cut.txt|the fault was detected within four minutes', 'unseen batch, not yet worked on: the detector names Select Committee On Infrastructure and Communications as the speaker'],
  ['submarine-cable-cut.txt|it has no access to live ship positions and relies on your authority to warn vessels away from the cable', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['airport-curfew-breach.txt|all three aircraft had declared a fuel emergency', 'unseen batch, not yet worked on: the detector names Tessel Air Navigation Services as the speaker'],
  ['airport-curfew-breach.txt|she had moved her two children into the cellar to sleep during August', 'unseen batch, not yet worked on: not found'],
  ['cable-car-rescue-night.txt|The cableway stopped at 7.52pm on Saturday when a drive wheel in the upper station failed', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['chess-club-eviction.txt|the first floor is needed for an expansion of the Mill Row food bank from September', 'unseen batch, not yet worked on: not found'],
  ['chess-club-eviction.txt|the only warm, quiet room in the ward for forty years', 'unseen batch, not yet worked on: the detector names Varrbridge Gazette as the speaker'],
  ['chess-club-eviction.txt|the sub-committee to find room for both uses', 'unseen batch, not yet worked on: the detector\'s span differs: quote “It was, and the review rated the first floor as low use on weekday da…”'],
  ['court-interpreter-shortage.txt|212 hearings were adjourned at Selmark last year for want of an interpreter', 'unseen batch, not yet worked on: not found'],
  ['court-interpreter-shortage.txt|the Agency of paying interpreters less than it pays the car park attendants at Selmark', 'unseen batch, not yet worked on: the detector names Selmark Evening Post as the speaker'],
  ['footbridge-closure-school-run.txt|it would run a free shuttle from the Old Quarter to both schools from Monday', 'unseen batch, not yet worked on: the detector\'s span differs: reported “two extra morning buses under its "Safe Steps to School" programme, a…”'],
  ['lighthouse-lens-theft.txt|there was no sign of forced entry', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['mountain-pass-toll.md|Forty-six crowns to go up a hill my grandfather walked over,', 'unseen batch, not yet worked on: the detector names Efisio Landolt-Nkemelu as the speaker'],
  ['mountain-pass-toll.md|he paid the toll twice a day and claimed it back from his employer at the end of the month', 'unseen batch, not yet worked on: the detector\'s span differs: reported “he paid the toll twice a day”'],
  ['prison-kitchen-food-poisoning.md|This was not bad luck. It was a chain of small failures that everyone in the building could see and nobody fixed,', 'unseen batch, not yet worked on: the detector names Dobrenko as the speaker'],
  ['prison-kitchen-food-poisoning.md|The blast chiller had been broken since Christmas. We were told to leave the trays on the counter overnight and serve them the next day,', 'unseen batch, not yet worked on: the detector names Emeka Raftery as the speaker'],
  ['prison-kitchen-food-poisoning.md|Nobody wanted the wing to kick off over a missed dinner.', 'unseen batch, not yet worked on: the detector names Emeka Raftery as the speaker'],
  ['prison-kitchen-food-poisoning.md|We inspect kitchens,', 'unseen batch, not yet worked on: the detector names Emeka Raftery as the speaker'],
  ['prison-kitchen-food-poisoning.md|but we are not there every night.', 'unseen batch, not yet worked on: the detector names Emeka Raftery as the speaker'],
  ['spa-town-water-contamination.txt|she would not bathe a baby in it', 'unseen batch, not yet worked on: the detector\'s span differs: reported “the same afternoon that she would not bathe a baby in it”'],
  ['vineyard-frost-insurance.txt|A two-night frost destroyed as much as 70 percent of the buds in Ardovia\'s Lesca valley this week', 'unseen batch, not yet worked on: not found'],
  ['vineyard-frost-insurance.txt|the country\'s biggest crop insurer of dragging its feet on claims', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['vineyard-frost-insurance.txt|members not to grub up damaged vines before an adjuster had seen them', 'unseen batch, not yet worked on: not found'],
  ['bus-depot-fire-arson.txt|switched off more often than on', 'unseen batch, not yet worked on: the detector names Halvard Mbatha as the speaker'],
  ['lift-operator-bankruptcy.md|would not comment further', 'unseen batch, not yet worked on: not found'],
  ['marathon-route-change.txt|cafes on the harbour front take as much on race day as in a normal fortnight', 'unseen batch, not yet worked on: not found'],
  ['meteor-fragment-ownership.txt|That would not pay for a new roof,', 'unseen batch, not yet worked on: the detector names Arvid Kastellan as the speaker'],
  ['organ-transplant-waiting-list.txt|the minister of announcing the same nurses three times in two years', 'unseen batch, not yet worked on: the detector\'s span differs: reported “the same nurses three times in two years”'],
  ['rail-signal-cable-theft.md|but a camera does not stop a man with a saw.', 'unseen batch, not yet worked on: the detector\'s cue is “reply”'],
  ['wine-cooperative-merger.txt|they were given four days to read a 90-page prospectus before the vote', 'unseen batch, not yet worked on: the detector names Maite Arrizabalaga-Kowal as the speaker'],
  ['zoo-bear-escape.txt|the night shift had been cut from two people to one in January', 'unseen batch, not yet worked on: not found'],
  ['bee-hive-theft-ring.txt|thefts typically rise in late spring as colonies grow stronger and easier to sell', 'unseen batch, not yet worked on: not found'],
  ['cable-car-price-row.txt|holding the upper town to ransom', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['coastal-railway-washout.md|before the end of January', 'unseen batch, not yet worked on: the detector names National Transport Ministry as the speaker'],
  ['coastal-railway-washout.md|Banerjee-Holt has stood on the platform at Porth Aveline three times for photographs,', 'unseen batch, not yet worked on: the detector names Irmgard Solheim-Adeyemi as the speaker'],
  ['coastal-railway-washout.md|He has never once walked the embankment.', 'unseen batch, not yet worked on: the detector names Irmgard Solheim-Adeyemi as the speaker'],
  ['concert-hall-acoustics-row.txt|a wet blanket', 'unseen batch, not yet worked on: the detector names Brasnik as the speaker'],
  ['concert-hall-acoustics-row.txt|a building for the next hundred years, not the next review', 'unseen batch, not yet worked on: the detector names Oona Marchetti as the speaker'],
  ['dairy-cooperative-fraud.md|answer every question in court', 'unseen batch, not yet worked on: the detector\'s cue is “denied”'],
  ['ferry-crew-pay-dispute.txt|cancellations caused by staffing had doubled since the spring', 'unseen batch, not yet worked on: the detector names Dagny Holmsen as the speaker'],
  ['glassworks-pension-gap.txt|she had turned the heating off in January because she could not be sure her pension would still be paid in the summer', 'unseen batch, not yet worked on: the detector names Ana Ilić-Harrow as the speaker'],
  ['harbour-crane-strike-vote.txt|exactly the attitude our members voted against', 'unseen batch, not yet worked on: the detector names Tomasz Hreidarsson as the speaker'],
  ['harbour-tunnel-leak.txt|We were pumping water out of that tunnel every night', 'unseen batch, not yet worked on: the detector names Corinne Vasarely as the speaker'],
  ['harbour-tunnel-leak.txt|water was seeping through its walls for at least four months before the crossing was abruptly closed on June 14', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['harbour-tunnel-leak.txt|off the radio', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['hospital-helipad-noise.md|a second landing site at the disused Selbury airfield is being considered for non-urgent transfers, but would not be ready before 2028', 'unseen batch, not yet worked on: the detector\'s span differs: reported “a second landing site at the disused Selbury airfield is being consid…”'],
  ['mine-rescue-training-death.txt|more realistic', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['mountain-refuge-fire.txt|They will rebuild it, and I will be there to light the stove,', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['river-festival-drowning.txt|Jonah went to Lantern Night every year from the time he could walk. He knew that river, and he respected it.\n\n“What he did not know, what none of us knew, was that the boat he had watched every summer had been sent home at nine o’clock.\n\n“I do not want another family to sit where we are sitting.', 'unseen batch, not yet worked on: the detector names Piet Haverkamp-Osei as the speaker'],
  ['salt-marsh-reclamation-row.txt|her insurer has refused to renew her home policy because of flooding last winter', 'unseen batch, not yet worked on: the detector names Desmond Falaise-Kruger as the speaker'],
  ['state-broadcaster-cuts.txt|managers had already drawn up lists of programmes to be dropped', 'unseen batch, not yet worked on: not found'],
  ['state-broadcaster-cuts.txt|They’re choosing between the farming hour and the children’s news,', 'unseen batch, not yet worked on: the detector names Dunmarrow Ledger as the speaker'],
  ['state-broadcaster-cuts.txt|That’s the conversation we’re having now.', 'unseen batch, not yet worked on: the detector names Dunmarrow Ledger as the speaker'],
  ['tram-ticket-price-freeze.txt|no substitute#2', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['tram-ticket-price-freeze.txt|a strike planned for March would go ahead', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['vineyard-worker-deaths.txt|Bruno Szabados, the estate\'s managing director, had promised the union in April that every cellar team would carry a gas detector this season', 'unseen batch, not yet worked on: the detector\'s span differs: reported “every cellar team would carry a gas detector this season”'],
  ['wind-turbine-ice-throw.md|The detection worked. The decision did not. Somebody, or some piece of software, looked at an icing alarm at seven minutes past eleven and decided the turbine could keep generating.\n\n«That is a commercial choice dressed up as a technical one. Every hour a turbine stands still in a cold snap is money lost.\n\n«I would like to know who made that choice, and on whose instructions.', 'unseen batch, not yet worked on: the detector names Pieter Lunde-Asante as the speaker'],
  ['ambulance-response-times-report.txt|Our data shows 212 handovers in January that took longer than four hours, out of roughly 6,000 at that site. So "routinely" is not the word I would use, but every one of those is a patient lying on a trolley in a corridor and a crew that cannot go to the next call.\n\nOur clinical review, "Every Minute Matters", found that at least 19 patients came to serious harm in January while they were waiting for an ambulance. Eleven of them were over 80.', 'unseen batch, not yet worked on: the detector\'s span differs: quote “Our data shows 212 handovers in January that took longer than four ho…”'],
  ['border-market-smuggling-raid.txt|officers kicked over his scales and refused to give their names', 'unseen batch, not yet worked on: the detector\'s span differs: reported “officers kicked over his scales”'],
  ['border-market-smuggling-raid.txt|the market had become a hub for organised smuggling', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['canal-lock-failure.md|prioritise what can be seen from the towpath', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['cathedral-organ-restoration-fund.txt|the donor had asked not to be named and had attached a single condition to the gift: that the organ be heard at the city’s free Saturday concerts at least twice a month', 'unseen batch, not yet worked on: the detector\'s span differs: reported “the donor had asked not to be named and had attached a single conditi…”'],
  ['cathedral-organ-restoration-fund.txt|Without him there would have been nothing left to restore,', 'unseen batch, not yet worked on: the detector names Benedikt Aurel as the speaker'],
  ['copper-theft-church-roofs.txt|scrap dealers to stop paying cash for roofing metal of any kind', 'unseen batch, not yet worked on: the detector names Radomir Fairclough as the speaker'],
  ['court-jury-tampering-case.txt|the man had come back two days later and pushed an envelope through her letterbox', 'unseen batch, not yet worked on: the detector names Ileana Dravecka as the speaker'],
  ['court-jury-tampering-case.txt|Duarte is a father of three who has never been in trouble in his life, and he looks forward to clearing his name,', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['dam-reservoir-drought-levels.txt|the government would decide by Friday whether to impose the first nationwide hosepipe ban in 14 years', 'unseen batch, not yet worked on: not found'],
  ['dam-reservoir-drought-levels.txt|sacrifice drinking water for fish', 'unseen batch, not yet worked on: the detector names Environment Ministry as the speaker'],
  ['hospital-laundry-contract-fraud.md|he had written twice to the provincial health minister, Jovan Castellari, about the state of the ward linen in 2021', 'unseen batch, not yet worked on: the detector names Sunniva Okafor-Lindahl as the speaker'],
  ['hospital-laundry-contract-fraud.md|Twice, and not a line back,', 'unseen batch, not yet worked on: the detector names Sunniva Okafor-Lindahl as the speaker'],
  ['hospital-laundry-contract-fraud.md|If you pay for clean, you have to check for clean,', 'unseen batch, not yet worked on: the detector names Morvallen Hospitals Board as the speaker'],
  ['hospital-laundry-contract-fraud.md|We paid for six years and checked for none of them.', 'unseen batch, not yet worked on: the detector names Morvallen Hospitals Board as the speaker'],
  ['ice-cream-factory-listeria.txt|every affected product had been withdrawn from sale by 9 June', 'unseen batch, not yet worked on: the detector names Harl and District Environmental Health as the speaker'],
  ['rail-bridge-rust-report.txt|closure of the viaduct to heavy trains had been recommended internally as early as November', 'unseen batch, not yet worked on: the detector names Lodovian State Railways as the speaker'],
  ['rail-bridge-rust-report.txt|About 60 freight trains a week, most of them carrying timber and potash to the port of Velsund, will now have to take a 190-km detour through Amsel Junction', 'unseen batch, not yet worked on: the detector names Civic Union as the speaker'],
  ['seaside-pier-closure.txt|for a matter of weeks', 'unseen batch, not yet worked on: the detector names Dunmore Kahle Associates as the speaker'],
  ['seaside-pier-closure.txt|they were given two hours\' notice to clear their stalls', 'unseen batch, not yet worked on: the detector names Conall Dunleavy as the speaker'],
  ['seaside-pier-closure.txt|My father fished off that pier for fifty years and I learned to swim beside it. If it is beyond saving, tell us so honestly, and let the town have a say in what replaces it.', 'unseen batch, not yet worked on: the detector names Marguerite Oyelaran-Bliss as the speaker'],
  ['ski-lift-inspection-ban.txt|the inspectorate gave the resort less than 24 hours\' notice before the order took effect', 'unseen batch, not yet worked on: the detector names Lorenz Abiodun-Kraft as the speaker'],
  ['ski-lift-inspection-ban.txt|the regional government to pay compensation to businesses in Sankt Ormen for every week the lift stays shut', 'unseen batch, not yet worked on: the detector names Lorenz Abiodun-Kraft as the speaker'],
  ['sports-stadium-fire-inspection.txt|Everybody on the north side knew about that gate,', 'unseen batch, not yet worked on: the detector names Pieter Oyarzábal as the speaker'],
  ['sports-stadium-fire-inspection.txt|You learned to walk round it.', 'unseen batch, not yet worked on: the detector names Pieter Oyarzábal as the speaker'],
  ['village-post-office-reopening.txt|footfall at many of them had fallen below 30 customers a day', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['wind-farm-bird-deaths.txt|More than 340 dead seabirds have washed ashore on a 12-km stretch of the Tarrow coast since the Skallen Bank offshore wind farm began full operation in January', 'unseen batch, not yet worked on: the detector names nobody as the speaker'],
  ['wine-festival-cancelled-drought.md|the committee had costed a smaller version of the event, with fewer stalls and no grape-treading contest, but concluded that even that would leave the town 400,000 drava short', 'unseen batch, not yet worked on: the detector\'s span differs: reported “the committee had costed a smaller version of the event, with fewer s…”'],
  ['wine-festival-cancelled-drought.md|no acquisition strategy', 'unseen batch, not yet worked on: the detector names Corvella Harvest Festival as the speaker'],
  ['wine-festival-cancelled-drought.md|every purchase had been made at the seller\'s request', 'unseen batch, not yet worked on: the detector names Corvella Harvest Festival as the speaker'],
]);

/**
 * Detections an expected file does not list, where the file is silent rather than wrong by its
 * conventions (`document|detected text` → why). The extra is allowed while it is detected; the
 * test fails once it no longer is, so the list stays true.
 */
const knownExtras: ReadonlyMap<string, string> = new Map([
  ['vaccine-study-findings.txt|protection was weaker in people over 80, although the numbers in that age group were small', 'the listed non-claim reported (see knownDisagreements)'],
  ['festival-crush-inquiry.txt|he had been given a radio', 'the clause before a list whose last item is a partial quote (“a radio, a high-visibility vest and “about ten minutes of training””): the list\'s first comma is read as a clause break, as it is not when words follow the "and"'],
  ['pension-fund-lawsuit.txt|broke the fund\'s own rules', 'the listed non-claim reported (see knownDisagreements)'],
  ['rural-broadband-row.txt|superfast-ready', 'the listed non-claim reported (see knownDisagreements)'],
  ['bank-ceo-resigns.txt|he had not known about the accounts', 'the claim this file expects with "but accepted responsibility …" (see knownDisagreements)'],
  ['factory-fire-inquest.txt|the authority would send its guidance', 'the claim and the title this file expects as one claim (see knownDisagreements)'],
  ['factory-fire-inquest.txt|Fire Safety in Small Manufacturing Premises', 'the claim and the title this file expects as one claim (see knownDisagreements)'],
  ['lighthouse-keeper-feature.md|local residents to share photographs and logbooks from the station’s keepers, some of which date back to the 1870s', 'the claim this file ends before ", some of which …" (see knownDisagreements)'],
  ['university-cheating-scandal.txt|he had reported his concerns to his head of department on 2 May', 'the claim this file expects with "and heard nothing for a week" (see knownDisagreements)'],
  ['film-festival-boycott.txt|sponsors had never before been a cause of protest at Lantern Bay, where bank and airline logos have hung over the red carpet for decades', 'the claim this file ends before ", where" (see knownDisagreements)'],
  ['nobel-like-prize.txt|she would use part of the money to fund scholarships for students from rural Vellmark, where she grew up', 'the claim this file ends before ", where" (see knownDisagreements)'],
  ['whistleblower-bank-hearing.txt|him of breaching his employment contract and has begun legal proceedings against him', 'the charge this file ends before "and has begun" (see knownDisagreements)'],
  ['court-libel-verdict.txt|the size of the award would have a "chilling effect" on smaller publications', 'the claim around the partial quotation this file expects alone (see knownDisagreements)'],
  ['op-ed-rebuttal.txt|the figures Vardahl used ended in January', 'the claim this file expects with its ", before …" clause (see knownDisagreements)'],
  ['mountain-village-exodus.txt|the council had neglected the outlying hamlets, where some roads are still unpaved', 'the claim this file ends before ", where" (see knownDisagreements)'],
  ['bank-fine-regulator.txt|legacy clients', 'the partial quotation inside the claim this file expects (see knownDisagreements)'],
  ['chemical-plant-fire-evacuation.md|Solvent Storage at Upper-Tier Sites', 'a report’s title in apposition before "but Verity told …" is read as a quotation he gave'],
  ['data-leak-patients.txt|she had alerted the firm on April 2', 'the first part of the claim this file expects (see knownDisagreements)'],
  ['data-leak-patients.txt|PulseLedger will remain available to existing users while the investigation runs', 'the claim this file expects, ended at ", but" as most files do (see knownDisagreements)'],
  ['theatre-reopening-review.txt|At least four other theatres in the region', 'the subject before a parenthetical "she said," whose partial quotation follows is reported as a claim of its own'],
  ['coroner-river-drowning.txt|the group had jumped from the wall “loads of times” the previous summer', 'the claim around the partial quotation this file expects alone (see knownDisagreements)'],
  ['wine-region-frost.txt|the family would not sell the estate, whose best red is sold as “Côte des Merles” in restaurants as far away as the capital', 'the claim this file ends before ", whose" (see knownDisagreements)'],
  ['earnings-call-shares-fall.txt|sales rose 9 percent in the quarter and now account for almost a fifth of revenue', 'the claim this file expects with "online" (see knownDisagreements)'],
  ['election-debate-clash.txt|a low turnout could favour Dervell, whose voters tend to be older', 'the claim this file expects, with the relative clause after it (see knownDisagreements)'],
  ['lottery-committee-hearing.txt|payout fault was kept quiet for five months', 'a headline\'s own reported claim ("Lottery chief admits …"); the conventions name headline quotes only, and this file leaves it out'],
  ['coalition-collapse.md|Orvaly would meet the leaders of all parliamentary parties on Wednesday', 'the "and" in "on Wednesday and Thursday “to establish …”" is read as joining a second predicate, leaving a clause this file does not list'],
  ['pharmacy-closures.txt|the dispensing fee had not risen since 2017', 'the first clause of the one claim this file expects (see knownDisagreements)'],
  ['rent-control-vote.txt|the vote marked "a turning point" for renters in the city', 'the clause around the partial quotation this file expects (see knownDisagreements)'],
  ['bank-merger-talks.txt|merger talks as union warns on jobs', 'as above, and read wrongly: "confirm merger talks" has no clause'],
  ['hospital-cyberattack.txt|other hospitals using the same records software were at risk and that they should disconnect it from the internet until a patch was released', 'the one claim the two expected ones make (see knownDisagreements)'],
  ['housing-eviction-protest.txt|them to leave by the end of August so that the 1960s blocks can be demolished to make way for a redevelopment scheme known as ‘Larkhill Reimagined’', '"telling them to leave" reports an instruction, which the conventions label ("X told Y to Z"); this file leaves it out as the landlord\'s act'],
  ['central-bank-leak-inquiry.txt|the leak had cost pension funds', 'the clause before the partial quotes (“real money”, “a handful of …”), which this file leaves out as the README\'s partial-quote rule says'],
  ['central-bank-leak-inquiry.txt|its next rate decision, due on Dec 10, would be published at 7 a.m.', 'the shorter span of the claim listed in knownDisagreements'],
  ['forest-logging-permit.txt|felling would begin in September', 'the shorter span of the claim listed in knownDisagreements'],
  ['oil-tanker-sanctions.txt|it had requested urgent consular access to the crew, 14 of whom are Ostranian citizens', 'the longer span of the claim listed in knownDisagreements'],
  ['chess-federation-election.md|she had written to the commission on Saturday night', 'the shorter span of the claim listed in knownDisagreements'],
  ['glass-factory-closure.txt|it would challenge the layoffs in court and called a one-day strike for Friday', 'the longer span of the claim listed in knownDisagreements'],
  ['lighthouse-museum-opening.txt|cost 6.8 million crowns', '"that its owners say cost …": a relative clause\'s cue with its object missing is read as reporting; cause not fully read'],
  ['volcano-airport-ash.txt|text messages had been sent to every affected customer by 7 a.m.', 'the span with the abbreviation\'s last dot (see knownDisagreements)'],
  ['ice-rink-roof-inquiry.txt|he raised roof fears two years before collapse', 'a headline in reported speech ("Rink inspector tells inquiry he …"), which this file does not list'],
  ['night-train-revival.md|it would share the cost of a new platform at Osk East station, where the sleeper will terminate until the main station’s roof is repaired', 'the claim this file ends before ", where" (see knownDisagreements)'],
  ['night-train-revival.md|Six strangers in a compartment built for four', 'the subject of a sentence whose predicate is the quotation ("…, she said, was “…”"), which this file lists only as the quote'],
  ['pharmacy-robbery-spree.txt|The men took prescription painkillers and sedatives worth an estimated 40,000 crowns, as well as cash from the till', 'the claim this file expects with its ", before …" clause (see knownDisagreements)'],
  ['pharmacy-robbery-spree.txt|it would send every member a copy of its security leaflet, «Safe Behind the Counter»', 'the claim this file expects with its ", before …" clause (see knownDisagreements)'],
  ['solar-farm-sheep-grazing.txt|the arrangement would cut the farm’s maintenance bill by around a third, and that the sheep had done no damage to the cabling during a six-week trial last autumn', 'the two claims this file splits (see knownDisagreements)'],
  ['airport-lost-luggage-crisis.md|the new belt was unreliable', 'the inner warning\'s clause, where this file expects the whole statement (see knownDisagreements)'],
  ['parliament-night-sitting-transcript.txt|this Bill is an attack on property', 'what members opposite were "telling the House", inside the minister\'s turn, which this file does not list'],
  ['parliament-night-sitting-transcript.txt|I give way to the Honourable Member for Eastmere South.', 'a procedural turn ("I give way"), which this file does not list'],
  ['parliament-night-sitting-transcript.txt|As many as are of that opinion', 'the Speaker\'s call of the division ("say Aye") read as reported speech'],
  ['river-cruise-ship-grounding.md|brings more than 400 cruise calls to the town', '"which she said brings …" in a relative clause, which this file does not list'],
  ['parliament-night-sitting-transcript.txt|Thank you, Mr Speaker. It is nearly midnight and the House is tired, so I will be brief, which may disappoint some Honourable Members opposite.', 'the minister\'s first paragraph alone, where this file continues the turn over two more paragraphs (see knownDisagreements)'],
  ['ferry-captain-drunk-trial.txt|the company had known about for weeks', '"which he said the company had known about for weeks": a relative clause\'s object gap, which this file leaves out'],
  ['hospital-parking-fines-refund.txt|61 per cent of the fines had been issued within 20 minutes of a driver entering the car park', 'the claim this file expects with its ", before …" clause (see knownDisagreements)'],
  ['stadium-roof-leak-match.txt|the roof was leaking', 'the inner warning\'s clause (see knownDisagreements)'],
  ['tram-driver-heatstroke.txt|her office would extend its "Cool Rooms" scheme', 'the claim this file expects with its relative clause (see knownDisagreements)'],
  ['cemetery-relocation-row.md|a northern route would have meant demolishing 31 homes and that the chosen line was the «least painful option»', 'unseen batch, not yet worked on: the span differs from the expected “a northern route would have meant demolishing 31 homes”'],
  ['mushroom-poisoning-outbreak.txt|officers had questioned', 'unseen batch, not yet worked on: the span differs from the expected “officers had questioned, but not arrested, a 67-year-old forager who …”'],
  ['river-ferry-cable-snap.txt|A cable ferry carrying 38 passengers drifted nearly two kilometres down the flooded River Vellarn on Tuesday after its guide cable snapped in mid-crossing', 'unseen batch, not yet worked on: the span differs from the expected “A cable ferry carrying 38 passengers drifted nearly two kilometres do…”'],
  ['river-ferry-cable-snap.txt|No one was seriously hurt', 'unseen batch, not yet worked on: the span differs from the expected “No one was seriously hurt, though six passengers were treated for cut…”'],
  ['airport-curfew-breach.txt|Of course. Apologies.', 'unseen batch, not yet worked on: the file does not list this quote (speaker Anders Pellucci, cue :)'],
  ['fishing-harbour-ice-plant.txt|from other members', 'unseen batch, not yet worked on: the file does not list this reported (speaker nobody, cue heard)'],
  ['footbridge-closure-school-run.txt|two extra morning buses under its "Safe Steps to School" programme, and the local operator, Varn Valley Coaches, said it would run a free shuttle from the Old Quarter to both schools from Monday', 'unseen batch, not yet worked on: the span differs from the expected “it would run a free shuttle from the Old Quarter to both schools from…”'],
  ['mountain-pass-toll.md|he paid the toll twice a day', 'unseen batch, not yet worked on: the span differs from the expected “he paid the toll twice a day and claimed it back from his employer at…”'],
  ['mountain-pass-toll.md|it back from his employer at the end of the month', 'unseen batch, not yet worked on: the span differs from the expected “he paid the toll twice a day and claimed it back from his employer at…”'],
  ['spa-town-water-contamination.txt|the same afternoon that she would not bathe a baby in it', 'unseen batch, not yet worked on: the span differs from the expected “she would not bathe a baby in it”'],
  ['national-archive-leak.txt|were not due to be opened until 2039 ended up on a news website', 'unseen batch, not yet worked on: the file does not list this reported (speaker nobody, cue telling)'],
  ['organ-transplant-waiting-list.txt|the same nurses three times in two years', 'unseen batch, not yet worked on: the span differs from the expected “the minister of announcing the same nurses three times in two years”'],
  ['zoo-bear-escape.txt|not to speak to the press', 'unseen batch, not yet worked on: the file does not list this reported (speaker nobody, cue told)'],
  ['harbour-tunnel-leak.txt|if the joint was not sealed', 'unseen batch, not yet worked on: the file does not list this reported (speaker Ingrid Tavares, cue warned)'],
  ['hospital-helipad-noise.md|a second landing site at the disused Selbury airfield is being considered for non-urgent transfers', 'unseen batch, not yet worked on: the span differs from the expected “a second landing site at the disused Selbury airfield is being consid…”'],
  ['vineyard-worker-deaths.txt|every cellar team would carry a gas detector this season', 'unseen batch, not yet worked on: the span differs from the expected “Bruno Szabados, the estate\'s managing director, had promised the unio…”'],
  ['ambulance-response-times-report.txt|Our data shows 212 handovers in January that took longer than four hours, out of roughly 6,000 at that site. So "routinely" is not the word I would use, but every one of those is a patient lying on a trolley in a corridor and a crew that cannot go to the next call.', 'unseen batch, not yet worked on: the span differs from the expected “Our data shows 212 handovers in January that took longer than four ho…”'],
  ['border-market-smuggling-raid.txt|officers kicked over his scales', 'unseen batch, not yet worked on: the span differs from the expected “officers kicked over his scales and refused to give their names”'],
  ['cathedral-organ-restoration-fund.txt|the donor had asked not to be named and had attached a single condition to the gift', 'unseen batch, not yet worked on: the span differs from the expected “the donor had asked not to be named and had attached a single conditi…”'],
  ['newspaper-printing-plant-closure.md|the closure in January', 'unseen batch, not yet worked on: the file does not list this reported (speaker Kessendorf Media, cue announced)'],
  ['rural-bus-route-axed.txt|Item 5: Proposed withdrawal of bus service 41 (Fellwick – Carra Bridge – Lower Brannock', 'unseen batch, not yet worked on: the file does not list this reported (speaker Kettleby Cross, cue —)'],
  ['rural-bus-route-axed.txt|the committee writes to the cabinet member for transport before 30 April', 'unseen batch, not yet worked on: the file does not list this reported (speaker Fellwick Primary School, cue agreed)'],
  ['wine-festival-cancelled-drought.md|the committee had costed a smaller version of the event, with fewer stalls and no grape-treading contest', 'unseen batch, not yet worked on: the span differs from the expected “the committee had costed a smaller version of the event, with fewer s…”'],
  ['wine-festival-cancelled-drought.md|even that would leave the town 400,000 drava short', 'unseen batch, not yet worked on: the span differs from the expected “the committee had costed a smaller version of the event, with fewer s…”'],
]);

function documentsIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort();
}

function describeClaim(claim: { kind: string; text: string; speaker: string | null; cue: string | null }): string {
  const text = claim.text.length > 48 ? `${claim.text.slice(0, 47)}…` : claim.text;
  return `${claim.kind} “${text.replace(/\s+/g, ' ')}” by ${claim.speaker ?? 'nobody'} (cue ${claim.cue ?? 'none'})`;
}

describe('detector golden files (test/fixtures/detect)', () => {
  const documents = documentsIn(fixtures);

  it('has an expected file for every fixture document', () => {
    assert.ok(documents.length >= 8, `only ${documents.length} fixture documents found in ${fixtures}`);
    for (const document of documents) {
      const expected = expectedFileOf(document);
      assert.ok(readdirSync(fixtures).includes(expected), `${expected} is missing`);
    }
  });

  for (const document of documents) {
    describe(document, () => {
      const source = readFileSync(join(fixtures, document), 'utf8');
      const expected = expectedClaimsOf(join(fixtures, document));
      const detections = detectClaims(source, { format: document.endsWith('.md') ? 'markdown' : 'plain' });
      const sameClaim = (d: Detection, e: ExpectedClaim) => d.kind === e.kind && d.text === e.text;

      for (const [index, claim] of expected.entries()) {
        // The same words twice (a headline repeating the body): the n-th expected is the n-th detected,
        // and "file|text#n" lists a disagreement of the n-th alone.
        const occurrence = expected.slice(0, index).filter((e) => !e.absent && e.kind === claim.kind && e.text === claim.text).length;
        const known = knownDisagreements.get(`${document}|${claim.text}#${occurrence + 1}`) ?? knownDisagreements.get(`${document}|${claim.text}`);
        const title =
          (claim.absent ? `does not report ${describeClaim(claim)}` : `finds ${describeClaim(claim)}`) +
          (known ? ` [known disagreement, pending until fixed: ${known}]` : '');
        it(title, function () {
          const found = detections.filter((d) => sameClaim(d, claim))[claim.absent ? 0 : occurrence];
          const agrees = claim.absent
            ? found === undefined
            : found !== undefined && found.speaker === claim.speaker && found.cue === claim.cue;
          if (!agrees && known) this.skip(); // pending: see knownDisagreements
          assert.ok(!(agrees && known), 'fixed: take this claim out of knownDisagreements');
          if (claim.absent) {
            assert.equal(found, undefined, `reported ${found && describeClaim(found)}`);
            return;
          }
          assert.ok(found, `not found; the detector reported:\n  ${detections.map(describeClaim).join('\n  ')}`);
          assert.deepEqual({ speaker: found.speaker, cue: found.cue }, { speaker: claim.speaker, cue: claim.cue });
        });
      }

      it('reports nothing beyond the expected claims, each span holding its text', () => {
        const unexpected = detections.filter((d) => !expected.some((e) => !e.absent && sameClaim(d, e)));
        const extrasListed = [...knownExtras.keys()].filter((key) => key.startsWith(`${document}|`));
        for (const key of extrasListed) assert.ok(unexpected.some((d) => `${document}|${d.text}` === key), `no longer detected: take ${key} out of knownExtras`);
        assert.deepEqual(unexpected.filter((d) => !knownExtras.has(`${document}|${d.text}`)).map(describeClaim), []);
        for (const d of detections) assert.equal(source.slice(d.start, d.end), d.text);
      });
    });
  }

  it('lists only disagreements that belong to an expected claim', () => {
    const claims = new Set<string>();
    for (const document of documents) {
      const expected = expectedClaimsOf(join(fixtures, document));
      for (const [index, claim] of expected.entries()) {
        claims.add(`${document}|${claim.text}`);
        claims.add(`${document}|${claim.text}#${expected.slice(0, index + 1).filter((e) => !e.absent && e.kind === claim.kind && e.text === claim.text).length}`);
      }
    }
    for (const key of knownDisagreements.keys()) assert.ok(claims.has(key), `${key} is not an expected claim`);
  });
});
