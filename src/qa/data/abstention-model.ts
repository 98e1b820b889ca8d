// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModels } from '../abstain.js';

/** own: questions answered from their own language (or Hindi and Bengali); fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  own: {
    features: ['coverage', 'coverageLog', 'known', 'named', 'typed', 'margin', 'units', 'together'],
    means: [0.520180946133, -0.813922520793, 0.828698758348, 0.915112683053, 0.756029053722, 0.387170604433, 1.80615097462, 0.461573896132],
    scales: [0.275144632294, 0.590453248067, 0.230570179026, 0.245214205729, 0.383727536871, 0.288150672202, 0.367349496517, 0.292632928392],
    weights: [0.955752057427, 1.5678866768, 0.81647648219, 0.556254999951, 0.501700131772, 0.589073059103, 0.695882351175, 1.87373593991],
    bias: 0.285034768942,
    threshold: 0.214209350993,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-1.09664369599, 0.797503031184, 0.747877976485, 0.384330675349, 1.7663447432],
    scales: [0.593180756581, 0.355908191301, 0.384409277239, 0.284936771206, 0.337225610768],
    weights: [2.18342392481, 0.30478910926, 0.670932316774, 0.406699814903, 0.513471621567],
    bias: -0.0550872115871,
    threshold: 0.289501867757,
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
