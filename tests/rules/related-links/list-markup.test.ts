import rule from '../../../src/rules/related-links/list-markup.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const PARA = '<p>The ferry left the quay at dawn with forty passengers and a brass band on the upper deck.</p>';

ruleCases(rule, {
  valid: [
    // Same topic: "related" in the story, and a taxonomy class that names the post's topic.
    { doc: `${PARA}<div class="entry-content"><p>The related charges were dropped on Monday, the harbour authority said.</p></div>` },
    { doc: `${PARA}<div class="post tag-related-news"><p>Engineers replaced the engine and the steering gear.</p></div>` },
    // A layout flag on the article's wrapper.
    { doc: `${PARA}<div class="has-related"><p>The first crossing is planned for April.</p></div>` },
  ],
  invalid: [
    { doc: `${PARA}<ul class="related-posts"><li><p>The old ferry returns: engineers finished the refit a week early.</p></li></ul>` },
    { doc: `${PARA}<div class="related_post wp_rp"><p>Die alte Fähre kehrt zurück: Die Werft wurde eine Woche früher fertig.</p></div>` },
    { doc: `${PARA}<div class="yarpp-related"><p>Le vieux ferry reprend du service au printemps.</p></div>` },
  ],
});
