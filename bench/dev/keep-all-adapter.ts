import { htmlToText } from '../html-to-text.js';

export default (html: string): string => htmlToText(html);
