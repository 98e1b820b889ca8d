// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [0.519950609178, -0.815036821054, 0.458180848163, 0.827754761834, 0.915112683053, 1, 0.754712410075, 0.387689411768, 1.80615097462],
    scales: [0.275387711649, 0.592041480257, 0.285036364917, 0.23150396523, 0.245214205729, 1, 0.385530034693, 0.288420408169, 0.367349496517],
    weights: [1.24440094073, 1.79055703028, 1.40408127395, 0.358576716893, 0.608693052231, 0, 0.479541166081, 0.415794972724, 0.840965718908],
    bias: 0.191731224245,
    threshold: 0.205053321285,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-1.07244214481, 0.752483268347, 0.800444606952, 0.747447086834, 0.375234135981, 1.7663447432],
    scales: [0.578525042966, 0.253517251028, 0.351640249438, 0.384845998344, 0.281567899107, 0.337225610768],
    weights: [2.01159661628, 0.0129626497647, 0.339910369754, 0.634332075231, 0.432151975117, 0.479414841526],
    bias: -0.0577247488834,
    threshold: 0.278840899468,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.32344394742, 0.259198779776, 0.756554384419, 0.540365850901, 0.981888000322, 0.332332482017, 0.766556785577, 0.300829580538, 1.89679987178],
    scales: [0.507272362776, 0.152004016424, 0.223785098183, 0.231789056867, 0.130561821326, 0.35336455996, 0.363805788864, 0.250512012951, 0.327669348357],
    weights: [0.512749524562, 0.863707375697, 0.113963938407, 0.21242101365, 0.621680265845, 0.346797875823, 0.275526563, 0.476233509464, 0.381010972917],
    bias: 0.12708644217,
    threshold: 0.252725982225,
  },
};
