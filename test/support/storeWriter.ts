// A second process writing the shared provenance store, for the two-writer tests:
// `storeWriter.ts <store> <writer> <count>` adds <count> regions, one update each, to the file
// `<writer>.js` and to the file both writers share, `shared.js`.
import { ProvenanceStore, toStored } from '../../server/src/provenance/provenanceStore';

const [file, writer, count] = process.argv.slice(2);
const store = new ProvenanceStore(file);
for (let i = 0; i < Number(count); i++) {
  store.update((data) => {
    for (const key of [`${writer}.js`, 'shared.js']) {
      const previous = data.files[key];
      const text = `${writer}-${i};\n`;
      const entry = toStored(key, text, [
        {
          id: `${writer}-${i}`,
          start: 0,
          end: text.length - 1,
          state: 'ai',
          signal: 'agent-hook',
          confidence: 'high',
          acceptedAt: new Date().toISOString(),
        },
      ]);
      // Keep what is there: every region of every writer must survive.
      entry.regions = [...(previous?.regions ?? []), ...entry.regions];
      data.files[key] = entry;
    }
  });
}
