import type { RenderedDocument } from './document-history.service';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A file name from a title: ASCII letters, digits and dashes only, so no header or path trick gets through. */
export function safeFilename(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'document'}.${extension}`;
}

/** The Markdown file: the title as its heading, then the document. */
export const markdownFile = (doc: RenderedDocument): string => `# ${doc.title.replace(/[\r\n]+/g, ' ')}\n\n${doc.markdown}\n`;

/** Readable on paper: the printer's margins, a serif body, tables with lines, no app chrome. */
const PRINT_CSS = `
body { font: 11pt/1.5 Georgia, "Times New Roman", serif; color: #111; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.2; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid #999; padding: .25rem .5rem; text-align: left; vertical-align: top; }
blockquote { border-left: 3px solid #999; margin-left: 0; padding-left: 1rem; color: #333; }
ul[data-type="taskList"] { list-style: none; padding-left: 0; }
a { color: inherit; }
@media print { body { margin: 0; max-width: none; } a[href]::after { content: " (" attr(href) ")"; font-size: 90%; } }
@page { margin: 2cm; }
`;

/**
 * The printable page: a whole HTML document whose only styling is one style element (the CSP allows
 * inline styles, never scripts; this page has none). The body comes from the static renderer, which
 * escapes text and attributes; links are already limited to safe schemes (document-render).
 */
export function printablePage(doc: RenderedDocument): string {
  const title = escapeHtml(doc.title);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main>
<h1>${title}</h1>
${doc.html}
</main>
</body>
</html>
`;
}
