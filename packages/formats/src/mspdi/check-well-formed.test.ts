import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { findMalformation } from './check-well-formed';

const DOCUMENT = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<!-- written by a test -->',
  '<Project xmlns="http://schemas.microsoft.com/project">',
  '  <Name>a &amp; b</Name>',
  '  <Tasks><Task><UID>1</UID><Notes><![CDATA[x < y]]></Notes><Empty/><Empty2 /></Task></Tasks>',
  '  <Ext a=\'1\' b = "2"></Ext>',
  '</Project>',
  '',
].join('\n');

describe('findMalformation', () => {
  it('accepts a well-formed document with a declaration, comments, CDATA and attributes', () => {
    expect(findMalformation(DOCUMENT)).toBeNull();
  });

  it('finds every cut of a document short, as the full validator does', () => {
    const end = DOCUMENT.lastIndexOf('>') + 1;
    for (let cut = 1; cut < end; cut++) {
      const part = DOCUMENT.slice(0, cut);
      expect(findMalformation(part), `cut at ${cut}`).not.toBeNull();
      expect(XMLValidator.validate(part), `validator, cut at ${cut}`).not.toBe(true);
    }
  });

  it.each([
    ['<a><b></a></b>', 'does not match'],
    ['<a></a><b></b>', 'a second root element'],
    ['<a></a>text', 'text outside the root element'],
    ['text<a></a>', 'text outside the root element'],
    ['<a><!-- open </a>', 'an unclosed comment'],
    ['<a x=1></a>', 'an unquoted attribute value'],
    ['<a x="1></a>', 'an unclosed attribute value'],
    ['<a x="<"></a>', 'a "<" inside an attribute value'],
    ['<a x></a>', 'an attribute without a value'],
    ['<1a></1a>', 'a tag without a valid name'],
    ['<a></a ></b>', 'a closing tag with no element open'],
    ['<a><<b></a>', 'a tag without a valid name'],
    ['<!DOCTYPE a><a></a>', 'a declaration'],
    ['  ', 'no root element'],
  ])('reports %s as %s', (text, reason) => {
    expect(findMalformation(text)?.reason).toContain(reason);
  });

  it('locates the fault: the offset of the tag that breaks the structure', () => {
    const text = '<a>\n<b>\n</c>\n</a>';
    expect(findMalformation(text)?.offset).toBe(text.indexOf('</c>'));
  });

  it('keeps nesting deeper than its initial stack', () => {
    const deep = `${'<e>'.repeat(500)}${'</e>'.repeat(500)}`;
    expect(findMalformation(deep)).toBeNull();
    expect(findMalformation(deep.slice(0, -4))?.reason).toBe('the input ends inside an element');
  });
});
