export { type CsvRecord, type ReadCsvOptions, readCsv } from './read-csv';
