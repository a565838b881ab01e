/** input/parse-error: raised by src/parse when a file is not valid YAML or JSON. */
import { defineInputRule, prose } from '../rule.js';

export const parseErrorRule = defineInputRule({
  id: 'input/parse-error',
  level: 'error',
  title: 'File is not valid YAML or JSON',
  // The parser's own words, at its position.
  messages: { 'parse-error': '{detail}' },
  why: prose`
    A file that does not parse cannot be checked, and Kubernetes or ROS would refuse it too. The run
    goes on with the other files.
  `,
  fix: 'Fix the syntax at the reported position.',
});
