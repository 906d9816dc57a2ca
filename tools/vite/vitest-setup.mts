// Runs before every web project's tests: jest-dom's DOM matchers (toBeInTheDocument,
// toHaveAccessibleDescription, …) on Vitest's expect, so that an assertion on an element says
// what it checks instead of only that a query returned something.
import '@testing-library/jest-dom/vitest';
