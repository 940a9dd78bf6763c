// The published dataset: served with the site, valid against its own JSON Schema.

import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { expect, test } from './fixtures';

/** schemars marks Rust's unsigned integers with these formats; Ajv needs to be told them. */
function withRustFormats<T extends Ajv>(ajv: T): T {
  ajv.addFormat('uint8', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= 0 && n < 256 });
  ajv.addFormat('uint16', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= 0 && n < 65536 });
  return ajv;
}

test.describe('published dataset', () => {
  test.skip(({ isMobile }) => isMobile, 'fetches files, not pages: once is enough');

  test('dispute.json validates against dispute.schema.json, both served by the site', async ({ request }) => {
    const data = await (await request.get('data/dispute.json')).json();
    const schema = await (await request.get('data/dispute.schema.json')).json();
    const draft2020 = String(schema.$schema ?? '').includes('2020-12');
    const ajv = withRustFormats(draft2020 ? new Ajv2020({ allErrors: true, strict: false }) : new Ajv({ allErrors: true, strict: false }));
    const validate = ajv.compile(schema);
    const ok = validate(data);
    expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);

    expect(data.sources.map((s: { id: string }) => s.id).sort()).toEqual(['call-report', 'meeting-report']);
    expect(data.foundation.variants.map((v: { id: string }) => v.id)).toEqual(['seoul-proposal', 'tokyo-condition', 'plaintiffs-demand']);
  });

  test('the schema refuses a dataset with a field it does not know', async ({ request }) => {
    const data = await (await request.get('data/dispute.json')).json();
    const schema = await (await request.get('data/dispute.schema.json')).json();
    const ajv = withRustFormats(new Ajv2020({ strict: false }));
    data.events[0].typo_field = 'x';
    expect(ajv.validate(schema, data)).toBe(false);
  });

  test('the dataset carries every language: the pages are rendered from it', async ({ request }) => {
    const data = await (await request.get('data/dispute.json')).json();
    for (const lang of ['ja', 'ko']) {
      expect(data.meta.title[lang], `meta.title.${lang}`).toBeTruthy();
      expect(data.meta.summary[0].citations[0][lang], `a quote's ${lang} translation`).toBeTruthy();
    }
  });
});
