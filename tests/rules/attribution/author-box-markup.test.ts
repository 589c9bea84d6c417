import rule from '../../../src/rules/attribution/author-box-markup.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = '<p>The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.</p>';

ruleCases(rule, {
  valid: [
    // Same topic: the story talks about an author; the markup is the article's own.
    { doc: `${PARA}<div class="entry-content"><p>The author of the report, a former harbour pilot, said the channel had silted up.</p></div>` },
    // Guidelines for authors are a page of their own, not a bio box.
    { doc: `${PARA}<div class="author_guidelines"><p>Submissions must be sent as plain text.</p></div>` },
    // Taxonomy classes name the post, not a part of it.
    { doc: `${PARA}<div class="post category-bio"><p>Engineers replaced the engine and the steering gear.</p></div>` },
  ],
  invalid: [
    { doc: `${PARA}<div class="author-box"><p>Jane Doe has covered shipping for the Harbour Gazette since 2009.</p></div>` },
    { doc: `${PARA}<div class="about-author"><p>Jan Weber schreibt seit 2009 über Schifffahrt.</p></div>` },
    { doc: `${PARA}<section class="wrap author"><p class="description">Fotograf aus Hamburg und Gründer des Blogs.</p></section>` },
  ],
});
