/** What the knowledge base reads: the seed's five upload types, plus web pages for URLs. */
export type DocumentKind = 'pdf' | 'docx' | 'xlsx' | 'csv' | 'txt' | 'html';

export const documentContentTypes: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  txt: 'text/plain',
  html: 'text/html',
};
