import { describe, expect, test } from 'vitest';
import { attributes, cdata, escapeXml } from '@/lib/lms/xml';

describe('xml', () => {
  test('escapes markup and both quotes, drops control characters', () => {
    expect(escapeXml(`<b a="1">Tom & 'Jerry'</b>\u0007`)).toBe('&lt;b a=&quot;1&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/b&gt;');
  });
  test('attributes leave out undefined and escape values', () => {
    expect(attributes({ identifier: 'x"y', href: undefined, n: 3 })).toBe(' identifier="x&quot;y" n="3"');
  });
  test('cdata survives a "]]>" in the text', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
  });
});
