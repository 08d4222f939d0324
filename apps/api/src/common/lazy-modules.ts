/**
 * Heavy libraries only a few requests need, loaded on first use instead of at start-up (they are ~25–40 MB of
 * resident memory together): exceljs (exports and roster imports), sharp (image uploads). The S3 client is loaded the
 * same way by the S3 storage driver. docs/performance.md (memory).
 */
type ExcelModule = typeof import('exceljs');
let excel: Promise<ExcelModule> | undefined;
let sharpLib: Promise<typeof import('sharp').default> | undefined;

export function loadExcel(): Promise<ExcelModule> {
  // A CommonJS package: under ESM its exports are the default export (the static `import ExcelJS from` did the same).
  excel ??= import('exceljs').then((m) => (m as unknown as { default?: ExcelModule }).default ?? m);
  return excel;
}

export function loadSharp(): Promise<typeof import('sharp').default> {
  sharpLib ??= import('sharp').then((m) => m.default);
  return sharpLib;
}
