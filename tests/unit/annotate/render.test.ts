import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import type { Root as HastRoot } from 'hast';
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../../src/lib/annotate/annotate-article';
import { paragraphAnchors } from '../../../src/lib/annotate/anchors';
import { renderBlock } from '../../../src/lib/annotate/render-block';
import { parseMdx } from '../../../src/lib/article/parse-mdx';
import { renderArticle } from '../../../src/lib/render/render-html';
import { seedToMdx } from '../../../src/lib/seed/seed-to-mdx';
import { readerText } from '../../helpers/dist';
import { matcher, testGazetteer } from './helpers';

const gazetteer = testGazetteer();
const options = {
  links: { entity: (entity: { kind: string; id: string }) => `/${entity.kind}/${entity.id}/` },
  definition: () => 'Une définition.',
  speakerName: (id: string) => id,
};

function render(mdx: string): { html: string; text: string; original: string[] } {
  const tree = parseMdx(mdx, 'test.mdx') as Root;
  const annotation = annotateArticle(tree, { file: 'test.mdx', published: '2024-12-14', gazetteer, matcher });
  expect(annotation.errors).toEqual([]);
  const original = annotation.blocks.map((block) => block.text);
  const hast: HastRoot = {
    type: 'root',
    children: annotation.blocks.flatMap((block, index) => [
      ...(index > 0 ? [{ type: 'text' as const, value: '\n' }] : []),
      { type: 'element' as const, tagName: 'p', properties: { id: block.anchor }, children: renderBlock(block, options) },
    ]),
  };
  return { html: toHtml(hast), text: readerText(hast), original };
}

const article = [
  "Selon l'OSDH, l'Armée nationale syrienne a pris Hama mardi soir.",
  '',
  '« Nous tenons la ville », a déclaré Ahmed al-Charaa. Il a ajouté que la route de :place[la capitale]{#deraa} était ouverte.',
  '',
  'Des accolades \\{1\\} et un chevron \\<b> restent du texte.',
].join('\n');

describe('rendering annotations', () => {
  it('never changes the words: the reader text is the text, chrome aside', () => {
    const { text, original } = render(article);
    expect(text.replace(/\n/g, '')).toBe(original.join(''));
  });

  it('marks mentions as links with the entity named for screen readers, dates as <time>, statements as <mark> with an anchor', () => {
    const { html } = render(article);
    expect(html).toContain('<a href="/actor/osdh/" class="mention mention-actor" aria-label="OSDH (Observatoire syrien des droits de l&#x27;homme)" tabindex="-1">OSDH</a>');
    expect(html).toContain('<time datetime="2024-12-10" class="date" data-precision="part-of-day" title="mardi 10 décembre 2024, soir">mardi soir</time>');
    expect(html).toMatch(/<mark id="d-[0-9a-f]{8}" class="statement statement-direct" data-speaker="ahmed-al-charaa">« Nous tenons la ville »<\/mark>/);
    expect(html).toContain('<a href="/place/deraa/" class="mention mention-place" aria-label="la capitale (Deraa)" tabindex="-1">la capitale</a>');
    expect(html).toContain('<a href="/place/hama/" class="mention mention-place" tabindex="-1">Hama</a>');
  });

  it('draws a statement reported inside a quotation inside its mark, each with its anchor and speaker, and the words unchanged', () => {
    const { html, text, original } = render("« L'OSDH rapporte que les forces se retirent de Hama », a déclaré Ahmed al-Charaa.");
    expect(html).toMatch(
      /<mark id="d-[0-9a-f]{8}" class="statement statement-direct" data-speaker="ahmed-al-charaa">« L'<a [^>]*>OSDH<\/a> rapporte que <mark id="d-[0-9a-f]{8}" class="statement statement-reported" data-speaker="osdh">les forces se retirent de <a [^>]*>Hama<\/a><\/mark><a class="statement-speaker" href="\/actor\/osdh\/"[^>]*><\/a> »<\/mark><a class="statement-speaker" href="\/actor\/ahmed-al-charaa\/"/,
    );
    expect(text.replace(/\n/g, '')).toBe(original.join(''));
  });

  it('adds nothing to the text: speakers and paragraph links are empty elements named by attributes', () => {
    const { html } = render(article);
    expect(html).toMatch(/<\/mark><a class="statement-speaker" href="\/actor\/ahmed-al-charaa\/" data-chrome="" data-pagefind-ignore="" data-label="citation : ahmed-al-charaa" aria-label="Citation : ahmed-al-charaa"><\/a>/);
    expect(html).toMatch(/<a class="para-link" href="#p-[0-9a-f]{8}" data-chrome="" data-pagefind-ignore="" aria-label="Lien vers ce paragraphe"><\/a><\/p>/);
    const { text, original } = render(article);
    expect(text.replace(/\n/g, '')).toBe(original.join(''));
  });

  it('keeps escaped MDX characters as text, never as markup', () => {
    const { html } = render(article);
    expect(html).toContain('Des accolades {1} et un chevron &#x3C;b> restent du texte.');
    expect(html).not.toContain('<b>');
  });

  it('is idempotent: annotating the rendered text finds the same annotations', () => {
    const first = render(article);
    const rendered = first.text.split('\n').filter(Boolean).map((text, index) => ({ line: index + 1, text }));
    const again = annotateArticle(parseMdx(seedToMdx(rendered), 'again.mdx') as Root, { file: 'again.mdx', published: '2024-12-14', gazetteer, matcher });
    const firstAnnotation = annotateArticle(parseMdx(article, 'test.mdx') as Root, { file: 'test.mdx', published: '2024-12-14', gazetteer, matcher });
    const summary = (blocks: typeof again.blocks) => blocks.map((block) => [block.anchor, block.statementAnchors, block.analysis.dates.map((date) => date.value)]);
    expect(summary(again.blocks)).toEqual(summary(firstAnnotation.blocks));
  });
});

