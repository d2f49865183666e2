// The question bank as one Moodle XML file (<quiz>): a category per lesson, then its questions.
// Moodle's question bank imports it (Vragenbank > Importeren > Moodle XML-indeling). docs/lms.md has
// the mapping per type and what Moodle cannot express of our scoring (MOODLE_LIMITATIONS). Pure.
import type { Exercise } from '../scoring';
import { blanksOf } from '../scoring/fill-blanks-text';
import { normalizeAnswer } from '../scoring/text';
import type { ExportSection } from './bank-export';
import { markdownToPlain, markdownToXhtml, shortName } from './markdown';
import { cdata, escapeXml } from './xml';

/**
 * The grades Moodle offers for an answer, as a percentage (question_bank::fraction_options_full):
 * an imported answer whose grade is not one of these loses it when a teacher edits the question.
 */
export const MOODLE_FRACTIONS: readonly number[] = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0,
];

/** What Moodle cannot say of our scoring, in a teacher's words (the guide lists them). */
export const MOODLE_LIMITATIONS: readonly string[] = [
  'Volgorde: Moodle rekent met "langste geordende deelreeks", net als Klantreis. Alleen telt Moodle één los item op de goede plek niet mee.',
  'Invullen: Moodle let niet op hoofdletters, en een antwoord zonder accenten (zoals "creeren") telt ook goed. Een tikfout van één letter rekent Moodle fout; Klantreis rekent die bij sommige vragen goed.',
  'Indelen in groepen wordt in Moodle een koppelvraag: per item kies je de groep uit een lijst.',
  'Open vragen worden een essayvraag. Die kijk je zelf na; het modelantwoord en de punten om op te letten staan bij "Informatie voor beoordelaars".',
];

/** The allowed grade closest to `percent` (as Moodle writes it), keeping the sign. */
export function moodleFraction(percent: number): string {
  const size = Math.abs(percent);
  const nearest = MOODLE_FRACTIONS.reduce((best, option) => (Math.abs(option - size) < Math.abs(best - size) ? option : best));
  if (Math.abs(nearest - size) > 0.001) throw new Error(`Moodle has no grade of ${percent}%`);
  return String(percent < 0 && nearest !== 0 ? -nearest : nearest);
}

/** Plain text (a name, a matching answer, a short answer): escaped. */
const plain = (value: string) => `<text>${escapeXml(value)}</text>`;
/** HTML (a question text, feedback): in CDATA, as Moodle writes it. */
const rich = (value: string) => `<text>${value === '' ? '' : cdata(value)}</text>`;
const html = (tag: string, xhtml: string) => `<${tag} format="html">${rich(xhtml)}</${tag}>`;
const blocks = (markdown: string) => markdownToXhtml(markdown);
const inline = (markdown: string) => markdownToXhtml(markdown, { inline: true });
const grade = (points: number) => String(Number(points.toFixed(7)));
/** An answer: HTML, or plain text when `format` is moodle_auto_format. */
const answer = (fraction: string, content: string, feedback = '', format = 'html') =>
  `<answer fraction="${fraction}" format="${format}">${format === 'html' ? rich(content) : plain(content)}<feedback format="html">${rich(feedback)}</feedback></answer>`;

