// The question bank as a QTI 2.1 content package: imsmanifest.xml, one assessmentItem per exercise
// (items/<id>.xml) and one assessmentTest with a section per lesson. itslearning, Blackboard and
// TestVision import it into their question banks. docs/lms.md has the mapping per type and what QTI
// cannot express of our scoring (LIMITATIONS below, shown in the teacher's guide). Pure.
import type { Exercise } from '../scoring';
import { blanksOf } from '../scoring/fill-blanks-text';
import { normalizeAnswer } from '../scoring/text';
import type { ExportSection } from './bank-export';
import { markdownToXhtml, shortName } from './markdown';
import { attributes, escapeXml } from './xml';
import type { ZipEntry } from './zip';

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
/** The outcome that names the feedback to show: the explanation ("uitleg") and the chosen options' feedback. */
const EXPLANATION = 'uitleg';
/** The file of the test that groups the items per lesson. */
export const QTI_TEST_FILE = 'klantreis-toets.xml';

/** What QTI cannot say of our scoring, in a teacher's words (the guide lists them). */
export const QTI_LIMITATIONS: readonly string[] = [
  'Volgorde: een LMS geeft alleen punten als de hele volgorde goed is. Klantreis geeft ook punten voor een deel dat in de goede volgorde staat.',
  'Invullen: hoofdletters tellen niet mee, en een antwoord zonder accenten (zoals "creeren") telt ook goed. Een tikfout van één letter rekent een LMS wel fout; Klantreis rekent die bij sommige vragen goed.',
  'Invullen: sommige LMS’en rekenen een spatie voor of na het antwoord fout.',
  'Open vragen: het LMS kijkt ze niet na. Jij geeft de punten; het modelantwoord en de punten om op te letten staan bij de vraag.',
];

/** An NCName from an id of ours (which may start with a digit): a letter prefix per kind. */
const ident = (prefix: string, id: string) => `${prefix}-${id}`;
const itemIdentifier = (exercise: Exercise) => `klantreis-${exercise.id}`;
/** The path of an exercise's item inside the package. */
export const itemFile = (exercise: Exercise) => `items/${exercise.id}.xml`;

/** A number for the XML: 12 significant digits, so a share like 1/3 adds up to the points within 1e-12. */
const num = (value: number) => String(Number(value.toPrecision(12)));
const base = (type: string, value: string | number) => `<baseValue baseType="${type}">${escapeXml(String(value))}</baseValue>`;
const setOutcome = (identifier: string, expression: string) =>
  `<setOutcomeValue identifier="${identifier}">${expression}</setOutcomeValue>`;
const blocks = (markdown: string) => markdownToXhtml(markdown);
const inline = (markdown: string) => markdownToXhtml(markdown, { inline: true });

type Parts = {
  responses: string[];
  body: string;
  /** The responseProcessing rules that set SCORE (FEEDBACK is set after them). */
  scoring: string[];
  /** The FEEDBACK identifiers an answer adds (besides the explanation): an expression or none. */
  chosenFeedback?: string;
  feedback: { identifier: string; xhtml: string }[];
};

/** Scores a mapped response, or 0 when it was left empty. */
const mappedScore = (response: string) =>
  `<responseCondition><responseIf><isNull><variable identifier="${response}"/></isNull>${setOutcome('SCORE', base('float', 0))}</responseIf>` +
  `<responseElse>${setOutcome('SCORE', `<mapResponse identifier="${response}"/>`)}</responseElse></responseCondition>`;

/** Full points when the response equals the correct one, else 0. */
const matchScore = (points: number) =>
  `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${setOutcome('SCORE', base('float', num(points)))}</responseIf>` +
  `<responseElse>${setOutcome('SCORE', base('float', 0))}</responseElse></responseCondition>`;

const correctResponse = (values: string[]) =>
  `<correctResponse>${values.map((value) => `<value>${escapeXml(value)}</value>`).join('')}</correctResponse>`;

