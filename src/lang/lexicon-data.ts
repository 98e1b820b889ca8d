/**
 * The concept lexicon: one concept a line, `id | English | Hindi | Bengali | romanized Hindi/Bengali`,
 * forms separated by commas; a form may be several words. An id starting with @ is a named entity
 * (a place, an institution, a people), which weighs more in a question than a common word. `id>parent`
 * names the broader concept it is a kind of (@protonmail>email, @maharashtra>state): a passage that
 * names it also speaks of its parent, so "which email service" finds ProtonMail.
 * Forms are base forms: inflections are left to the stemmers. Keep it broad and about the domain,
 * never about particular questions; review additions against every column.
 */
export const LEXICON = `
# incidents and cyber security
attack | attack, assault, strike, raid | हमला, अटैक, आक्रमण, प्रहार | হামলা, হানা, আক্রমণ, অ্যাটাক | hamla, humla, hamle, akraman, akromon
cyberattack>attack | cyberattack, cyber attack | साइबर हमला, साइबर अटैक | সাইবার হামলা, সাইবার হানা, সাইবার অ্যাটাক | cyber hamla
hack | hack, hacked, hacking, breach, intrusion, compromise | हैक, सेंध, सेंधमारी | হ্যাক, হ্যাকিং | hack, hak
hacker | hacker, attacker, intruder, cybercriminal | हैकर, हमलावर, साइबर अपराधी | হ্যাকার, হামলাকারী, আক্রমণকারী | hacker, hamlawar, hamlakari
malware | malware, virus, trojan, worm, spyware | मालवेयर, वायरस, ट्रोजन | ম্যালওয়্যার, ভাইরাস | malware
ransomware>malware | ransomware | रैनसमवेयर | র‍্যানসমওয়্যার, র্যানসমওয়্যার | ransomware
phishing | phishing, spoofing, scam email | फिशिंग | ফিশিং | phishing
leak | leak, leaked, exposure, exposed | लीक, उजागर | ফাঁস, লিক | leak, faas, phash
steal | steal, stole, stolen, theft, loot, exfiltrate, siphon, siphoned | चोरी, चुराना, चुराया, लूट, उड़ाना, उड़ाए, उड़ा लिए | চুরি, হাতানো, হাতিয়ে, লুট | chori, churaya, churi, hatano
ransom>demand | ransom, extortion, ransom demand | फिरौती, रंगदारी | মুক্তিপণ, পণ | firauti, phirauti, muktipon
demand | demand, demanded, ask for, want, wanted, seek, sought | मांग, मांगना, मांगे, चाहना | দাবি, চাওয়া, চাইছে, চাই | maang, mang, maange, mange, dabi, chaiche
negotiate | negotiate, negotiation, talks, bargain, deal | बातचीत, मोलभाव, समझौता, नेगोशिएशन | আলোচনা, দরদাম, নেগোশিয়েশন, সমঝোতা | baatcheet, negotiation
threat | threat, threaten, risk, danger | खतरा, धमकी, जोखिम | হুমকি, ঝুঁকি, বিপদ | khatra, dhamki, humki
encrypt | encrypt, encrypted, encryption, lock, locked | एन्क्रिप्ट, एन्क्रिप्शन, लॉक | এনক্রিপ্ট, এনক্রিপশন, লক | encrypt
decrypt | decrypt, decryption, unlock, key | डिक्रिप्ट, अनलॉक | ডিক্রিপ্ট, আনলক | decrypt
password | password, credential, login | पासवर्ड, लॉगिन | পাসওয়ার্ড, লগইন | password
account | account, profile, handle | अकाउंट, खाता, हैंडल | অ্যাকাউন্ট, হ্যান্ডেল | account, khata
email | email, e-mail, mail, mailbox | ईमेल, मेल | ইমেল, ইমেইল, মেল, মেইল | email, mail
address | address, id | पता, एड्रेस, आईडी | ঠিকানা, অ্যাড্রেস, আইডি | pata, thikana, address
website | website, site, web page, portal | वेबसाइट, साइट, पोर्टल | ওয়েবসাইট, সাইট, পোর্টাল | website
server | server | सर्वर | সার্ভার | server, sarvar
computer | computer, pc, machine, terminal, desktop | कंप्यूटर, कम्प्यूटर | কম্পিউটার | computer
network | network, lan, connectivity | नेटवर्क | নেটওয়ার্ক | network
system | system, infrastructure | सिस्टम, प्रणाली, व्यवस्था | সিস্টেম, ব্যবস্থা | system
database | database | डेटाबेस, डाटाबेस | ডেটাবেস, ডাটাবেস | database
data | data, information, info, details, records, detail | डेटा, डाटा, जानकारी, सूचना, विवरण, ब्योरा, रिकॉर्ड | ডেটা, ডাটা, তথ্য, বিবরণ, রেকর্ড | data, jankari, tothyo, tottho
file | file, document, documents | फाइल, दस्तावेज | ফাইল, নথি | file
backup | backup, back-up, copy | बैकअप | ব্যাকআপ, ব্যাক-আপ | backup
software | software, application, app, program | सॉफ्टवेयर, ऐप, एप्लीकेशन | সফটওয়্যার, অ্যাপ | software
antivirus | antivirus, anti-virus, anti virus | एंटीवायरस, एंटी वायरस | অ্যান্টিভাইরাস | antivirus
security | security, safety, protection, secure | सुरक्षा, सिक्योरिटी | নিরাপত্তা, সুরক্ষা, সিকিউরিটি | suraksha, nirapotta
vulnerability | vulnerability, loophole, flaw, weakness, bug | खामी, कमजोरी, खामियां | দুর্বলতা, ত্রুটি, ফাঁক | kamjori
install | install, installed, deploy, set up | इंस्टाल, इंस्टॉल, लगाना, स्थापित | ইনস্টল, বসানো | install
restore | restore, recover, recovery, retrieve, revive, bring back | बहाल, रिकवर, वापस, बहाली | পুনরুদ্ধার, উদ্ধার, ফিরিয়ে | bahal, recover, uddhar
down | down, outage, offline, crash, crashed, shut, shutdown, halt, stalled | डाउन, ठप, बंद, ठप्प | ডাউন, বন্ধ, অচল | down, thap, bandh, bondho
disrupt | disrupt, disruption, affect, affected, impact, hit, hamper | प्रभावित, बाधित, असर | প্রভাবিত, ব্যাহত, প্রভাব, আক্রান্ত | prabhavit, badhit, asar, probhabito
damage | damage, harm, loss | नुकसान, क्षति, हानि, क्षतिग्रस्त | ক্ষতি, লোকসান, ক্ষতিগ্রস্ত | nuksan, khoti
dark-web | dark web, darknet, dark net | डार्क वेब | ডার্ক ওয়েব | dark web
internet | internet, online, web | इंटरनेट, ऑनलाइन | ইন্টারনেট, অনলাইন | internet, online
offline-mode | manual, manually, paper, offline mode | मैन्युअल, मैनुअल, कागज | ম্যানুয়াল, কাগজ | manual
digital | digital, electronic | डिजिटल, इलेक्ट्रॉनिक | ডিজিটাল, ইলেকট্রনিক | digital
cash>money | cash | नकद, नकदी, कैश | নগদ, ক্যাশ | nakad, nagad, nogod
cryptocurrency | cryptocurrency, crypto, bitcoin, crypto currency | क्रिप्टो करेंसी, क्रिप्टोकरेंसी, क्रिप्टो, बिटकॉइन | ক্রিপ্টোকারেন্সি, ক্রিপ্টো, বিটকয়েন | crypto
scan | scan, scanned, scanning, check, checked, audit, examine | स्कैन, जांच, जांचना | স্ক্যান, পরীক্ষা | scan
forensic | forensic, forensics | फोरेंसिक, फॉरेंसिक | ফরেনসিক | forensic
image | image, snapshot, mirror | इमेज, छवि | ইমেজ, ছবি | image
evidence | evidence, proof, clue, trace, lead | सबूत, साक्ष्य, सुराग | প্রমাণ, সূত্র, সাক্ষ্য | saboot, suraag, proman
origin | origin, source, root, behind, link, connection, hand, responsible, involvement | स्रोत, मूल, पीछे, हाथ, कनेक्शन | উৎস, পিছনে, যোগ, যোগসূত্র, হাত | srot, peeche, utso, pichone, jog
foreign | foreign, overseas, abroad, international, outside, foreigner, foreigners | विदेशी, विदेश, अंतरराष्ट्रीय, बाहरी | বিদেশি, বৈদেশিক, বহির্ভারতীয়, আন্তর্জাতিক | videshi, bideshi
suspect | suspect, suspected, suspicious, alleged | संदिग्ध, शक | সন্দেহভাজন, সন্দেহজনক, সন্দেহ | sandigdh, shak, sondeho
gang | gang, racket, network of criminals, syndicate, ring | गिरोह, गैंग | চক্র, গ্যাং | giroh, chokro
group | group, outfit | ग्रुप, समूह | গ্রুপ, গোষ্ঠী | group, samooh
state-actor | state-sponsored, state actor, spy, espionage, intelligence | जासूसी, जासूस, खुफिया | গুপ্তচর, গোয়েন্দা | jasoos, goenda
target | target, targeted, aim | निशाना, टारगेट, लक्ष्य | লক্ষ্য, টার্গেট, নিশানা | nishana, target
spread | spread, propagate, reach | फैलना, फैल | ছড়ানো, ছড়িয়ে | phailna, chorano
sell | sell, sold, sale, auction | बेचना, बेचा, बिक्री | বিক্রি, বেচা | bechna, becha, bikri
buy | buy, bought, purchase | खरीदना, खरीद | কেনা, কিনে | kharid, kena
search | search, searched, look up, browse | सर्च, खोज, खोजा | সার্চ, খোঁজ, অনুসন্ধান | search, khoj
times | times, occasions | बार, दफा | বার | baar, bar
hide | hide, hidden, secret, concealed, anonymous | छिपा, छिपे, गुप्त, छुपा | লুকানো, গোপন | chhipa, chupa, gopon
sensitive | sensitive, confidential | संवेदनशील, गोपनीय | সংবেদনশীল, স্পর্শকাতর, সেনসিটিভ, গোপনীয় | samvedansheel
personal | personal, private, individual | निजी, व्यक्तिगत | ব্যক্তিগত | niji, byaktigoto
identity | identity, identify, identified | पहचान | পরিচয়, শনাক্ত | pehchan, porichoy
block | block, blocked, ban, banned | ब्लॉक, रोक, प्रतिबंध | ব্লক, নিষিদ্ধ | block
warn | warn, warning, alert, advisory | चेतावनी, अलर्ट, सतर्क | সতর্ক, সতর্কতা, অ্যালার্ট | chetavni, alert, sotorko
sanitize | sanitize, sanitization, clean up, cleanup | सैनिटाइजेशन, सैनिटाइज, सफाई | স্যানিটাইজেশন, পরিষ্কার | sanitization
expert | expert, specialist, analyst, researcher | विशेषज्ञ, एक्सपर्ट | বিশেষজ্ঞ, এক্সপার্ট | visheshagya, bisheshoggo
@cert-in>agency | CERT-In, certin, computer emergency response team | सर्ट-इन, सीईआरटी-इन | সার্ট-ইন | cert-in
@nic>agency | NIC, national informatics centre | एनआईसी, राष्ट्रीय सूचना विज्ञान केंद्र | এনআইসি | nic
@protonmail>email | ProtonMail, proton mail | प्रोटोनमेल | প্রোটোনমেল | protonmail

# hospitals and health
hospital | hospital, medical centre, medical center | अस्पताल, हॉस्पिटल, चिकित्सालय | হাসপাতাল, হসপিটাল | aspatal, hospital, haspatal
@aiims>hospital | AIIMS, all india institute of medical sciences | एम्स, अखिल भारतीय आयुर्विज्ञान संस्थान | এইমস, অল ইন্ডিয়া ইনস্টিটিউট অফ মেডিক্যাল সায়েন্সেস | aiims, ems
patient>person | patient, patients | मरीज, रोगी, पेशेंट | রোগী, পেশেন্ট, পেইশেন্ট | mareez, marij, rogi, patient
doctor>person | doctor, physician, surgeon | डॉक्टर, चिकित्सक | ডাক্তার, চিকিৎসক | doctor, daktar
nurse | nurse | नर्स | নার্স | nurse
staff>person | staff, employee, employees, personnel, worker | कर्मचारी, स्टाफ | কর্মী, কর্মচারী, স্টাফ | karmachari, kormi
emergency | emergency, casualty | इमरजेंसी, आपातकाल, आपात | জরুরি, ইমার্জেন্সি | emergency, jaruri
outpatient | outpatient, opd, out-patient, out patient | ओपीडी, आउट पेशेंट, बाह्य रोगी | বহির্বিভাগ, আউটডোর, ওপিডি | opd
inpatient | inpatient, in-patient, ipd, admitted | इनपेशेंट, भर्ती | ইনডোর, ভর্তি | inpatient, bharti
laboratory | laboratory, lab, labs, pathology | लेबोरेटरी, लैब, प्रयोगशाला | ল্যাব, ল্যাবরেটরি, পরীক্ষাগার | lab
service | service, services, facility, facilities | सेवा, सुविधा, सर्विस | পরিষেবা, সেবা, সার্ভিস, সুবিধা | seva, sewa, poriseba, service
care | care, treatment, therapy | देखभाल, इलाज, उपचार | যত্ন, চিকিৎসা | dekhbhal, ilaj, chikitsa
health | health, healthcare, medical, medicine | स्वास्थ्य, सेहत, मेडिकल, चिकित्सा | স্বাস্থ্য, হেলথকেয়ার, মেডিক্যাল | swasthya, health
ward | ward, department, wing, unit | वार्ड, विभाग, विंग | ওয়ার্ড, বিভাগ, উইং | ward
appointment | appointment, registration, booking | अपॉइंटमेंट, पंजीकरण, रजिस्ट्रेशन | অ্যাপয়েন্টমেন্ট, নিবন্ধন, রেজিস্ট্রেশন | appointment
report | report, reports, result | रिपोर्ट | রিপোর্ট, প্রতিবেদন | report
sample | sample, test, tests | नमूना, सैंपल, टेस्ट, जांच रिपोर्ट | নমুনা, স্যাম্পল, টেস্ট | sample
illness | illness, disease, ailment, sick, health condition | बीमारी, रोग | অসুস্থতা, অসুখ, রোগ | bimari, osukh
life | life, lives | जान, जीवन, जिंदगी | জীবন, প্রাণ | jaan, jibon
death | death, died, dead, killed, fatality | मौत, मृत्यु, मृत, मर, मरे, मरी, मरना, शहीद | মৃত্যু, মৃত, মারা, নিহত, শহীদ | maut, mrityu, mrit, mrito, mrita, mare, mara, nihoto, shaheed, shahid
ambulance | ambulance | एंबुलेंस, एम्बुलेंस | অ্যাম্বুলেন্স | ambulance
operation | operation, surgery, functioning, operations, working | कामकाज, ऑपरेशन, सर्जरी, संचालन | কাজকর্ম, অপারেশন, সার্জারি | kaamkaaj, operation
@icmr>agency | ICMR, indian council of medical research | आईसीएमआर | আইসিএমআর | icmr
@safdarjung>hospital | Safdarjung | सफदरजंग | সফদরজং | safdarjung

# police, courts, investigation
police>agency | police, cops, officers | पुलिस | পুলিশ | police, pulis
@delhi-police>police | Delhi Police | दिल्ली पुलिस | দিল্লি পুলিশ | delhi police
@ifso>police | IFSO, intelligence fusion and strategic operations | आईएफएसओ | আইএফএসও | ifso
@special-cell>police | Special Cell | स्पेशल सेल | স্পেশাল সেল | special cell
@nia>agency | NIA, national investigation agency | एनआईए, राष्ट्रीय जांच एजेंसी | এনআইএ | nia
@cbi>agency | CBI, central bureau of investigation | सीबीआई | সিবিআই | cbi
@ib>agency | Intelligence Bureau | इंटेलिजेंस ब्यूरो, आईबी | ইন্টেলিজেন্স ব্যুরো | ib
investigate | investigate, investigation, investigating, probe, inquiry, enquiry, examine | जांच, तफ्तीश, पड़ताल, छानबीन | তদন্ত, তদন্তকারী, অনুসন্ধান | jaanch, janch, tadanta, todonto
case | case, matter, incident, episode | मामला, केस, घटना, प्रकरण | মামলা, ঘটনা, কেস | mamla, ghotona, ghatna
fir | fir, first information report, complaint | एफआईआर, शिकायत | এফআইআর, অভিযোগ | fir, shikayat, obhijog
arrest | arrest, arrested, detain, detained, custody, nab | गिरफ्तार, गिरफ्तारी, हिरासत, पकड़ | গ্রেফতার, গ্রেপ্তার, আটক, হেফাজত | giraftar, greftar, atok
accused | accused, culprit, perpetrator, offender | आरोपी, दोषी, अपराधी | অভিযুক্ত, দোষী, অপরাধী | aaropi, obhijukto
court | court, judge, tribunal, bench | अदालत, कोर्ट, न्यायालय, जज | আদালত, কোর্ট, বিচারক | adalat, court
bail | bail | जमानत | জামিন | jamanat, jamin
crime | crime, offence, offense, criminal | अपराध, क्राइम | অপরাধ | apradh, oporadh
law | law, act, section, legal | कानून, अधिनियम, धारा | আইন, ধারা | kanoon, ain
interrogate | interrogate, question, questioned, questioning | पूछताछ | জিজ্ঞাসাবাদ | poochtaach
raid | raid, search operation, crackdown | छापा, छापेमारी | তল্লাশি, অভিযান | chhapa, obhijan
witness | witness, eyewitness | गवाह, चश्मदीद | সাক্ষী, প্রত্যক্ষদর্শী | gawah, sakkhi
register | register, registered, lodge, filed | दर्ज, रजिस्टर | দায়ের, নথিভুক্ত | darj, dayer

# government and public bodies
government | government, govt, administration, authorities, authority | सरकार, प्रशासन, शासन | সরকার, প্রশাসন, কর্তৃপক্ষ | sarkar, prashasan, sorkar, kortripokkho
ministry | ministry, department | मंत्रालय, विभाग | মন্ত্রক, মন্ত্রণালয়, দপ্তর | mantralay, montrok
minister | minister | मंत्री | মন্ত্রী | mantri, montri
@health-ministry>ministry | Health Ministry, ministry of health | स्वास्थ्य मंत्रालय | স্বাস্থ্য মন্ত্রক | swasthya mantralay
@home-ministry>ministry | Home Ministry, ministry of home affairs, mha | गृह मंत्रालय | স্বরাষ্ট্র মন্ত্রক | grih mantralay
@it-ministry>ministry | It Ministry, meity, ministry of electronics and information technology | आईटी मंत्रालय, इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय | তথ্যপ্রযুক্তি মন্ত্রক | it mantralay
@jal-shakti>ministry | Jal Shakti Ministry, ministry of jal shakti, water ministry | जल शक्ति मंत्रालय | জলশক্তি মন্ত্রক | jal shakti
prime-minister | prime minister, pm | प्रधानमंत्री, पीएम | প্রধানমন্ত্রী | pradhanmantri
chief-minister | chief minister, cm | मुख्यमंत्री, सीएम | মুখ্যমন্ত্রী | mukhyamantri
official>person | official, officer, officials, bureaucrat | अधिकारी, अफसर | আধিকারিক, কর্মকর্তা, অফিসার | adhikari, officer
magistrate>official | district magistrate, magistrate, district collector, dm | जिलाधिकारी, जिला मजिस्ट्रेट, मजिस्ट्रेट, डीएम, जिलाधीश, कलेक्टर | জেলাশাসক, জেলা শাসক, ম্যাজিস্ট্রেট, জেলা প্রশাসক | jiladhikari, collector, jelashasok
manager>official | manager, general manager | प्रबंधक, महाप्रबंधक, मैनेजर | ব্যবস্থাপক, মহাব্যবস্থাপক, ম্যানেজার | prabandhak, manager
cmo>official | cmo, chief medical officer | मुख्य चिकित्सा अधिकारी, सीएमओ | মুখ্য স্বাস্থ্য আধিকারিক, সিএমওএইচ | cmo
superintendent>official | superintendent of police, police superintendent | पुलिस अधीक्षक, एसपी | পুলিশ সুপার, এসপি | police superintendent
mayor>official | mayor | महापौर, मेयर | মেয়র | mayor
sarpanch>official | sarpanch, village head, panchayat head | सरपंच, ग्राम प्रधान | পঞ্চায়েত প্রধান | sarpanch
commissioner | commissioner, deputy commissioner, dc | आयुक्त, कमिश्नर | কমিশনার | ayukt, commissioner
chairman | chairman, chairperson, chairwoman | अध्यक्ष, चेयरमैन | চেয়ারম্যান, সভাপতি | adhyaksh, chairman
secretary | secretary, chief secretary | सचिव, मुख्य सचिव | সচিব, মুখ্যসচিব | sachiv
director | director, chief, head, ceo, chief executive, managing director | निदेशक, डायरेक्टर, प्रमुख | পরিচালক, অধিকর্তা, প্রধান, ডিরেক্টর | nideshak, director, porichalok
spokesperson | spokesperson, spokesman, spokeswoman | प्रवक्ता | মুখপাত্র | pravakta, mukhpatro
agency | agency, agencies, body, organisation, organization | एजेंसी, संस्था, संगठन | সংস্থা, এজেন্সি, সংগঠন | agency, sanstha, songstha
institute | institute, institution | संस्थान | প্রতিষ্ঠান, ইনস্টিটিউট | sansthan, protishthan
committee | committee, panel, task force | समिति, पैनल | কমিটি | samiti
team | team, squad | टीम, दल | দল, টিম | team
parliament | parliament, lok sabha, rajya sabha, mp, mps | संसद, सांसद, लोकसभा, राज्यसभा | সংসদ, সাংসদ, লোকসভা | sansad, songsod
order | order, ordered, direct, directive, instruction | आदेश, निर्देश | নির্দেশ, আদেশ | aadesh, nirdesh
policy | policy, rule, guideline, regulation | नीति, नियम, दिशानिर्देश | নীতি, নিয়ম, নির্দেশিকা | niti, niyam
national | national, nationwide, across the country | राष्ट्रीय, देशभर, देश भर, पूरे देश | জাতীয়, সারা দেশে, দেশজুড়ে | rashtriya, jatiyo, deshbhar
army | army, military, defence, defense | सेना, रक्षा | সেনা, সেনাবাহিনী, প্রতিরক্ষা | sena
@drdo>agency | DRDO | डीआरडीओ | ডিআরডিও | drdo

# people
person | person, people, ppl, individual, someone | व्यक्ति, लोग, आदमी | ব্যক্তি, মানুষ, লোক | vyakti, log, manush, lok
vip | vip, vvip, dignitary, dignitaries, eminent, prominent | वीआईपी, वीवीआईपी, गणमान्य | ভিআইপি, ভিভিআইপি, বিশিষ্ট | vip, vvip
politician | politician, political leader, leader, netas | राजनेता, नेता, राजनीतिज्ञ | রাজনৈতিক নেতা, নেতা, রাজনীতিবিদ | neta, rajneta
celebrity | celebrity, celebrities, famous, star | मशहूर हस्ती, हस्ती, हस्तियां, सेलिब्रिटी, सितारे | তারকা, বিখ্যাত, সেলিব্রিটি | hasti, celebrity
journalist>person | journalist, reporter, correspondent, media, media outlet, news outlet, newspaper | पत्रकार, रिपोर्टर, मीडिया, अखबार, समाचार पत्र | সাংবাদিক, মিডিয়া, সংবাদমাধ্যম, সংবাদপত্র | patrakar, sangbadik
public | public, common people | जनता, आम लोग | জনগণ, সাধারণ মানুষ | janta
citizen>person | citizen, citizens | नागरिक | নাগরিক | nagrik
user>person | user, users, customer, consumer | उपयोगकर्ता, यूजर, ग्राहक | ব্যবহারকারী, গ্রাহক | user, grahak
family | family, relatives, kin | परिवार, परिजन, घरवाले, परिवारवाले, आश्रित | পরিবার, আত্মীয়, পরিজন, স্বজন | parivar, poribar, gharwale
student>person | student | छात्र, छात्रा, विद्यार्थी | ছাত্র, ছাত্রী, শিক্ষার্থী, পড়ুয়া | chhatra, chhatri, chatro, chatri
child | child, children, kid, kids | बच्चा, बच्चे, बच्ची, बालक, बालिका | শিশু, বাচ্চা, ছেলেমেয়ে | bachcha, bachche, baccha, bacche, bachha, shishu
devotee>person | devotee, devotees, pilgrim, pilgrims, worshipper | श्रद्धालु, तीर्थयात्री | পুণ্যার্থী, তীর্থযাত্রী, দর্শনার্থী | shraddhalu, punyarthi
owner>person | owner, owners, proprietor | मालिक | মালিক | malik
resident>person | resident, residents, villager, villagers, inhabitant, inhabitants | निवासी, ग्रामीण, रहवासी | বাসিন্দা, গ্রামবাসী | nivasi, gramin, basinda
name | name, named, called | नाम | নাম | naam, nam
kind | kind, type, sort, variety | प्रकार, तरह, किस्म | ধরন, প্রকার, রকম | prakar, kism, dhoron, rokom
@chinese>person | Chinese | चीनी | চীনা, চিনা | chini
@china>country | China | चीन | চীন | cheen, chin
@pakistan>country | Pakistan, pakistani | पाकिस्तान, पाकिस्तानी | পাকিস্তান, পাকিস্তানি | pakistan
@russia>country | Russia, russian | रूस, रूसी | রাশিয়া, রুশ | roos, rashiya
@north-korea>country | North Korea, north korean | उत्तर कोरिया | উত্তর কোরিয়া | uttar korea
@india>country | India, indian, bharat | भारत, भारतीय, हिंदुस्तान | ভারত, ভারতীয় | bharat, bharatiya
@delhi>city | Delhi, new delhi | दिल्ली, नई दिल्ली | দিল্লি, নয়াদিল্লি | dilli, delhi
@kolkata>city | Kolkata, calcutta | कोलकाता | কলকাতা | kolkata
@mumbai>city | Mumbai, bombay | मुंबई | মুম্বই | mumbai
@bengal>state | Bengal, west bengal | बंगाल, पश्चिम बंगाल | বাংলা, পশ্চিমবঙ্গ | bangla, bengal
@ukraine>country | Ukraine | यूक्रेन | ইউক্রেন | ukraine
country | country, nation | देश, राष्ट्र | দেশ, রাষ্ট্র | desh, rashtra
city | city, town | शहर, नगर | শহর, নগর | shahar, sohor
state | state, province | राज्य, प्रदेश | রাজ্য, প্রদেশ | rajya, rajyo
capital | capital | राजधानी | রাজধানী | rajdhani
office | office, headquarters, building, premises, campus | दफ्तर, कार्यालय, ऑफिस, मुख्यालय, परिसर, इमारत | অফিস, দপ্তর, কার্যালয়, ভবন | daftar, karyalay
world | world, global, worldwide | दुनिया, विश्व, वैश्विक | বিশ্ব, দুনিয়া | duniya, bishwo
sport | sport, sports, cricket, football, match, tournament, cup, world cup | खेल, क्रिकेट, फुटबॉल, मैच, टूर्नामेंट | খেলা, ক্রিকেট, ফুটবল, ম্যাচ | khel, khela, cricket
win | win, won, winner, victory | जीत, जीता, विजेता | জয়, জিতেছে, বিজয়ী | jeet, joy
election | election, vote, poll | चुनाव, मतदान, वोट | নির্বাচন, ভোট | chunav, nirbachon

# places: states, union territories and large cities of India, and neighbours
@maharashtra>state | Maharashtra | महाराष्ट्र | মহারাষ্ট্র | maharashtra
@rajasthan>state | Rajasthan | राजस्थान | রাজস্থান | rajasthan
@uttar-pradesh>state | Uttar Pradesh, up | उत्तर प्रदेश, यूपी | উত্তরপ্রদেশ, উত্তর প্রদেশ | uttar pradesh
@bihar>state | Bihar | बिहार | বিহার | bihar
@jharkhand>state | Jharkhand | झारखंड | ঝাড়খণ্ড | jharkhand
@odisha>state | Odisha, orissa | ओडिशा | ওড়িশা | odisha
@assam>state | Assam | असम | অসম, আসাম | assam
@tripura>state | Tripura | त्रिपुरा | ত্রিপুরা | tripura
@tamil-nadu>state | Tamil Nadu | तमिलनाडु | তামিলনাড়ু | tamil nadu
@kerala>state | Kerala | केरल | কেরালা, কেরল | kerala
@karnataka>state | Karnataka | कर्नाटक | কর্ণাটক | karnataka
@telangana>state | Telangana | तेलंगाना | তেলেঙ্গানা | telangana
@andhra-pradesh>state | Andhra Pradesh | आंध्र प्रदेश | অন্ধ্রপ্রদেশ | andhra pradesh
@gujarat>state | Gujarat | गुजरात | গুজরাত, গুজরাট | gujarat
@madhya-pradesh>state | Madhya Pradesh, mp | मध्य प्रदेश | মধ্যপ্রদেশ | madhya pradesh
@punjab>state | Punjab | पंजाब | পঞ্জাব, পাঞ্জাব | punjab
@haryana>state | Haryana | हरियाणा | হরিয়ানা | haryana
@kashmir>state | Kashmir, jammu and kashmir | कश्मीर, जम्मू-कश्मीर | কাশ্মীর | kashmir
@uttarakhand>state | Uttarakhand | उत्तराखंड | উত্তরাখণ্ড | uttarakhand
@himachal>state | Himachal Pradesh, himachal | हिमाचल प्रदेश, हिमाचल | হিমাচল প্রদেশ | himachal
@goa>state | Goa | गोवा | গোয়া | goa
@chennai>city | Chennai, madras | चेन्नई | চেন্নাই | chennai
@bengaluru>city | Bengaluru, bangalore | बेंगलुरु, बैंगलोर | বেঙ্গালুরু | bengaluru
@hyderabad>city | Hyderabad | हैदराबाद | হায়দরাবাদ | hyderabad
@pune>city | Pune | पुणे | পুনে | pune
@jaipur>city | Jaipur | जयपुर | জয়পুর | jaipur
@lucknow>city | Lucknow | लखनऊ | লখনউ | lucknow
@patna>city | Patna | पटना | পাটনা | patna
@ahmedabad>city | Ahmedabad | अहमदाबाद | আমেদাবাদ | ahmedabad
@noida>city | Noida, greater noida | नोएडा | নয়ডা | noida
@gurugram>city | Gurugram, gurgaon | गुरुग्राम, गुड़गांव | গুরুগ্রাম | gurugram
@howrah>city | Howrah | हावड़ा | হাওড়া | howrah
@siliguri>city | Siliguri | सिलीगुड़ी | শিলিগুড়ি | siliguri
@bangladesh>country | Bangladesh | बांग्लादेश | বাংলাদেশ | bangladesh
@nepal>country | Nepal | नेपाल | নেপাল | nepal
@sri-lanka>country | Sri Lanka | श्रीलंका | শ্রীলঙ্কা | sri lanka
@usa>country | USA, united states, america | अमेरिका | আমেরিকা, মার্কিন যুক্তরাষ্ট্র | america
@uk>country | UK, britain, united kingdom, england | ब्रिटेन, इंग्लैंड | ব্রিটেন, ইংল্যান্ড | britain
@nigeria>country | Nigeria | नाइजीरिया | নাইজেরিয়া | nigeria

# money
money | money, funds | पैसा, पैसे, रकम, राशि, धन | টাকা, অর্থ, টাকাপয়সা | paisa, paise, taka, ortho
pay | pay, paid, payment, repay | भुगतान | পেমেন্ট, পরিশোধ | bhugtan
rupee | rupee, rupees, rs, inr | रुपया, रुपये, रुपए, रु | টাকা, রুপি | rupaye, rupiya, taka
dollar | dollar, dollars, usd | डॉलर | ডলার | dollar
amount | amount, amt, sum, value, worth, price, cost | रकम, राशि, कीमत, मूल्य, लागत | পরিমাণ, দাম, মূল্য, খরচ | rakam, dam, kimat
bank | bank, banking | बैंक | ব্যাংক, ব্যাঙ্ক | bank
cooperative | cooperative, co-operative, cooperative society | सहकारी, सहकारिता | সমবায় | sahkari, somobay
fraud | fraud, scam, cheat, cheating, swindle | धोखाधड़ी, ठगी, फ्रॉड, घोटाला | প্রতারণা, জালিয়াতি, ঠকানো | thagi, fraud, protarona
fraudster>person | fraudster, fraudsters, scammer, scammers, conman | जालसाज | প্রতারক | protarok
fine | fine, penalty | जुर्माना | জরিমানা | jurmana, jorimana
wallet | wallet, crypto wallet | वॉलेट | ওয়ালেট | wallet
transaction | transaction, transfer | लेनदेन, ट्रांजैक्शन, हस्तांतरण | লেনদেন, স্থানান্তর | lenden

# dates and times
time | time, timing, moment | समय, वक्त, टाइम | সময় | samay, waqt, somoy
date | date, day, dated | तारीख, दिन, तिथि | তারিখ, দিন | tarikh, din
today | today | आज | আজ | aaj, aj
yesterday | yesterday | कल | গতকাল, কাল | kal, gotokal
morning | morning, am, a.m., dawn, daybreak | सुबह, प्रातः, तड़के, भोर | সকাল, ভোর | subah, sakal, shokal, tadke
afternoon | afternoon, noon, midday | दोपहर | দুপুর | dopahar, dupur
evening | evening, pm, p.m. | शाम | সন্ধ্যা, বিকেল | shaam, sondha
night | night, midnight, overnight | रात, आधी रात | রাত, রাত্রি | raat, rat
hour | hour, hours, hr, hrs, o'clock | घंटा, बजे | ঘণ্টা, টা | ghanta, baje
minute | minute, minutes, mins | मिनट | মিনিট | minute
week | week, weekly | हफ्ता, सप्ताह | সপ্তাহ | hafta, saptah, soptaho
month | month, monthly | महीना, माह | মাস | mahina, mash
year | year, years, yr, yrs, annual | साल, वर्ष | বছর, সাল | saal, bochor
age | age, aged | उम्र, आयु | বয়স | umar, umr, umra, ayu, boyos, boyosh
monday | monday | सोमवार | সোমবার | somvar, sombar
tuesday | tuesday | मंगलवार | মঙ্গলবার | mangalvar, mongolbar
wednesday | wednesday | बुधवार | বুধবার | budhvar, budhbar
thursday | thursday | गुरुवार, बृहस्पतिवार | বৃহস্পতিবার | guruvar, brihospotibar
friday | friday | शुक्रवार | শুক্রবার | shukravar, shukrobar
saturday | saturday | शनिवार | শনিবার | shanivar, shonibar
sunday | sunday | रविवार, इतवार | রবিবার, রোববার | ravivar, robibar
january | january, jan | जनवरी | জানুয়ারি | january
february | february, feb | फरवरी | ফেব্রুয়ারি | february
march | march, mar | मार्च | মার্চ | march
april | april, apr | अप्रैल | এপ্রিল | april
may | may | मई | মে | may
june | june, jun | जून | জুন | june
july | july, jul | जुलाई | জুলাই | july
august | august, aug | अगस्त | আগস্ট | august
september | september, sep, sept | सितंबर, सितम्बर | সেপ্টেম্বর | september
october | october, oct | अक्टूबर | অক্টোবর | october
november | november, nov | नवंबर, नवम्बर | নভেম্বর | november
december | december, dec | दिसंबर, दिसम्बर | ডিসেম্বর | december
since | since, from | से, शुरू से | থেকে | se, theke
start | start, started, begin, began, launch, launched, commence | शुरू, शुरुआत, आरंभ | শুরু, আরম্ভ | shuru, suru
end | end, ended, finish, finished, over, conclude | खत्म, समाप्त, अंत | শেষ, সমাপ্ত | khatam, shesh
continue | continue, continuing, ongoing, still | जारी, लगातार | চলছে, জারি, অব্যাহত | jaari, lagatar, cholche
early | early, first, beginning, initial, preliminary | शुरुआती, प्रारंभिक, पहले | প্রাথমিক, প্রথম দিকে, শুরুতে | shuruati, prathomik
recent | recent, recently, latest, new | हाल, हालिया, ताजा, नया, नए, नये, नई | সাম্প্রতিক, সদ্য, নতুন | haal, taaza, naya, naye, nayi, notun
previous | previous, preceding | पिछला, पिछले, पिछली, गत, बीता, बीते, बीती | গত, বিগত, আগের | pichla, pichle, pichhle, pichhla, beete, goto, bigoto
late | late, delay, delayed, slow | देरी, विलंब, धीमा | দেরি, বিলম্ব, ধীর | deri, deri
fast | fast, quick, quickly, rapid, soon, immediately | तेज, जल्दी, तुरंत, फौरन | দ্রুত, তাড়াতাড়ি, অবিলম্বে | jaldi, druto
happen | happen, happened, occur, occurred, take place, took place | होना, हुआ, घटना घटी, घटित | ঘটা, ঘটেছে, হয়েছে | hua, ghoteche
schedule | schedule, deadline, timeline | समयसीमा, समय सीमा | সময়সীমা | samay seema

# quantities
total | total, overall, in all, altogether, sum | कुल, सम्पूर्ण, कुल मिलाकर | মোট, সর্বমোট | kul, mot
all | all, entire, whole, every, complete, fully, completely | सब, सभी, सारे, पूरा, पूरे, पूरी तरह, संपूर्ण | সব, সমস্ত, পুরো, সম্পূর্ণ | sab, sabhi, poora, shob, puro
many | many, several, multiple, numerous, lot, lots | कई, अनेक, बहुत | অনেক, বহু, একাধিক | kai, anek, onek
some | some, few, a few, certain | कुछ, थोड़ा | কিছু, কয়েক | kuch, kichhu
more | more, over, above, exceed, beyond | अधिक, ज्यादा, से ज्यादा | বেশি, অধিক | adhik, zyada, beshi
less | less, fewer, under, below | कम | কম | kam, kom
least | at least | कम से कम, कम-से-कम | অন্তত, অন্ততপক্ষে, কমপক্ষে, কম করে | kam se kam, ontoto
about | about, approximately, approx, around, roughly, nearly, estimated, estimate | लगभग, करीब, तकरीबन, अनुमानित, अनुमान | প্রায়, আনুমানিক, আনুমানিক | lagbhag, kareeb, pray
number | number, count, figure, tally | संख्या, नंबर, तादाद | সংখ্যা, নম্বর | sankhya, songkha
percent | percent, per cent, percentage, % | प्रतिशत, फीसदी | শতাংশ, শতাংশ | pratishat, shotangsho
million-people | lakhs, millions, thousands | लाखों, हजारों, करोड़ों | লক্ষ লক্ষ, হাজার হাজার | lakhon, hazaron
lakh | lakh, lac | लाख | লাখ, লক্ষ | lakh
crore | crore | करोड़, करोड | কোটি | karod, karor, koti
million | million | मिलियन | মিলিয়ন | million
billion | billion | बिलियन, अरब | বিলিয়ন | arab
main | main, major, key, primary, principal, important, critical | मुख्य, प्रमुख, अहम, महत्वपूर्ण | প্রধান, মূল, গুরুত্বপূর্ণ | mukhya, pradhan
big | big, large, huge, massive, serious, major | बड़ा, बड़े, गंभीर, भारी | বড়, বিশাল, গুরুতর | bada, boro
small | small, minor, little | छोटा, मामूली | ছোট, সামান্য | chhota, chhoto
other | other, another, rest, remaining | अन्य, दूसरा, बाकी, शेष | অন্য, অন্যান্য, বাকি | anya, baaki, onno
only | only, just, merely, alone | सिर्फ, केवल, मात्र | শুধু, কেবল, মাত্র | sirf, keval, shudhu
again | again, once more, repeat | फिर, दोबारा, फिर से | আবার, পুনরায় | phir, dobara, abar
first-time | first time, first ever, never before | पहली बार | প্রথম, এই প্রথম | pehli baar, prothom

# other incidents and infrastructure
fire | fire, blaze, burn, burned, flames | आग, आगजनी, अग्निकांड, जलना | আগুন, অগ্নিকাণ্ড, পুড়ে | aag, agun
firefighter | firefighter, firefighters, fireman, fire brigade, fire tender, fire engine, fire department, fire service | दमकल, अग्निशमन, फायर ब्रिगेड | দমকল, অগ্নিনির্বাপক, ফায়ার ব্রিগেড | damkal, domkol
control | control, controlled, under control, brought under control, extinguish, extinguished, douse, doused | काबू, नियंत्रण, बुझाना, बुझाई, बुझा | নিয়ন্ত্রণ, আয়ত্তে, নেভা, নেভানো, নিভিয়ে | kabu, niyantran, bujha, noyontron
flood | flood, flooding, flooded, waterlogging, deluge, inundated | बाढ़, जलभराव, जलमग्न, बाढ़ग्रस्त | বন্যা, জলমগ্ন, প্লাবিত, প্লাবন, বানভাসি | baadh, bonna, bonya, plabito
depth | depth | गहराई | গভীরতা | gehrai, gobhirota
temperature | temperature | तापमान, पारा | তাপমাত্রা, পারদ | tapman, tapmatra
height | height, altitude | ऊंचाई, ऊँचाई | উচ্চতা | unchai, ucchota
magnitude | magnitude, intensity, richter | तीव्रता, रिक्टर | মাত্রা, তীব্রতা, রিখটার | tivrata, richter
earthquake | earthquake, tremor, quake | भूकंप | ভূমিকম্প | bhukamp, bhumikompo
storm | storm, cyclone, rain, rainfall | तूफान, चक्रवात, बारिश | ঝড়, ঘূর্ণিঝড়, বৃষ্টি | toofan, jhor, brishti
wind | wind, winds, gust, gusts | हवा, हवाएं, आंधी | হাওয়া, বাতাস | hawa, batas
speed | speed, velocity | गति, रफ्तार, स्पीड | গতি, গতিবেগ, স্পিড | gati, raftar, gotibeg
collapse | collapse, collapsed, cave in, caved in | ढहना, ढह, गिरना, गिर | ধস, ধসে, ভেঙে পড়া | dhah, girna, dhos
stampede | stampede, crowd crush | भगदड़ | পদপিষ্ট, হুড়োহুড়ি | bhagdad, bhagdar, podopisto
derail | derail, derailed, derailment, derails | पटरी से उतर, पटरी से उतरी, पटरी से उतरे, बेपटरी | লাইনচ্যুত, বেলাইন | patri se utar, patri se utri, lainchyuto, belain
landslide | landslide, landslides, landslip, mudslide | भूस्खलन, भू-स्खलन | ভূমিধস, ভূমিধ্বস | bhuskhalan, bhumidhos
boat | boat, trawler, ferry, ship | नाव, नौका, जहाज, ट्रॉलर, फेरी | নৌকা, ট্রলার, জাহাজ, ফেরি | naav, nav, nauka, nouka, trawler
capsize | capsize, capsized, sink, sank, sunk | पलटना, पलट, डूबना, डूब | উল্টে যাওয়া, ডুবে যাওয়া, ডুবি | palat, palti, doob, dubi, dube, ulte
stranded | stranded, trapped, stuck | फंसना, फंसे, फंसा, फंसी, अटके | আটকে পড়া, আটকা পড়া | phanse, fanse, atke
corpse>death | corpse, corpses, body, bodies, dead body | शव, लाश, मृतदेह | মৃতদেহ, লাশ | shav, laash, lash, mritodeho
river | river, rivers | नदी | নদী | nadi, nodi
accident | accident, crash, collision, mishap | दुर्घटना, हादसा, टक्कर | দুর্ঘটনা, সংঘর্ষ | durghatna, hadsa, durghotona
explosion | explosion, blast, bomb | विस्फोट, धमाका, बम | বিস্ফোরণ, বোমা | visphot, dhamaka, bisphoron
injured | injured, injury, wounded, hurt | घायल, जख्मी, चोट | আহত, জখম | ghayal, ahoto
rescue | rescue, rescued, relief | बचाव, राहत, निकाला | উদ্ধার, ত্রাণ, বের করে আনা, বার করে আনা | bachav, rahat, tran
evacuate>rescue | evacuate, evacuation, relocate, relocation | सुरक्षित स्थान | সরিয়ে নেওয়া, নিরাপদ আশ্রয় | surakshit sthan
protest | protest, protester, protesters, demonstration, agitation, strike, bandh | विरोध, प्रदर्शन, हड़ताल, आंदोलन | বিক্ষোভ, ধর্মঘট, আন্দোলন, প্রতিবাদ | virodh, hartal, bikkhobh
violence | violence, riot, clash, clashes, unrest | हिंसा, दंगा, झड़प | হিংসা, দাঙ্গা, সংঘর্ষ | hinsa, danga
electricity | electricity, power, power cut, blackout, grid | बिजली, पावर, ग्रिड | বিদ্যুৎ, লোডশেডিং, পাওয়ার | bijli, biddut
water | water, water supply | पानी, जल, जलापूर्ति | জল, পানি, জলসরবরাহ | paani, jol
railway | railway, railways, train, metro, station | रेलवे, ट्रेन, रेल, मेट्रो, स्टेशन | রেল, ট্রেন, মেট্রো, স্টেশন | railway, train
airport | airport, flight, flights, airline, aviation | हवाई अड्डा, एयरपोर्ट, उड़ान, फ्लाइट, हवाई जहाज | বিমানবন্দর, বিমান, ফ্লাইট, উড়ান | airport, udaan, biman
port | port, harbour, harbor, seaport, dock | बंदरगाह, पोर्ट | বন্দর, পোর্ট | bandargah, bondor
cancel | cancel, cancelled, canceled, cancellation, call off, called off | रद्द, निरस्त, कैंसिल | বাতিল | radd, batil
road | road, highway, traffic, vehicle, bus, car | सड़क, हाईवे, राजमार्ग, यातायात, वाहन, बस | রাস্তা, সড়ক, মহাসড়ক, যানজট, গাড়ি, বাস | sadak, rasta, gari
passenger>person | passenger, passengers, commuter, traveller, traveler | यात्री, मुसाफिर | যাত্রী | yatri, jatri
ticket | ticket, tickets, booking, reservation | टिकट, बुकिंग, आरक्षण | টিকিট, বুকিং, সংরক্ষণ | ticket, tikit
counter>office | counter, booth, kiosk, window, branch | काउंटर, खिड़की, शाखा | কাউন্টার, বুথ, শাখা | counter
bill | bill, bills, invoice, billing | बिल, बिलिंग | বিল, বিলিং | bill
phone | phone, mobile, smartphone, call, sms, message | फोन, मोबाइल, कॉल, मैसेज, संदेश | ফোন, মোবাইল, কল, বার্তা, মেসেজ | phone, mobile
social-media | social media, twitter, facebook, whatsapp, telegram, instagram, x | सोशल मीडिया, ट्विटर, फेसबुक, व्हाट्सएप | সোশ্যাল মিডিয়া, টুইটার, ফেসবুক, হোয়াটসঅ্যাপ | social media
post | post, tweet, posted, tweeted | पोस्ट, ट्वीट | পোস্ট, টুইট | post, tweet
company | company, firm, corporation, vendor, contractor, utility, discom | कंपनी, फर्म, ठेकेदार | সংস্থা, কোম্পানি, ফার্ম | company
school | school, college, university, education | स्कूल, कॉलेज, विश्वविद्यालय, शिक्षा | স্কুল, কলেজ, বিশ্ববিদ্যালয়, শিক্ষা | school, college
exam | exam, examination, result | परीक्षा, परिणाम | পরীক্ষা, ফলাফল | pariksha, porikkha
village | village, rural | गांव, ग्रामीण | গ্রাম | gaon, gram
district | district, county | जिला | জেলা | jila, jela
area | area, locality, region | इलाका, क्षेत्र | এলাকা, অঞ্চল | ilaka, elaka
house | house, home, residence, building | घर, मकान, निवास, इमारत, भवन, बिल्डिंग | বাড়ি, ঘর, বাসভবন, ভবন, বিল্ডিং | ghar, bari, imarat
food | food, meal | खाना, भोजन | খাবার | khana, khabar
vaccine | vaccine, vaccination, dose | टीका, वैक्सीन, टीकाकरण | টিকা, ভ্যাকসিন | tika, vaccine
oxygen | oxygen, ventilator, icu, bed, beds | ऑक्सीजन, वेंटिलेटर, आईसीयू, बेड | অক্সিজেন, ভেন্টিলেটর, আইসিইউ, শয্যা, বেড | oxygen, bed
covid | covid, coronavirus, pandemic, epidemic, outbreak | कोविड, कोरोना, महामारी | কোভিড, করোনা, মহামারি | corona, covid
compensation | compensation, ex gratia | मुआवजा, सहायता राशि | ক্ষতিপূরণ | muavza, khotipuron
grant | grant, aid, subsidy | अनुदान, सब्सिडी | অনুদান, ভর্তুকি | anudan
toll>death | death toll | मृतक, मृतकों की संख्या | মৃতের সংখ্যা | mritak
suspend | suspend, suspended, suspension | निलंबित, निलंबन, सस्पेंड | সাসপেন্ড, সাময়িক বরখাস্ত | nilambit
liquor | liquor, alcohol, booze | शराब, दारू, मदिरा | মদ | sharab, daru
hooch>liquor | hooch, spurious liquor, illicit liquor | जहरीली शराब, कच्ची शराब, अवैध शराब | বিষমদ, চোলাই, চোলাই মদ | jahrili sharab, bishmod, cholai
casualty | casualties, victims | हताहत, पीड़ित | হতাহত | hatahat, peedit
missing | missing, disappeared, untraceable | लापता, गायब | নিখোঁজ | lapata, nikhoj
cause-of | why, reason behind, motive | मकसद, मंशा, उद्देश्य | উদ্দেশ্য, মতলব | maksad, uddeshyo
power-outage | outage, disruption of service, service down | सेवा ठप, सेवा बाधित | পরিষেবা বিঘ্নিত, পরিষেবা বন্ধ | seva thap
upgrade | upgrade, upgraded, update, updated, patch, patched | अपग्रेड, अपडेट | আপগ্রেড, আপডেট | upgrade, update
cloud | cloud, storage, hosting, data centre, data center | क्लाउड, स्टोरेज, डेटा सेंटर | ক্লাউড, স্টোরেজ, ডেটা সেন্টার | cloud
ip-address | ip address, ip, vpn, proxy | आईपी, आईपी एड्रेस, वीपीएन | আইপি, আইপি অ্যাড্রেস, ভিপিএন | ip
mail-service>email | gmail, outlook, yahoo | जीमेल | জিমেইল | gmail

# actions and statements
say | say, said, tell, told, state, stated, according to | कहा, बताया, कहना, मुताबिक, अनुसार | বলা, বলেছেন, জানিয়েছেন, অনুযায়ী | kaha, bataya, bolechen
claim | claim, claimed, allege, alleged, assert | दावा, आरोप | দাবি, অভিযোগ | dawa, daava, dabi
reveal | reveal, revealed, disclose, disclosed, uncover, expose | खुलासा, उजागर, पता चला | প্রকাশ, ফাঁস, জানা গিয়েছে | khulasa, prokash
confirm | confirm, confirmed, verify, verified | पुष्टि, पुष्ट | নিশ্চিত, নিশ্চিতকরণ | pushti, nishchit
deny | deny, denied, reject, rejected, refute, dismiss | खंडन, इनकार, इंकार, नकारा, खारिज | অস্বীকার, খারিজ, নাকচ | inkar, khandan, osvikar
believe | believe, believed, think, thought, suspect, consider, deemed | माना, मानना, लगता, समझा | মনে করা, ধারণা, বিবেচ্য | mana, mone kora
know | know, known, learn, learned, found out | जानकारी, जानना, पता | জানা, জানা গিয়েছে | jaanna, pata, jana
find | find, found, discover, discovered, detect, detected, trace, traced | मिला, मिले, पाया, पता लगाया | পাওয়া, পাওয়া গিয়েছে, খুঁজে পাওয়া, মিলেছে | mila, paya, paoa
send | send, sent, forward, forwarded | भेजना, भेजा | পাঠানো, পাঠিয়েছে | bhejna, bheja, pathano
receive | receive, received, get, got | मिलना, प्राप्त | পাওয়া, প্রাপ্ত | milna, prapt
give | give, gave, given, provide, provided, hand over | देना, दिया, प्रदान | দেওয়া, দিয়েছে | dena, diya, dewa
use | use, used, using, utilize | इस्तेमाल, उपयोग, प्रयोग | ব্যবহার | istemal, upyog, byabohar
try | try, tried, attempt, attempted, effort | कोशिश, प्रयास | চেষ্টা, প্রয়াস | koshish, cheshta
work | work, working, job, task | काम, कार्य | কাজ | kaam, kaj
help | help, helped, assist, support | मदद, सहायता | সাহায্য, সহায়তা | madad, sahajjo
stop | stop, stopped, prevent, halt, contain | रोकना, रोका, थामना | থামানো, রোধ, আটকানো | rokna, thamano
fix | fix, fixed, repair, resolve, resolved, solve | ठीक, सुधार, समाधान | ঠিক, মেরামত, সমাধান | theek, thik, somadhan
change | change, changed, modify, replace, replaced | बदलना, बदलाव, परिवर्तन | পরিবর্তন, বদল | badalna, poriborton
remove | remove, removed, delete, deleted, erase, wipe | हटाना, हटाया, डिलीट, मिटाना | মুছে, সরানো, ডিলিট | hatana, delete
open | open, opened, reopen | खोलना, खुला | খোলা | kholna, khola
record | record, recorded, store, stored, kept, log | दर्ज, रिकॉर्ड, संग्रहित, रखा | লিপিবদ্ধ, সংরক্ষিত, রাখা | darj, lipiboddho
collect | collect, collected, gather, gathered | इकट्ठा, एकत्र, संग्रह | সংগ্রহ, জোগাড় | ikattha, songroho
contact | contact, reach out, approach, communicate | संपर्क | যোগাযোগ | sampark, jogajog
cause | cause, because, due to, reason, result, as a result, owing to | वजह, कारण, चलते, नतीजा | কারণ, ফলে, জন্য | wajah, karan, phole
affect-people | suffer, suffered, face, faced, hardship, inconvenience | परेशानी, दिक्कत, झेलना | ভোগান্তি, সমস্যা, দুর্ভোগ | pareshani, dikkat, bhoganti
wait | wait, waiting, queue | इंतजार, कतार | অপেক্ষা | intezar, opekkha
protect | protect, protected, safeguard, defend | बचाना, रक्षा, सुरक्षित | রক্ষা, সুরক্ষিত | bachana, rokkha
plan | plan, planned, prepare, preparing | योजना, तैयारी | পরিকল্পনা, প্রস্তুতি | yojana, prostuti
meet | meet, meeting, held a meeting | बैठक, मीटिंग | বৈঠক, মিটিং | baithak, boithok
announce | announce, announced, declare, declared, statement, publish | घोषणा, बयान, एलान | ঘোষণা, বিবৃতি | ghoshna, bayan, biboriti
ask | ask, asked, request, requested, appeal | अनुरोध, अपील, पूछा | অনুরোধ, আবেদন, জিজ্ঞেস | anurodh, appeal, onurodh
`;