describe('the article renderer', () => {
  const run = (mdx: string) => {
    const tree = parseMdx(mdx, 'article.mdx') as Root;
    const annotation = annotateArticle(tree, { file: 'article.mdx', published: '2024-12-14', gazetteer, matcher });
    return renderArticle(tree, annotation, options);
  };
  const paragraphs = (html: string) => html.split('\n').map((line) => line.replace(/^<p id="[^"]+">|<\/p>$/g, ''));

  it('gives each paragraph its annotated HTML under its anchor, the words escaped', () => {
    const { html } = run(article);
    expect(html).toMatch(/^<p id="p-[0-9a-f]+">Selon l'<a /);
    const [first, , last] = paragraphs(html);
    expect(first).toContain('tabindex="-1">OSDH</a>');
    expect(last).toContain('un chevron &#x3C;b> restent du texte.');
    expect(run('Un titre \\<script>alert(1)\\</script> piégé.').html).not.toContain('<script>');
  });

  it('leaves a bare web address as the source wrote it, as text', () => {
    expect(paragraphs(run('Lire la suite sur www.exemple.org et https://exemple.org/a.').html)[0]).toMatch(/^Lire la suite sur www\.exemple\.org et https:\/\/exemple\.org\/a\.<a class="para-link"/);
  });

  it('lists the headings with their anchors', () => {
    const { headings } = run('## Un titre\n\nUn paragraphe.');
    expect(headings).toEqual([{ depth: 2, slug: expect.stringMatching(/^p-/), text: expect.stringContaining('Un titre') }]);
  });
});

describe('paragraph anchors', () => {
  it('survive a paragraph inserted before them', () => {
    const before = paragraphAnchors(['Premier paragraphe.', 'Deuxième paragraphe.', 'Troisième.']);
    const after = paragraphAnchors(['Premier paragraphe.', 'Un paragraphe ajouté.', 'Deuxième paragraphe.', 'Troisième.']);
    expect(after.filter((anchor) => before.includes(anchor))).toEqual(before);
  });

  it('tell identical paragraphs apart', () => {
    expect(paragraphAnchors(['Même texte.', 'Même texte.'])).toEqual(['p-' + paragraphAnchors(['Même texte.'])[0]!.slice(2), `${paragraphAnchors(['Même texte.'])[0]}-2`]);
  });

  it('ignore differences of white space only', () => {
    expect(paragraphAnchors(['Un  texte\navec des espaces.'])).toEqual(paragraphAnchors(['Un texte avec des espaces.']));
  });
});
