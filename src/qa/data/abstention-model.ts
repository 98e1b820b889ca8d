// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679629938056, -0.483170670421, 0.604286923295, 0.849345449833, 0.971391123706, 0.900372598936, 0.504558356579, 1.786410901, 0.59972542099, 0.336871115602],
  scales: [0.251314033225, 0.487138656516, 0.271534320332, 0.246635397541, 0.141714363292, 0.21941005988, 0.279758481505, 0.372926221285, 0.280967224322, 0.191996548982],
  weights: [0.759830525066, 1.23770210609, 0.340847190062, 1.06347747979, 0.307822522998, 0.901315483888, 0.633644915818, 0.308517876354, 1.40690423372, -0.132468749572],
  bias: 4.72163710129,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.639056245221,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.510438173484,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.794526550957, 0.915980397596, 0.90133013832, 0.467144575528, 1.71697186347],
    scales: [0.529568901835, 0.241131987721, 0.216617007789, 0.285261240148, 0.367519281228],
    weights: [2.42704510974, 0.395367803373, 0.945110036893, 0.305457086321, 0.693661091538],
    bias: 2.49555242062,
    threshold: 0.658718708831,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.388289483451, -1.04499890211, 0.337386425103, 0.992264064553, 0.378872780741, 0.8923553929, 0.371702338671, 1.87280414761, 0.433010143258],
    scales: [0.165058446109, 0.463443470118, 0.168449932635, 0.084472579696, 0.364896790522, 0.215907474018, 0.264831333734, 0.329104107525, 0.233629602344],
    weights: [0.139906417377, 0.552418751604, 1.05113824745, 0.731541303311, 0.298017252146, 0.451351086174, 0.164776275808, 0.223939987237, -0.399384684905],
    bias: 2.34058734333,
    threshold: 0.632406163938,
  },
};
