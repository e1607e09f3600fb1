import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type { JSONContent } from '@tiptap/core';
import { documentHtml, documentMarkdown, documentNode, documentSchema, documentTextBlocks } from '../src/documents/document-render';

const text = (t: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const docOf = (...content: JSONContent[]): Y.Doc => {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(documentSchema, { type: 'doc', content }, doc.getXmlFragment('content'));
  return doc;
};

describe('rendering a co-edited document', () => {
  const page = docOf(
    { type: 'heading', attrs: { level: 2 }, content: [text('Werkwijze huisbezoek')] },
    p(text('Vooraf '), text('bellen', [{ type: 'bold' }]), text(' en '), text('site', [{ type: 'link', attrs: { href: 'https://wijkteam.nl' } }]), text(' *geen* lijst')),
    { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Brief'))] }, { type: 'listItem', content: [p(text('Bezoek'))] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('derde'))] }] },
    { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [p(text('Kaart gemaakt'))] }, { type: 'taskItem', attrs: { checked: false }, content: [p(text('Evalueren'))] }] },
    { type: 'blockquote', content: [p(text('Eerst luisteren.'))] },
    { type: 'table', content: [
      { type: 'tableRow', content: [{ type: 'tableHeader', content: [p(text('Signaal'))] }, { type: 'tableHeader', content: [p(text('Wie | wat'))] }] },
      { type: 'tableRow', content: [{ type: 'tableCell', content: [p(text('Post'))] }, { type: 'tableCell', content: [p(text('Buurman'))] }] },
    ] },
  );

  it('writes Markdown with the editor’s headings, marks, lists, checklists, quotes and tables, escaping what would read as Markdown', () => {
    expect(documentMarkdown(documentNode(page))).toBe(
      [
        '## Werkwijze huisbezoek',
        '',
        'Vooraf **bellen** en [site](https://wijkteam.nl) \\*geen\\* lijst',
        '',
        '- Brief',
        '- Bezoek',
        '',
        '3. derde',
        '',
        '- [x] Kaart gemaakt',
        '- [ ] Evalueren',
        '',
        '> Eerst luisteren.',
        '',
        '| Signaal | Wie \\| wat |',
        '| --- | --- |',
        '| Post | Buurman |',
      ].join('\n'),
    );
  });

  it('renders a printable page with text escaped, and drops links that could run script', () => {
    const hostile = docOf(p(text('<script>alert(1)</script>'), text(' klik', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), text(' mail', [{ type: 'link', attrs: { href: 'mailto:fenna@broedplaats.nl' } }])));
    const html = documentHtml(documentNode(hostile));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="mailto:fenna@broedplaats.nl"');
    expect(documentHtml(documentNode(page))).toContain('<h2>Werkwijze huisbezoek</h2>');
  });

  it('leaves out XML the schema does not know instead of failing', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('content');
    const odd = new Y.XmlElement('marquee');
    odd.insert(0, [new Y.XmlText('vreemd')]);
    const para = new Y.XmlElement('paragraph');
    para.insert(0, [new Y.XmlText('gewoon')]);
    fragment.insert(0, [odd, para]);
    expect(documentTextBlocks(documentNode(doc))).toEqual(['gewoon']);
    expect(documentMarkdown(documentNode(new Y.Doc()))).toBe('');
  });

  it('lists the text of every block, for comparing versions', () => {
    expect(documentTextBlocks(documentNode(page))).toEqual(['Werkwijze huisbezoek', 'Vooraf bellen en site *geen* lijst', 'Brief', 'Bezoek', 'derde', 'Kaart gemaakt', 'Evalueren', 'Eerst luisteren.', 'Signaal', 'Wie | wat', 'Post', 'Buurman']);
  });
});