/** Escapes a cloze answer: these characters have a meaning inside {…}. */
const clozeEscape = (value: string) => value.replace(/[\\}#~/"*]/g, (char) => `\\${char}`);
/** Text inside HTML: only what HTML needs escaped (a quote stays a quote, as the student types it). */
const htmlEscape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Moodle's shortanswer treats * as "any text"; a literal one is escaped. */
const shortEscape = (value: string) => value.replace(/\*/g, '\\*');

/** Each accepted answer, and the same without accents (we compare without them; Moodle does not). */
function acceptedOf(answers: string[]): string[] {
  const keys = answers.flatMap((value) => [value.trim(), normalizeAnswer(value)]);
  return [...new Map(keys.map((key) => [key.toLowerCase(), key])).values()];
}

/** The parts every question has: name, text, general feedback (the explanation), grade, id. */
function head(exercise: Exercise, questionText: string): string {
  return (
    `<name>${plain(shortName(exercise.type === 'true-false' ? exercise.statement : exercise.prompt))}</name>\n` +
    `${html('questiontext', questionText)}\n` +
    `${html('generalfeedback', blocks(exercise.explanation))}\n` +
    `<defaultgrade>${grade(exercise.points ?? 1)}</defaultgrade>\n<hidden>0</hidden>\n` +
    `<idnumber>${escapeXml(exercise.id)}</idnumber>\n`
  );
}

function question(exercise: Exercise): string {
  const prompt = blocks(exercise.prompt);
  switch (exercise.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const single = exercise.type === 'single-choice';
      const k = exercise.options.filter((option) => option.correct === true).length;
      // Right minus wrong, as we score: +1/k per right option, −1/k per wrong one; Moodle floors at 0.
      const right = single ? '100' : moodleFraction(100 / k);
      const wrong = single ? '0' : moodleFraction(-100 / k);
      return (
        `<question type="multichoice">\n${head(exercise, prompt)}` +
        `<single>${single}</single>\n<shuffleanswers>true</shuffleanswers>\n<answernumbering>abc</answernumbering>\n` +
        exercise.options
          .map((option) =>
            answer(option.correct ? right : wrong, inline(option.text), option.feedback ? blocks(option.feedback) : ''),
          )
          .join('\n') +
        `\n</question>`
      );
    }
    case 'true-false':
      return (
        `<question type="truefalse">\n${head(exercise, `${prompt}<blockquote>${blocks(exercise.statement)}</blockquote>`)}` +
        answer(exercise.answer ? '100' : '0', 'true', '', 'moodle_auto_format') +
        '\n' +
        answer(exercise.answer ? '0' : '100', 'false', '', 'moodle_auto_format') +
        `\n</question>`
      );
    case 'ordering':
      // An ordering answer's "fraction" is its place in the right order (1, 2, …), not a grade.
      return (
        `<question type="ordering">\n${head(exercise, prompt)}` +
        `<layouttype>VERTICAL</layouttype>\n<selecttype>ALL</selecttype>\n<selectcount>0</selectcount>\n` +
        `<gradingtype>${exercise.scoring === 'all-or-nothing' ? 'ALL_OR_NOTHING' : 'LONGEST_ORDERED_SUBSET'}</gradingtype>\n` +
        `<showgrading>SHOW</showgrading>\n` +
        exercise.items.map((item, index) => answer(String(index + 1), inline(item.text))).join('\n') +
        `\n</question>`
      );
    case 'matching':
    case 'categorize': {
      // Each term (item) is a subquestion; its answer (group) is chosen from a list of plain texts.
      const pairs =
        exercise.type === 'matching'
          ? exercise.prompts.map((entry) => ({
              question: inline(entry.text),
              answer: markdownToPlain(exercise.answers.find((candidate) => candidate.id === entry.match)!.text),
            }))
          : exercise.items.map((item) => ({
              question: inline(item.text),
              answer: markdownToPlain(exercise.categories.find((category) => category.id === item.category)!.label),
            }));
      const used = new Set(pairs.map((pair) => pair.answer));
      // Answers no term needs (distractors, empty groups): a subquestion without text, as Moodle writes them.
      const extra = (
        exercise.type === 'matching'
          ? exercise.answers.map((entry) => entry.text)
          : exercise.categories.map((category) => category.label)
      )
        .map(markdownToPlain)
        .filter((value) => !used.has(value));
      return (
        `<question type="matching">\n${head(exercise, prompt)}<shuffleanswers>true</shuffleanswers>\n` +
        [...pairs, ...extra.map((value) => ({ question: '', answer: value }))]
          .map((pair) => `<subquestion format="html">${rich(pair.question)}<answer>${plain(pair.answer)}</answer></subquestion>`)
          .join('\n') +
        `\n</question>`
      );
    }
    case 'fill-blanks': {
      const blanks = blanksOf(exercise.text);
      let index = 0;
      const marked = exercise.text.replace(/\[\[[^[\]]*\]\]/g, () => `KLANTREISOPENPLEK${++index}X`);
      if (blanks.length === 1) {
        const body = blocks(marked).replace(/KLANTREISOPENPLEK1X/, '_____');
        return (
          `<question type="shortanswer">\n${head(exercise, prompt + body)}<usecase>0</usecase>\n` +
          acceptedOf(blanks[0]!)
            .map((value) => answer('100', shortEscape(value), '', 'moodle_auto_format'))
            .join('\n') +
          `\n</question>`
        );
      }
      // Cloze: every blank a SHORTANSWER (case-insensitive) of weight 1, so each is an equal share.
      const body = markdownToXhtml(marked, {
        text: (value) =>
          escapeXml(value).replace(
            /KLANTREISOPENPLEK(\d+)X/g,
            (_, n: string) =>
              `{1:SHORTANSWER:${acceptedOf(blanks[Number(n) - 1]!)
                .map((value) => `=${htmlEscape(clozeEscape(value))}`)
                .join('~')}}`,
          ),
      });
      return `<question type="cloze">\n${head(exercise, prompt + body)}</question>`;
    }
    case 'open':
      return (
        `<question type="essay">\n${head(exercise, prompt)}` +
        `<responseformat>editor</responseformat>\n<responserequired>1</responserequired>\n<responsefieldlines>10</responsefieldlines>\n` +
        `<attachments>0</attachments>\n<attachmentsrequired>0</attachmentsrequired>\n` +
        html(
          'graderinfo',
          `<p><strong>Modelantwoord</strong></p>${blocks(exercise.modelAnswer)}<p><strong>Let op:</strong></p><ul>${exercise.checklist
            .map((point) => `<li>${inline(point.text)}</li>`)
            .join('')}</ul>`,
        ) +
        `\n${html('responsetemplate', '')}\n</question>`
      );
  }
}

/** A Moodle category path segment: "/" separates levels, so a slash in a name is doubled. */
const categoryName = (name: string) => name.replace(/\//g, '//');

/** The whole export: per lesson a category under "Klantreis", then its questions. */
export function moodleXml(title: string, sections: readonly ExportSection[]): string {
  const parts = sections.map(
    (section) =>
      `<question type="category">\n<category>${plain(`$course$/top/${categoryName(title)}/${categoryName(section.title)}`)}</category>\n</question>\n` +
      section.exercises.map((exercise) => `<!-- ${escapeXml(exercise.id)} -->\n${question(exercise)}\n`).join(''),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${parts.join('')}</quiz>\n`;
}
