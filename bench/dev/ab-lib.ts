export { extract, clean } from '../../src/index.js';
