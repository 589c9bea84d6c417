import rule from '../../../src/rules/syndication-credit/caption-markup.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = '<p>The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.</p>';

ruleCases(rule, {
  valid: [
    // Same topic, running text: "legend" as a word of the story, not a class.
    { doc: `${PARA}<div class="article-text"><p>The legend of the drowned bell is told in every village along the coast.</p></div>` },
    // A wrapper flag says the picture has a caption; the paragraph inside is the article.
    { doc: `${PARA}<div class="has-caption"><p>Engineers replaced the engine and the steering gear before the spring.</p></div>` },
    // A long block is running text whatever its class says.
    { doc: `${PARA}<div class="image-caption"><p>${'The harbour authority has spent years arguing about the old ferry, and the council finally agreed a budget for its repair. '.repeat(4)}</p></div>` },
  ],
  invalid: [
    { doc: `${PARA}<div class="imagecaption"><p>The old ferry leaves the quay for the last time. Harbour Press / J. Doe</p></div>` },
    { doc: `${PARA}<p class="bildunterschrift">Die alte Fähre verlässt den Hafen. Foto: Hafenamt</p>` },
    { doc: `${PARA}<div class="photo legend"><span>Le vieux ferry quitte le port.</span></div>` },
    { doc: `${PARA}<p class="image-description">El viejo transbordador sale del puerto.</p>` },
  ],
});
