import { htmlToText } from '../html-to-text.ts';

export default (html: string): string => htmlToText(html);
