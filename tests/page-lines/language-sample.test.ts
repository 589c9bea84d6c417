import { describe, expect, it } from 'vitest';
import { languageSample, pageLanguage } from '../../src/page/lines/language-sample.js';
import { textBlocks } from '../../src/segment/text-blocks.js';
import { splitLines } from '../../src/parse/lines.js';

const page = [
  'Home', 'Sport', 'Auto', 'Motor', 'Video', 'Login', 'Menu',
  'A equipe do posto de saúde do bairro registrou nesta manhã o arrombamento de dois dos carros da unidade, que estavam no pátio.',
  'Segundo a coordenação, os ladrões levaram as baterias e os pneus, e a polícia foi chamada para fazer a perícia no local.',
  'Contato',
].join('\n');
const blocks = textBlocks(splitLines(page));

describe('page language', () => {
  it('samples the page by its sentences, not its menu', () => {
    expect(languageSample(blocks).split('\n')).toHaveLength(2);
  });
  it('guesses from the sentences, and the declared language wins', () => {
    expect(pageLanguage(blocks, undefined, () => 'xx')).toBe('pt');
    expect(pageLanguage(blocks, 'es', () => 'xx')).toBe('es');
    expect(pageLanguage(textBlocks(splitLines('Home\nSport\nLogin')), undefined, () => 'xx')).toBe('xx');
  });
});
