export { MASTERED_AT, MASTERY_LABEL, summarizeMastery, type LessonSummary, type Mastery } from './mastery';
export {
  emptyProgress,
  parseProgress,
  parseProgressText,
  PROGRESS_VERSION,
  type ExamRecord,
  type ExerciseProgress,
  type FinalTestRecord,
  MAX_EXAMS,
  type LoadedProgress,
  type Progress,
} from './state';
export {
  COUNT_AGAIN_AFTER_HOURS,
  countsAsFresh,
  markRead,
  mergeProgress,
  recordAttempt,
  recordExam,
  recordFinalTest,
  visitLesson,
  type RecordOptions,
} from './transitions';
export { isStoredCard, type StoredCard } from './card';
export { dueStatus, EASY_WITHIN_SECONDS, practiceQueue, ratingFor, review } from './spaced-repetition';