function partsOf(exercise: Exercise): Parts {
  const points = exercise.points ?? 1;
  const prompt = `<div class="vraag">${blocks(exercise.prompt)}</div>`;
  switch (exercise.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const single = exercise.type === 'single-choice';
      const correct = exercise.options.filter((option) => option.correct === true);
      const step = points / correct.length;
      const mapping = single
        ? ''
        : `<mapping${attributes({ lowerBound: 0, upperBound: num(points), defaultValue: 0 })}>${exercise.options
            .map((option) => `<mapEntry mapKey="${ident('c', option.id)}" mappedValue="${num(option.correct ? step : -step)}"/>`)
            .join('')}</mapping>`;
      return {
        responses: [
          `<responseDeclaration identifier="RESPONSE" cardinality="${single ? 'single' : 'multiple'}" baseType="identifier">${correctResponse(
            correct.map((option) => ident('c', option.id)),
          )}${mapping}</responseDeclaration>`,
        ],
        body:
          prompt +
          `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${single ? 1 : 0}">${exercise.options
            .map((option) => `<simpleChoice identifier="${ident('c', option.id)}">${inline(option.text)}</simpleChoice>`)
            .join('')}</choiceInteraction>`,
        scoring: [single ? matchScore(points) : mappedScore('RESPONSE')],
        chosenFeedback: '<variable identifier="RESPONSE"/>',
        feedback: exercise.options.flatMap((option) =>
          option.feedback ? [{ identifier: ident('c', option.id), xhtml: blocks(option.feedback) }] : [],
        ),
      };
    }
    case 'true-false': {
      const answer = exercise.answer ? 'waar' : 'niet-waar';
      return {
        responses: [
          `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">${correctResponse([answer])}</responseDeclaration>`,
        ],
        body:
          prompt +
          `<blockquote>${blocks(exercise.statement)}</blockquote>` +
          `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1"><simpleChoice identifier="waar">Waar</simpleChoice><simpleChoice identifier="niet-waar">Niet waar</simpleChoice></choiceInteraction>`,
        scoring: [matchScore(points)],
        feedback: [],
      };
    }
    case 'ordering':
      return {
        responses: [
          `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier">${correctResponse(
            exercise.items.map((item) => ident('i', item.id)),
          )}</responseDeclaration>`,
        ],
        body:
          prompt +
          `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${exercise.items
            .map((item) => `<simpleChoice identifier="${ident('i', item.id)}">${inline(item.text)}</simpleChoice>`)
            .join('')}</orderInteraction>`,
        // All or nothing: QTI has no operator for the longest run in order (QTI_LIMITATIONS).
        scoring: [matchScore(points)],
        feedback: [],
      };
    case 'matching':
    case 'categorize': {
      // Left: what the student places (a term, an item); right: where it goes (an answer, a group).
      const matching = exercise.type === 'matching';
      const left = matching
        ? exercise.prompts.map((prompt) => ({ id: ident('p', prompt.id), text: prompt.text, target: ident('a', prompt.match) }))
        : exercise.items.map((item) => ({ id: ident('i', item.id), text: item.text, target: ident('g', item.category) }));
      const right = matching
        ? exercise.answers.map((answer) => ({ id: ident('a', answer.id), text: answer.text }))
        : exercise.categories.map((category) => ({ id: ident('g', category.id), text: category.label }));
      const pairs = left.map((entry) => `${entry.id} ${entry.target}`);
      const step = points / left.length;
      // A matching answer is one card, used once; a group takes any number of items.
      const rightMax = matching ? 1 : left.length;
      return {
        responses: [
          `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">${correctResponse(pairs)}` +
            `<mapping${attributes({ lowerBound: 0, upperBound: num(points), defaultValue: 0 })}>${pairs
              .map((pair) => `<mapEntry mapKey="${pair}" mappedValue="${num(step)}"/>`)
              .join('')}</mapping></responseDeclaration>`,
        ],
        body:
          prompt +
          `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${left.length}">` +
          `<simpleMatchSet>${left
            .map(
              (entry) =>
                `<simpleAssociableChoice identifier="${entry.id}" matchMax="1">${inline(entry.text)}</simpleAssociableChoice>`,
            )
            .join('')}</simpleMatchSet>` +
          `<simpleMatchSet>${right
            .map(
              (entry) =>
                `<simpleAssociableChoice identifier="${entry.id}" matchMax="${rightMax}">${inline(entry.text)}</simpleAssociableChoice>`,
            )
            .join('')}</simpleMatchSet></matchInteraction>`,
        scoring: [mappedScore('RESPONSE')],
        feedback: [],
      };
    }
    case 'fill-blanks': {
      const blanks = blanksOf(exercise.text);
      const step = points / blanks.length;
      const responses = blanks.map((accepted, index) => {
        // Each accepted answer, and the same without accents (we compare without them too).
        // One entry per answer regardless of case: the mapping ignores case, and a key twice is an error.
        const keys = [
          ...new Map(
            accepted.flatMap((answer) => [answer.trim(), normalizeAnswer(answer)]).map((key) => [key.toLowerCase(), key]),
          ).values(),
        ];
        return (
          `<responseDeclaration identifier="RESPONSE_${index + 1}" cardinality="single" baseType="string">${correctResponse([accepted[0]!.trim()])}` +
          `<mapping defaultValue="0">${keys
            .map((key) => `<mapEntry${attributes({ mapKey: key, mappedValue: num(step), caseSensitive: 'false' })}/>`)
            .join('')}</mapping></responseDeclaration>`
        );
      });
      // The blanks become placeholders that Markdown leaves alone, then interactions.
      let index = 0;
      const marked = exercise.text.replace(/\[\[[^[\]]*\]\]/g, () => `KLANTREISOPENPLEK${++index}X`);
      const text = markdownToXhtml(marked, {
        text: (value) =>
          escapeXml(value).replace(/KLANTREISOPENPLEK(\d+)X/g, (_, n: string) => {
            const longest = Math.max(...blanks[Number(n) - 1]!.map((answer) => answer.trim().length));
            return `<textEntryInteraction responseIdentifier="RESPONSE_${n}" expectedLength="${Math.max(8, longest + 2)}"/>`;
          }),
      });
      return {
        responses,
        body: prompt + `<div class="tekst">${text}</div>`,
        scoring: [
          setOutcome('SCORE', base('float', 0)),
          ...blanks.map(
            (_, i) =>
              `<responseCondition><responseIf><not><isNull><variable identifier="RESPONSE_${i + 1}"/></isNull></not>` +
              setOutcome('SCORE', `<sum><variable identifier="SCORE"/><mapResponse identifier="RESPONSE_${i + 1}"/></sum>`) +
              `</responseIf></responseCondition>`,
          ),
        ],
        feedback: [],
      };
    }
    case 'open':
      return {
        responses: ['<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>'],
        body:
          prompt +
          `<extendedTextInteraction responseIdentifier="RESPONSE" expectedLines="8"/>` +
          `<rubricBlock view="scorer"><p>Let bij het nakijken op:</p><ul>${exercise.checklist
            .map((point) => `<li>${inline(point.text)}</li>`)
            .join('')}</ul></rubricBlock>`,
        // Not scored automatically: SCORE stays 0 until the teacher gives points.
        scoring: [],
        feedback: [
          { identifier: 'modelantwoord', xhtml: `<p><strong>Modelantwoord</strong></p>${blocks(exercise.modelAnswer)}` },
        ],
      };
  }
}

