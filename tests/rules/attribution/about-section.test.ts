import rule from '../../../src/rules/attribution/about-section.js';
import { ruleCases } from '../../helpers/rule-cases.js';

const STORY = [
  'The harbour authority said on Monday that the old ferry would return to service next spring.',
  'Engineers replaced the engine and the steering gear, and inspectors approved the hull in March.',
];

ruleCases(rule, {
  valid: [
    // Same topic, a section of the story: "About the study" is followed by more of the article than a box holds.
    {
      doc: '<p>The researchers followed two thousand patients for ten years.</p><h2>About the study</h2>' +
        '<p>They compared the results with a control group.</p><p>The drug cut the risk by a third.</p><p>The team now plans a larger trial.</p>' +
        '<p>Funding has been agreed.</p><p>Results are due in three years.</p><p>A report will follow.</p><p>The authors thanked the patients.</p>',
      at: 1,
    },
    // The label is not in the closing section: another heading and the story follow.
    { doc: '<h2>Über den Autor</h2><p>Jan Weber schreibt über Schifffahrt.</p><h2>Die neue Fähre</h2><p>Die Fähre fährt ab April wieder.</p>', at: 1 },
    // A sentence that starts with "About" is not a label.
    { doc: [...STORY, 'About 300 people watched the ferry leave the quay on Monday morning.'] },
  ],
  invalid: [
    { doc: [...STORY, 'About the author', 'Jane Doe has covered shipping for the Harbour Gazette since 2009.'] },
    { doc: [...STORY, 'About the author', 'Jane Doe has covered shipping for the Harbour Gazette since 2009.'], at: 2 },
    { doc: '<p>Die Fähre fährt ab April wieder.</p><div>Über den Autor</div><h3>Jan Weber</h3><p>Jan Weber schreibt seit 2009 über Schifffahrt und lebt am See.</p>' },
    { doc: '<p>Nordex hat einen neuen Auftrag erhalten.</p><h2>Über die Hafen Reederei GmbH</h2><p>Die Hafen Reederei betreibt seit 1950 Fähren auf dem See.</p><p>Kontakt: presse@reederei.example</p>' },
    { doc: [...STORY, 'À propos de l’auteur', 'Jeanne Dupont couvre le port depuis 2009.'] },
  ],
});
