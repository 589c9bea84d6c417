import { extract } from '../../src/index.js';
import { htmlToText } from '../html-to-text.js';

export default (html: string, url: string): string => extract(htmlToText(html), { format: 'text', url }).text;