/** One exercise as a QTI 2.1 assessmentItem (a whole XML document). */
export function qtiItem(exercise: Exercise): string {
  const points = exercise.points ?? 1;
  const parts = partsOf(exercise);
  // Always shown after answering: the explanation, and an open question's model answer.
  const always = exercise.type === 'open' ? [EXPLANATION, 'modelantwoord'] : [EXPLANATION];
  const fixed = always.map((identifier) => base('identifier', identifier)).join('');
  const feedbackValue = `<multiple>${parts.chosenFeedback ?? ''}${fixed}</multiple>`;
  const feedback = [
    ...parts.feedback,
    { identifier: EXPLANATION, xhtml: `<p><strong>Uitleg</strong></p>${blocks(exercise.explanation)}` },
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<assessmentItem${attributes({
      xmlns: QTI_NS,
      identifier: itemIdentifier(exercise),
      title: shortName(exercise.type === 'true-false' ? exercise.statement : exercise.prompt),
      label: exercise.id,
      adaptive: 'false',
      timeDependent: 'false',
      toolName: 'Klantreis',
    })}>\n` +
    parts.responses.join('\n') +
    '\n' +
    `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float" normalMinimum="0" normalMaximum="${num(points)}"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n` +
    `<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>${num(points)}</value></defaultValue></outcomeDeclaration>\n` +
    `<outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>\n` +
    `<itemBody>${parts.body}</itemBody>\n` +
    `<responseProcessing>${parts.scoring.join('')}${setOutcome('FEEDBACK', feedbackValue)}</responseProcessing>\n` +
    feedback
      .map(
        (entry) =>
          `<modalFeedback outcomeIdentifier="FEEDBACK" showHide="show" identifier="${entry.identifier}">${entry.xhtml}</modalFeedback>`,
      )
      .join('\n') +
    `\n</assessmentItem>\n`
  );
}

