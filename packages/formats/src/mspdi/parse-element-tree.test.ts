import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject } from '@tandem/engine';
import { describe, expect, it } from 'vitest';
import { guardXmlInput } from './guard-input';
import { parserFor, REPEATED } from './mspdi-tree';
import { parseElementTree } from './parse-element-tree';
import { writeMspdi } from './write-mspdi';

const samples = fileURLToPath(new URL('../../../../../shared/samples/mspdi', import.meta.url));

/** The tree of both readers, for a document that passes the input guard. */
function bothTrees(text: string) {
  const body = guardXmlInput(text);
  const timephased = body.includes('<TimephasedData');
  const fast = parseElementTree(body, {
    repeated: REPEATED,
    rawElement: timephased ? 'TimephasedData' : null,
  });
  return { fast, reference: parserFor(false, timephased).parse(body) };
}

describe('parseElementTree reads the tree fast-xml-parser reads', () => {
  it('on a generated 2,000-task project', () => {
    const { fast, reference } = bothTrees(writeMspdi(generateProject({ tasks: 2000, seed: 7 })));
    expect(fast).not.toBeNull();
    expect(fast).toEqual(reference);
  });

  it('on text, empty and repeated elements, comments, instructions and attributes', () => {
    const { fast, reference } = bothTrees(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- saved by hand -->\n<Project xmlns="http://schemas.microsoft.com/project">` +
        `<Name>  A &amp; B  </Name><Blank>   </Blank><Empty/><Empty></Empty>` +
        `<Tasks><Task><UID>1</UID><Note a='x>y' b="1">n</Note></Task></Tasks>` +
        `<Calendars><Calendar><UID>1</UID></Calendar></Calendars><?pi data?>` +
        `<Twice>1</Twice><Twice>2</Twice><Twice>3</Twice>` +
        `<Assignments><Assignment><TimephasedData>\n  <Type>1</Type>\n</TimephasedData>` +
        `<TimephasedData/><TimephasedData>  </TimephasedData></Assignment></Assignments></Project>`,
    );
    expect(fast).toEqual(reference);
    expect(fast).toMatchObject({ Project: { Name: 'A &amp; B', Empty: ['', ''], Twice: ['1', '2', '3'] } });
  });

  it('leaves CDATA, mixed content, text cut by a comment and __proto__ to fast-xml-parser', () => {
    const options = { repeated: REPEATED, rawElement: null };
    expect(parseElementTree('<P><A><![CDATA[x]]></A></P>', options)).toBeNull();
    expect(parseElementTree('<P>text<A>1</A></P>', options)).toBeNull();
    expect(parseElementTree('<P><A>1</A>text</P>', options)).toBeNull();
    expect(parseElementTree('<P><A>a<!-- c -->b</A></P>', options)).toBeNull();
    expect(parseElementTree('<P><__proto__>1</__proto__></P>', options)).toBeNull();
  });

  it('throws on text cut short that skipped the input guard, rather than loop', () => {
    const options = { repeated: REPEATED, rawElement: 'TimephasedData' };
    for (const text of ['<P', '<P a="1', '<P><A>1</A', '<P><!-- x', '<?xml', '<P><TimephasedData>x']) {
      expect(() => parseElementTree(text, options), text).toThrow(/parseElementTree/);
    }
  });

  describe.skipIf(!existsSync(samples))('on every sample of ../shared/samples/mspdi', () => {
    if (!existsSync(samples)) console.log(`skipped: ${samples} is absent (shared samples not mounted)`);
    const files = existsSync(samples) ? readdirSync(samples).filter((name) => name.endsWith('.xml')) : [];
    it.each(files)('%s', (name) => {
      const { fast, reference } = bothTrees(readFileSync(join(samples, name), 'utf8'));
      if (fast !== null) expect(fast).toEqual(reference);
    });
  });
});
