// yauzl ships no type declarations, and @types/yauzl describes its 2.x releases; these are the parts of 3.x that
// seed/import/zip.ts uses, as yauzl's README documents them.
declare module 'yauzl' {
  import type { Readable } from 'node:stream';

  namespace yauzl {
    interface Options {
      autoClose?: boolean;
      lazyEntries?: boolean;
      /** false: file names stay bytes (Entry.fileNameRaw), decoded and validated by the caller. */
      decodeStrings?: boolean;
      /** true: a stream that gives more or fewer bytes than the entry's uncompressedSize fails. */
      validateEntrySizes?: boolean;
      strictFileNames?: boolean;
    }
    interface ExtraField {
      id: number;
      data: Buffer;
    }
    /** A central directory record. */
    class Entry {
      versionMadeBy: number;
      generalPurposeBitFlag: number;
      compressionMethod: number;
      compressedSize: number;
      uncompressedSize: number;
      externalFileAttributes: number;
      fileNameRaw: Buffer;
      extraFields: ExtraField[];
      isEncrypted(): boolean;
      canDecodeFileData(): boolean;
    }
    class ZipFile {
      /** From the end of central directory record, before any entry is read. */
      entryCount: number;
      eachEntry(): AsyncIterableIterator<Entry>;
      openReadStreamPromise(entry: Entry): Promise<Readable>;
      close(): void;
    }
    function openPromise(path: string, options?: Options): Promise<ZipFile>;
    /** Decodes a raw name by the UTF-8 flag or an Info-ZIP Unicode Path extra field, else as CP437. */
    function getFileNameLowLevel(generalPurposeBitFlag: number, fileNameBuffer: Buffer, extraFields: ExtraField[], strictFileNames: boolean): string;
  }
  export = yauzl;
}
