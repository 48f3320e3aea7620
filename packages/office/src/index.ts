export { ConversionError, convertWithLibreOffice, findSoffice, sofficeVersion, type OfficeTarget } from './libreoffice.ts';