/** The test that groups every item per lesson, so an LMS that imports tests gets the bank in order. */
function qtiTest(title: string, sections: readonly ExportSection[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<assessmentTest${attributes({ xmlns: QTI_NS, identifier: 'klantreis-vragenbank', title, toolName: 'Klantreis' })}>\n` +
    `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>\n` +
    `<testPart identifier="deel-1" navigationMode="nonlinear" submissionMode="simultaneous">\n` +
    sections
      .map(
        (section) =>
          `<assessmentSection${attributes({ identifier: ident('les', section.slug), title: section.title, visible: 'true' })}>\n` +
          section.exercises
            .map(
              (exercise) =>
                `<assessmentItemRef identifier="${ident('ref', exercise.id)}" href="${escapeXml(itemFile(exercise))}"/>`,
            )
            .join('\n') +
          `\n</assessmentSection>\n`,
      )
      .join('') +
    `</testPart>\n` +
    `<outcomeProcessing>${setOutcome('SCORE', '<sum><testVariables variableIdentifier="SCORE"/></sum>')}</outcomeProcessing>\n` +
    `</assessmentTest>\n`
  );
}

function manifest(sections: readonly ExportSection[]): string {
  const exercises = sections.flatMap((section) => section.exercises);
  const resource = (identifier: string, type: string, href: string, inner = '') =>
    `<resource${attributes({ identifier, type, href })}><file href="${escapeXml(href)}"/>${inner}</resource>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<manifest${attributes({ xmlns: CP_NS, identifier: 'klantreis-vragenbank' })}>\n` +
    `<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>\n` +
    `<organizations/>\n<resources>\n` +
    exercises.map((exercise) => resource(ident('item', exercise.id), 'imsqti_item_xmlv2p1', itemFile(exercise))).join('\n') +
    '\n' +
    resource(
      'toets',
      'imsqti_test_xmlv2p1',
      QTI_TEST_FILE,
      exercises.map((exercise) => `<dependency identifierref="${ident('item', exercise.id)}"/>`).join(''),
    ) +
    `\n</resources>\n</manifest>\n`
  );
}

/** The whole package: the manifest first, the test, then one item per exercise (zip it with lib/lms/zip.ts). */
export function qtiPackage(title: string, sections: readonly ExportSection[]): ZipEntry[] {
  const exercises = sections.flatMap((section) => section.exercises);
  return [
    { name: 'imsmanifest.xml', data: manifest(sections) },
    { name: QTI_TEST_FILE, data: qtiTest(title, sections) },
    ...exercises.map((exercise) => ({ name: itemFile(exercise), data: qtiItem(exercise) })),
  ];
}
