/** The version stamped into reports and exported records; kept equal to package.json's by a test (test/unit/projectBoundaries.test.ts). */
export const VERSION = '0.1.0';
