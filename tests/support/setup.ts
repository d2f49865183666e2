import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor give up after 1 s by default; beside the browser tests on two cores a render can
// take longer. They return as soon as the element is there, so a longer limit costs a passing test
// nothing.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
