import { extract } from '../../src/index.ts';
import { htmlToText } from '../html-to-text.ts';

export default (html: string, url: string): string => extract(htmlToText(html), { format: 'text', url }).text;
