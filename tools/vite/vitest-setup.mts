// Runs before every web project's tests: jest-dom's DOM matchers (toBeInTheDocument,
// toHaveAccessibleDescription, …) on Vitest's expect, so that an assertion on an element says
// what it checks instead of only that a query returned something.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy* and waitFor give up after 1 s by default: on a loaded 2-core CI machine a render with
// several Apollo round trips has been seen to need more. Waiting longer costs nothing when the
// screen is right (they return as soon as it is), and a wrong screen still fails.
configure({ asyncUtilTimeout: 5000 });
