// The contract between the SCORM package builder (lib/lms/scorm-package.server.ts, the export
// script and the teacher's download routes) and the player that runs inside a package (scorm/).
// A package is a folder in a zip: index.html, the player's JS and CSS, and the package's data as JSON
// inside index.html (<script type="application/json" id="klantreis-pakket">). Pure types and
// constants only.
import type { Exercise } from '../scoring';

/** The SCORM versions a teacher can choose: 1.2 (Moodle takes only this one) or 2004 4th edition. */
export const SCORM_VERSIONS = ['1.2', '2004'] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

/** What a package holds: one lesson, the Eindtoets, or the exercise set of an assignment. */
export const PACKAGE_KINDS = ['les', 'eindtoets', 'opdracht'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

/** The pass mark of a quiz package unless the teacher sets another: 55 %, the Dutch 5.5. */
export const DEFAULT_MASTERY = 0.55;

/** The most characters SCORM 1.2 allows in cmi.suspend_data; the player stays within it in both versions. */
export const SUSPEND_DATA_MAX = 4096;
/** The most characters SCORM 1.2 allows in an interaction's student_response. */
export const LEARNER_RESPONSE_MAX = 255;

/** One exercise in a package, with its Markdown parts already rendered to HTML by the builder. */
export type PackageItem = {
  /** The exercise as in the bank (with its key: a SCORM package scores in the browser). */
  exercise: Exercise;
  /** Rendered HTML of the parts the site renders on the server (components/questions/to-question.tsx). */
  html: { prompt: string; explanation?: string; hint?: string; statement?: string; modelAnswer?: string };
  /** For a quiz: the lesson the exercise belongs to (its slug and title), to say what to review. */
  lesson?: { slug: string; title: string };
};

/** What index.html carries for the player. */
export type PackageData = {
  format: 1;
  kind: PackageKind;
  /** Stable id, also the manifest's identifier base: "les-personas", "eindtoets", "opdracht-ABC123". */
  id: string;
  title: string;
  version: ScormVersion;
  /**
   * For a quiz (eindtoets, opdracht): the pass mark as a fraction 0–1. For a lesson: null (the lesson
   * is completed or incomplete, and still reports the score of its exercises).
   */
  masteryScore: number | null;
  /**
   * For a lesson: the lesson's text as static HTML, in which each exercise stands as an empty
   * <div data-oefening="ID"></div> that the player fills. Diagrams are inline SVG. Null for a quiz.
   */
  lessonHtml: string | null;
  items: PackageItem[];
};

/** The file names inside every package (all relative, all at the zip's root). */
export const PACKAGE_FILES = { html: 'index.html', js: 'klantreis-speler.js', css: 'klantreis-speler.css' } as const;
