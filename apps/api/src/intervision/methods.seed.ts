import type { MethodTemplate } from '@broedplaats/contracts';

/**
 * The built-in intervision methods, copied from `shared/data/intervision-methods.json` (its README
 * gives the sources and which version of each method was followed; Hendriksen's ten rounds for the
 * incident method, Movisie's eleven Balint steps). Durations are typical starting values. A network
 * copies one to adapt it. Checked against `MethodTemplate` by a test; never read from ../shared at run time.
 */
export type BuiltInMethod = MethodTemplate & { id: string; slug: string; sources: string[] };

export const builtInMethods: BuiltInMethod[] = [
  {
    "id": "a0000000-0000-4000-8000-000000000001",
    "slug": "incident-method",
    "name": {
      "nl": "Incidentmethode",
      "en": "Incident method"
    },
    "purpose": {
      "nl": "De groep bedenkt veel verschillende manieren om te handelen bij een echt voorval uit het werk. De inbrenger kiest zelf wat bruikbaar is.",
      "en": "The group comes up with many different ways to act in a real incident from someone's work, and the case owner picks what is useful."
    },
    "groupSize": {
      "min": 4,
      "max": 8
    },
    "phases": [
      {
        "key": "choose-incident",
        "name": {
          "nl": "Incident kiezen",
          "en": "Choose an incident"
        },
        "instructions": {
          "nl": "Noem om de beurt kort een recent voorval uit je werk waarbij je twijfelde wat je moest doen. Kies samen één voorval om te bespreken.",
          "en": "Take turns briefly naming a recent work incident in which you were unsure what to do. Together, pick one incident to discuss."
        },
        "minutes": 5,
        "speaker": "everyone",
        "collects": "none",
        "caseOwnerListensOnly": false
      },
      {
        "key": "sketch-incident",
        "name": {
          "nl": "Incident schetsen",
          "en": "Sketch the incident"
        },
        "instructions": {
          "nl": "De inbrenger vertelt kort en feitelijk wat er gebeurde, tot het moment waarop een keuze nodig was. Wat de inbrenger daarna deed en hoe het afliep, blijft nog geheim.",
          "en": "The case owner tells briefly and factually what happened, up to the moment a decision was needed. What the case owner did next, and how it ended, stays secret for now."
        },
        "minutes": 5,
        "speaker": "case-owner",
        "collects": "case",
        "caseOwnerListensOnly": false
      },
      {
        "key": "write-questions",
        "name": {
          "nl": "Vragen opschrijven",
          "en": "Write down questions"
        },
        "instructions": {
          "nl": "Schrijf voor jezelf vragen op om de feiten helder te krijgen: wie, wat, waar, wanneer. Stop er geen advies in.",
          "en": "On your own, write down questions that get the facts clear: who, what, where, when. Keep advice out of them."
        },
        "minutes": 5,
        "speaker": "group",
        "collects": "clarifying-questions",
        "caseOwnerListensOnly": false
      },
      {
        "key": "information-round",
        "name": {
          "nl": "Informatieronde",
          "en": "Information round"
        },
        "instructions": {
          "nl": "Stel om de beurt één vraag; de inbrenger antwoordt kort. Vraag nog niet naar oplossingen of naar de afloop.",
          "en": "Take turns asking one question at a time; the case owner answers briefly. Do not ask about solutions or the outcome yet."
        },
        "minutes": 15,
        "speaker": "group",
        "collects": "notes",
        "caseOwnerListensOnly": false
      },
      {
        "key": "analyse-situation",
        "name": {
          "nl": "Situatie analyseren",
          "en": "Analyse the situation"
        },
        "instructions": {
          "nl": "De groep bespreekt wat er volgens hen aan de hand is en wat de oorzaken kunnen zijn. De inbrenger doet niet mee en luistert.",
          "en": "The group discusses what they think is going on and what might be causing it. The case owner does not take part and listens."
        },
        "minutes": 10,
        "speaker": "group",
        "collects": "hypotheses",
        "caseOwnerListensOnly": true
      },
      {
        "key": "write-stance",
        "name": {
          "nl": "Standpunt opschrijven",
          "en": "Write down your stance"
        },
        "instructions": {
          "nl": "Schrijf voor jezelf op wat jij zou doen in de plaats van de inbrenger, en waarom. Overleg nog niet.",
          "en": "On your own, write down what you would do in the case owner's place, and why. Do not confer yet."
        },
        "minutes": 5,
        "speaker": "group",
        "collects": "advice",
        "caseOwnerListensOnly": false
      },
      {
        "key": "share-stances",
        "name": {
          "nl": "Standpunten delen",
          "en": "Share stances"
        },
        "instructions": {
          "nl": "Vertel om de beurt aan de inbrenger wat jij zou doen. De inbrenger luistert en schrijft mee, maar gaat nog niet in gesprek.",
          "en": "Take turns telling the case owner what you would do. The case owner listens and takes notes but does not discuss yet."
        },
        "minutes": 10,
        "speaker": "group",
        "collects": "notes",
        "caseOwnerListensOnly": true
      },
      {
        "key": "what-the-case-owner-did",
        "name": {
          "nl": "Wat deed de inbrenger?",
          "en": "What the case owner did"
        },
        "instructions": {
          "nl": "De inbrenger vertelt wat er echt gedaan is, waarom, en wat het effect was. Daarna reageert de inbrenger op de standpunten van de groep.",
          "en": "The case owner tells what they actually did, why, and what the effect was. Then they respond to the group's stances."
        },
        "minutes": 10,
        "speaker": "case-owner",
        "collects": "notes",
        "caseOwnerListensOnly": false
      },
      {
        "key": "closing-discussion",
        "name": {
          "nl": "Afsluitende discussie",
          "en": "Closing discussion"
        },
        "instructions": {
          "nl": "Nu praat iedereen vrij met elkaar. Wat neem je mee uit dit voorval, ook voor je eigen werk?",
          "en": "Now everyone talks freely. What does each person take from this incident, also for their own work?"
        },
        "minutes": 10,
        "speaker": "everyone",
        "collects": "take-aways",
        "caseOwnerListensOnly": false
      },
      {
        "key": "evaluation",
        "name": {
          "nl": "Evaluatie",
          "en": "Evaluation"
        },
        "instructions": {
          "nl": "Kijk kort terug: hoe ging het gesprek en wat doen we een volgende keer anders?",
          "en": "Look back briefly: how did the session go, and what should we change next time?"
        },
        "minutes": 5,
        "speaker": "everyone",
        "collects": "notes",
        "caseOwnerListensOnly": false
      }
    ],
    "sources": [
      "https://eenmeesterinleren.nl/de-incidentmethode",
      "https://maken.wikiwijs.nl/arrangement/127033/export/imscp",
      "https://screeningdiversiteitlerarenopleiding.be/node/22",
      "https://www.scribd.com/document/728465405/methodes-ter-bespreking-van-een-werkprobleem",
      "http://www.iaf-methods.org/node/11082",
      "https://lessonup.com/en/lesson/SHruAjocfvKyGt5QK",
      "https://www.fotoscholing.nl/index.php/incidentmethode/"
    ]
  },
  {
    "id": "a0000000-0000-4000-8000-000000000002",
    "slug": "gossip-method",
    "name": {
      "nl": "Roddelmethode",
      "en": "Gossip method"
    },
    "purpose": {
      "nl": "De groep praat over de vraag van de inbrenger alsof die er niet bij is. Zo hoort de inbrenger nieuwe kanten van de eigen vraag.",
      "en": "The group talks about the case owner's question as if they were not there, so the case owner hears new angles on their own question."
    },
    "groupSize": {
      "min": 4,
      "max": 8
    },
    "phases": [
      {
        "key": "introduce-question",
        "name": {
          "nl": "Vraag inbrengen",
          "en": "Introduce the question"
        },
        "instructions": {
          "nl": "De inbrenger schetst kort een situatie uit het werk en stelt er één vraag over aan de groep.",
          "en": "The case owner briefly outlines a work situation and asks the group one question about it."
        },
        "minutes": 5,
        "speaker": "case-owner",
        "collects": "case",
        "caseOwnerListensOnly": false
      },
      {
        "key": "explore",
        "name": {
          "nl": "Verkennen",
          "en": "Explore"
        },
        "instructions": {
          "nl": "De groep stelt open vragen om de situatie en de vraag goed te begrijpen. De inbrenger antwoordt kort, zonder lang uit te weiden.",
          "en": "The group asks open questions to understand the situation and the question well. The case owner answers briefly without going off on tangents."
        },
        "minutes": 15,
        "speaker": "group",
        "collects": "clarifying-questions",
        "caseOwnerListensOnly": false
      },
      {
        "key": "gossip",
        "name": {
          "nl": "Roddelen",
          "en": "Gossip"
        },
        "instructions": {
          "nl": "De inbrenger zet de stoel net buiten de kring, met de rug naar de groep, en luistert zonder iets te zeggen. De groep praat over de inbrenger alsof die er niet is: wat speelt er, waar komt het vandaan en wat kan helpen?",
          "en": "The case owner moves their chair just outside the circle, back turned to the group, and listens without saying anything. The group talks about the case owner as if they were absent: what is going on, where does it come from, and what could help?"
        },
        "minutes": 15,
        "speaker": "group",
        "collects": "hypotheses",
        "caseOwnerListensOnly": true
      },
      {
        "key": "case-owner-responds",
        "name": {
          "nl": "Reactie van de inbrenger",
          "en": "Case owner's response"
        },
        "instructions": {
          "nl": "De inbrenger komt terug in de kring en vertelt wat raakte of opviel, wat klopt en wat niet. De inbrenger zegt ook wat de volgende stap wordt.",
          "en": "The case owner rejoins the circle and says what struck them, what rings true and what does not. They also name their next step."
        },
        "minutes": 10,
        "speaker": "case-owner",
        "collects": "take-aways",
        "caseOwnerListensOnly": false
      },
      {
        "key": "evaluation",
        "name": {
          "nl": "Evaluatie",
          "en": "Evaluation"
        },
        "instructions": {
          "nl": "Kijk samen terug. Wat leverde het op, en hoe was het om te roddelen en om besproken te worden?",
          "en": "Look back together: what did it produce, and how did it feel to gossip and to be talked about?"
        },
        "minutes": 5,
        "speaker": "everyone",
        "collects": "notes",
        "caseOwnerListensOnly": false
      }
    ],
    "sources": [
      "https://www.managementissues.com/ontwikkelingstools/de-roddelmethode/",
      "https://www.bpopleidingen.nl/e-learning-methodiek-intervisie-roddelmethode/",
      "https://me-we-elearning.com/les/1-15-de-roddelmethode-copy-2/",
      "https://www.ssprong.nl/de-roddelmethode",
      "https://www.lancelots.nl/ontwikkelen/samenwerken/intervisie/voor-gevorderden"
    ]
  },
  {
    "id": "a0000000-0000-4000-8000-000000000003",
    "slug": "balint-method",
    "name": {
      "nl": "Balint-methode",
      "en": "Balint method"
    },
    "purpose": {
      "nl": "De groep zoekt samen wat het echte probleem is in een lastige werksituatie, en welk aandeel de inbrenger daar zelf in heeft.",
      "en": "The group looks together for the real problem in a difficult work situation, and for the part the case owner plays in it, blind spots included."
    },
    "groupSize": {
      "min": 5,
      "max": 10
    },
    "phases": [
      {
        "key": "gather-cases",
        "name": {
          "nl": "Casussen verzamelen",
          "en": "Gather cases"
        },
        "instructions": {
          "nl": "Wie een lastige situatie uit het werk wil inbrengen, noemt die kort, met de vraag die erbij hoort.",
          "en": "Anyone who wants to bring in a difficult work situation names it briefly, with the question that goes with it."
        },
        "minutes": 5,
        "speaker": "everyone",
        "collects": "none",
        "caseOwnerListensOnly": false
      },
      {
        "key": "pitch-cases",
        "name": {
          "nl": "Interesse wekken",
          "en": "Pitch the cases"
        },
        "instructions": {
          "nl": "Elke mogelijke inbrenger legt in hooguit drie zinnen uit waarom de casus de moeite waard is.",
          "en": "Each possible case owner explains in at most three sentences why their case is worth discussing."
        },
        "minutes": 5,
        "speaker": "everyone",
        "collects": "none",
        "caseOwnerListensOnly": false
      },
      {
        "key": "choose-case",
        "name": {
          "nl": "Casus kiezen",
          "en": "Choose the case"
        },
        "instructions": {
          "nl": "De groep kiest samen één casus, bijvoorbeeld de meest dringende of die waar de meesten iets van leren.",
          "en": "The group picks one case together, for example the most urgent one or the one most people expect to learn from."
        },
        "minutes": 3,
        "speaker": "everyone",
        "collects": "none",
        "caseOwnerListensOnly": false
      },
      {
        "key": "choose-facilitator",
        "name": {
          "nl": "Procesbegeleider kiezen",
          "en": "Choose a facilitator"
        },
        "instructions": {
          "nl": "Spreek af wie het gesprek begeleidt en de stappen en de tijd bewaakt.",
          "en": "Agree who will guide the conversation and watch the steps and the time."
        },
        "minutes": 2,
        "speaker": "everyone",
        "collects": "none",
        "caseOwnerListensOnly": false
      },
      {
        "key": "present-case",
        "name": {
          "nl": "Casus toelichten",
          "en": "Present the case"
        },
        "instructions": {
          "nl": "De inbrenger vertelt de casus uitgebreid, ook welke gevoelens die oproept. Een besluit dat al genomen is, blijft nog buiten beeld.",
          "en": "The case owner tells the case in full, including the feelings it stirs up. Any decision already taken is left out for now."
        },
        "minutes": 10,
        "speaker": "case-owner",
        "collects": "case",
        "caseOwnerListensOnly": false
      },
      {
        "key": "associate",
        "name": {
          "nl": "Associëren",
          "en": "Associate"
        },
        "instructions": {
          "nl": "Iedereen noteert in steekwoorden de eerste beelden, gedachten en gevoelens die het verhaal oproept.",
          "en": "Everyone notes in key words the first images, thoughts and feelings the story brings up."
        },
        "minutes": 5,
        "speaker": "group",
        "collects": "notes",
        "caseOwnerListensOnly": false
      },
      {
        "key": "build-picture",
        "name": {
          "nl": "Beeldvorming",
          "en": "Build a picture"
        },
        "instructions": {
          "nl": "De groep vraagt door op wat nog onduidelijk is, ook over wat helpt en wat tegenwerkt. De inbrenger antwoordt kort.",
          "en": "The group asks about anything still unclear, including what helps and what gets in the way. The case owner answers briefly."
        },
        "minutes": 20,
        "speaker": "group",
        "collects": "clarifying-questions",
        "caseOwnerListensOnly": false
      },
      {
        "key": "individual-judgement",
        "name": {
          "nl": "Individueel oordeel",
          "en": "Individual judgement"
        },
        "instructions": {
          "nl": "Iedereen noteert in stilte een eigen advies of tip voor de inbrenger.",
          "en": "Everyone silently writes down their own advice or tip for the case owner."
        },
        "minutes": 5,
        "speaker": "group",
        "collects": "advice",
        "caseOwnerListensOnly": false
      },
      {
        "key": "group-judgement",
        "name": {
          "nl": "Oordeelsvorming in de groep",
          "en": "Group judgement"
        },
        "instructions": {
          "nl": "Deel de adviezen met de inbrenger, of bespreek ze eerst in kleine groepjes. De inbrenger luistert, noteert en geeft nog geen reactie.",
          "en": "Share the advice with the case owner, or discuss it first in small subgroups. The case owner listens, takes notes and gives no reaction yet."
        },
        "minutes": 20,
        "speaker": "group",
        "collects": "notes",
        "caseOwnerListensOnly": true
      },
      {
        "key": "decision",
        "name": {
          "nl": "Besluitvorming",
          "en": "Decision"
        },
        "instructions": {
          "nl": "De inbrenger vertelt welke aanpak er gekozen is of wordt, en welke adviezen daarbij helpen.",
          "en": "The case owner says which approach they took or will take, and which pieces of advice help with it."
        },
        "minutes": 10,
        "speaker": "case-owner",
        "collects": "take-aways",
        "caseOwnerListensOnly": false
      },
      {
        "key": "evaluation",
        "name": {
          "nl": "Evaluatie",
          "en": "Evaluation"
        },
        "instructions": {
          "nl": "Kijk samen kort terug op de werkwijze en op wat het gesprek opleverde.",
          "en": "Look back together briefly on the way of working and on what the session produced."
        },
        "minutes": 5,
        "speaker": "everyone",
        "collects": "notes",
        "caseOwnerListensOnly": false
      }
    ],
    "sources": [
      "https://www.movisie.nl/tool/balint-methode-intervisie",
      "https://www.bpopleidingen.nl/e-learning-werkvorm-de-balint-methode/",
      "https://maken.wikiwijs.nl/arrangement/153675/export/imscp",
      "https://www.hrdacademy.be/fr/blog/1280/coaching/oplossingsgerichte-intervisie-methoden",
      "http://brittleert.nl/de-balint-methode-tijdens-intervisiebijeenkomsten/",
      "http://guidetocoach.com/methode-1"
    ]
  },
  {
    "id": "a0000000-0000-4000-8000-000000000004",
    "slug": "solution-focused-intervision",
    "name": {
      "nl": "Oplossingsgerichte intervisie",
      "en": "Solution-focused peer consultation"
    },
    "purpose": {
      "nl": "De groep helpt de inbrenger om te zien wat al goed gaat en wat het doel is. Daarna kiest de inbrenger een kleine volgende stap.",
      "en": "The group helps the case owner see what already works and what they want to achieve, so they can choose a small next step."
    },
    "groupSize": {
      "min": 4,
      "max": 8
    },
    "phases": [
      {
        "key": "question-and-situation",
        "name": {
          "nl": "Vraag en situatie",
          "en": "Question and situation"
        },
        "instructions": {
          "nl": "De inbrenger vertelt over de situatie en zegt wat het doel is, bijvoorbeeld als vraag: 'Hoe kan ik ...?'. De anderen luisteren en onderbreken niet.",
          "en": "The case owner describes the situation and says what they want to achieve, for example as a 'How can I ...?' question. The others listen without interrupting."
        },
        "minutes": 10,
        "speaker": "case-owner",
        "collects": "case",
        "caseOwnerListensOnly": false
      },
      {
        "key": "question-round",
        "name": {
          "nl": "Vragenronde",
          "en": "Question round"
        },
        "instructions": {
          "nl": "Om de beurt stelt iedereen één vraag, vooral over wat al werkt, over momenten dat het beter ging en over wat de inbrenger wil bereiken. De inbrenger antwoordt zo uitgebreid als nodig.",
          "en": "Members take turns asking one question each, mainly about what already works, times when things went better, and what the case owner wants. The case owner answers as fully as they wish."
        },
        "minutes": 10,
        "speaker": "group",
        "collects": "clarifying-questions",
        "caseOwnerListensOnly": false
      },
      {
        "key": "compliments",
        "name": {
          "nl": "Complimenten",
          "en": "Compliments"
        },
        "instructions": {
          "nl": "Iedereen vertelt de inbrenger wat positief opviel: sterke punten, wat al goed gaat en wat al geprobeerd is.",
          "en": "Each member tells the case owner what stood out positively: strengths, what is already going well and what has already been tried."
        },
        "minutes": 5,
        "speaker": "group",
        "collects": "notes",
        "caseOwnerListensOnly": false
      },
      {
        "key": "reflection",
        "name": {
          "nl": "Reflectie",
          "en": "Reflection"
        },
        "instructions": {
          "nl": "De groep praat hardop na over de situatie en over ideeën die kunnen helpen. De inbrenger zegt niets en kan noteren wat bruikbaar is.",
          "en": "The group reflects out loud on the situation and on ideas that might help. The case owner stays silent and can jot down anything useful."
        },
        "minutes": 10,
        "speaker": "group",
        "collects": "advice",
        "caseOwnerListensOnly": true
      },
      {
        "key": "next-step",
        "name": {
          "nl": "Volgende stap",
          "en": "Next step"
        },
        "instructions": {
          "nl": "De inbrenger vertelt wat bruikbaar was en welke eerste kleine stap er komt. De anderen luisteren alleen.",
          "en": "The case owner says what was useful and which first small step they will take. Everyone else just listens."
        },
        "minutes": 5,
        "speaker": "case-owner",
        "collects": "take-aways",
        "caseOwnerListensOnly": false
      }
    ],
    "sources": [
      "http://northwestsolutions.co.uk/cs-team-process-res.php",
      "http://solutionsology.co.uk/trainingpages/SFRT.htm",
      "https://www.werkenmetsucces.nl/intervisie-oplossingsgericht/",
      "http://devirieu.nl/devirieu.nl/?p=867",
      "https://anvda.nl/event/608417",
      "https://yesand.co.uk/145-gain-new-insights-and-ideas/"
    ]
  },
  {
    "id": "a0000000-0000-4000-8000-000000000005",
    "slug": "five-step-method",
    "name": {
      "nl": "Vijfstappenmethode",
      "en": "Five-step method"
    },
    "purpose": {
      "nl": "Een korte, vaste manier om samen een vraag uit het werk uit te zoeken en de inbrenger advies te geven.",
      "en": "A short, fixed way to explore a work question together and give the case owner advice."
    },
    "groupSize": {
      "min": 4,
      "max": 8
    },
    "phases": [
      {
        "key": "introduce-question",
        "name": {
          "nl": "Vraag introduceren",
          "en": "Introduce the question"
        },
        "instructions": {
          "nl": "De inbrenger legt een vraag uit het werk voor en vertelt in het kort over de situatie erachter.",
          "en": "The case owner puts forward a work question and briefly explains the situation behind it."
        },
        "minutes": 5,
        "speaker": "case-owner",
        "collects": "case",
        "caseOwnerListensOnly": false
      },
      {
        "key": "explore-problem",
        "name": {
          "nl": "Probleem verkennen",
          "en": "Explore the problem"
        },
        "instructions": {
          "nl": "De groep stelt open vragen en vat tussendoor samen wat ze hoort. De inbrenger antwoordt kort en duidelijk.",
          "en": "The group asks open questions and now and then sums up what they have heard. The case owner answers briefly and clearly."
        },
        "minutes": 15,
        "speaker": "group",
        "collects": "clarifying-questions",
        "caseOwnerListensOnly": false
      },
      {
        "key": "name-core-problem",
        "name": {
          "nl": "Kern benoemen",
          "en": "Name the core problem"
        },
        "instructions": {
          "nl": "Iedereen vat in één zin samen wat de kern van het probleem lijkt te zijn. De inbrenger zegt welke omschrijving het beste past.",
          "en": "Each member sums up in one sentence what seems to be the heart of the problem. The case owner says which wording fits best."
        },
        "minutes": 10,
        "speaker": "group",
        "collects": "hypotheses",
        "caseOwnerListensOnly": false
      },
      {
        "key": "advice-round",
        "name": {
          "nl": "Adviesronde",
          "en": "Advice round"
        },
        "instructions": {
          "nl": "Iedereen geeft de inbrenger minstens één advies. De inbrenger laat weten wat bruikbaar lijkt en wat minder.",
          "en": "Each member gives the case owner at least one piece of advice. The case owner says which advice seems useful and which less so."
        },
        "minutes": 15,
        "speaker": "group",
        "collects": "advice",
        "caseOwnerListensOnly": false
      },
      {
        "key": "evaluation",
        "name": {
          "nl": "Evaluatie",
          "en": "Evaluation"
        },
        "instructions": {
          "nl": "De inbrenger vertelt wat het gesprek opleverde en hoe de stappen bevielen. Daarna kan de groep kort aanvullen.",
          "en": "The case owner says what the session produced and how the steps worked; the group may then add a few words."
        },
        "minutes": 5,
        "speaker": "case-owner",
        "collects": "take-aways",
        "caseOwnerListensOnly": false
      }
    ],
    "sources": [
      "https://lessonup.com/en/lesson/dncGB5TdsSNqQXH7C",
      "https://www.bpopleidingen.nl/e-learning-methodiek-intervisiemethode/",
      "https://inzetbaarheidalsservice.nl/verwijzingen-boek-inzetbaarheid-als-service/intervisie-in-vijf-stappen/"
    ]
  },
  {
    "id": "a0000000-0000-4000-8000-000000000006",
    "slug": "socratic-dialogue",
    "name": {
      "nl": "Socratisch gesprek",
      "en": "Socratic dialogue"
    },
    "purpose": {
      "nl": "De groep onderzoekt samen een vraag over het werk aan de hand van één echt voorbeeld. Zo wordt duidelijk welke waarden en ideeën achter ons handelen zitten.",
      "en": "The group examines a question about their work through one real example, to bring out the values and assumptions behind how people act."
    },
    "groupSize": {
      "min": 6,
      "max": 12
    },
    "phases": [
      {
        "key": "theme-and-question",
        "name": {
          "nl": "Thema en vraag",
          "en": "Theme and question"
        },
        "instructions": {
          "nl": "Kies samen een thema uit het werk en maak daar één algemene vraag van, bijvoorbeeld: 'Wanneer is hulp echt hulp?'",
          "en": "Together, choose a theme from your work and turn it into one general question, for example: 'When does help really help?'"
        },
        "minutes": 10,
        "speaker": "everyone",
        "collects": "notes",
        "caseOwnerListensOnly": false
      },
      {
        "key": "choose-example",
        "name": {
          "nl": "Voorbeeld kiezen",
          "en": "Choose an example"
        },
        "instructions": {
          "nl": "Bedenk een kort voorbeeld bij de vraag dat je zelf hebt meegemaakt. De groep kiest er één; wie dat voorbeeld gaf, wordt de voorbeeldgever.",
          "en": "Everyone thinks of a short example, fitting the question, that they lived through themselves. The group picks one; that person becomes the example-giver."
        },
        "minutes": 10,
        "speaker": "everyone",
        "collects": "none",
        "caseOwnerListensOnly": false
      },
      {
        "key": "tell-example",
        "name": {
          "nl": "Voorbeeld vertellen",
          "en": "Tell the example"
        },
        "instructions": {
          "nl": "De voorbeeldgever vertelt het voorbeeld zo concreet mogelijk: wat gebeurde er, wie waren erbij, en wat dacht en voelde de voorbeeldgever toen?",
          "en": "The example-giver tells the example as concretely as possible: what happened, who was there, what they thought and felt."
        },
        "minutes": 10,
        "speaker": "case-owner",
        "collects": "case",
        "caseOwnerListensOnly": false
      },
      {
        "key": "clarify-example",
        "name": {
          "nl": "Voorbeeld verhelderen",
          "en": "Clarify the example"
        },
        "instructions": {
          "nl": "Met vragen maken de anderen het voorbeeld zo duidelijk dat iedereen zich erin kan verplaatsen. De voorbeeldgever antwoordt.",
          "en": "Through their questions, the others make the example so clear that everyone can put themselves in it. The example-giver answers."
        },
        "minutes": 20,
        "speaker": "group",
        "collects": "clarifying-questions",
        "caseOwnerListensOnly": false
      },
      {
        "key": "core-statement",
        "name": {
          "nl": "Kernbewering",
          "en": "Core statement"
        },
        "instructions": {
          "nl": "De voorbeeldgever kiest het beslissende moment en vat dat in één zin: 'Toen ..., deed/dacht/voelde ik ..., want ...'. De gespreksleider schrijft de zin en de redenen op.",
          "en": "The example-giver picks the decisive moment and captures it in one sentence: 'When ..., I did/thought/felt ..., because ...'. The lead writes down the sentence and the reasons."
        },
        "minutes": 15,
        "speaker": "case-owner",
        "collects": "notes",
        "caseOwnerListensOnly": false
      },
      {
        "key": "everyones-statement",
        "name": {
          "nl": "Ieders kernbewering",
          "en": "Everyone's statement"
        },
        "instructions": {
          "nl": "Stel je voor dat jij in de schoenen van de voorbeeldgever stond. Maak een eigen zin: wat zou jij doen, denken of voelen, en waarom?",
          "en": "Imagine you were in the example-giver's shoes. Write your own sentence: what would you do, think or feel, and why?"
        },
        "minutes": 15,
        "speaker": "group",
        "collects": "notes",
        "caseOwnerListensOnly": false
      },
      {
        "key": "joint-inquiry",
        "name": {
          "nl": "Samen onderzoeken",
          "en": "Joint inquiry"
        },
        "instructions": {
          "nl": "Bespreek de zinnen en de redenen erachter. Het doel is elkaar begrijpen, niet gelijk krijgen.",
          "en": "Discuss the sentences and the reasons behind them. The aim is to understand each other, not to win."
        },
        "minutes": 20,
        "speaker": "everyone",
        "collects": "notes",
        "caseOwnerListensOnly": false
      },
      {
        "key": "underlying-values",
        "name": {
          "nl": "Achterliggende waarden",
          "en": "Underlying values"
        },
        "instructions": {
          "nl": "Welke waarden liggen onder de redenen? Ga na waar de groep het over eens is en waar niet; wie wil, formuleert daarna een eigen antwoord op de vraag.",
          "en": "Which values lie beneath the reasons? Find where the group agrees and where it does not; anyone who wishes then puts their own answer to the question into words."
        },
        "minutes": 15,
        "speaker": "everyone",
        "collects": "take-aways",
        "caseOwnerListensOnly": false
      },
      {
        "key": "look-back",
        "name": {
          "nl": "Terugblik",
          "en": "Look back"
        },
        "instructions": {
          "nl": "Sluit af met een korte terugblik: wat vond je waardevol, wat neem je mee en wat zou je anders willen?",
          "en": "Close with a short look back: what was valuable, what do you take with you, and what would you change?"
        },
        "minutes": 5,
        "speaker": "everyone",
        "collects": "notes",
        "caseOwnerListensOnly": false
      }
    ],
    "sources": [
      "https://www.filosofischegesprekken.nl/content/3/groepen/19/stappen-in-het-socratisch-gesprek",
      "https://reflectiesite.nl/socratisch-gesprek/",
      "http://pareltaal.nl/Socratisch_een-op-een-gesprek",
      "https://www.transitiepraktijk.nl/nl/programma/method/socratische-intervisie-methode"
    ]
  }
];
