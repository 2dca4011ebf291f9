import { describe, expect, it } from 'vitest';

describe('the public API', () => {
  it('exports exactly the documented names, so removing one is a deliberate, visible change', async () => {
    const api = await import('../src/index.js');
    expect(Object.keys(api).sort()).toEqual(
      [
        'ArticleExtractionSchema',
        'CHECKS',
        'CHECK_IDS',
        'CITATION_SCHEMA_VERSION',
        'CitationSchema',
        'ExtractOutputSchema',
        'FetchError',
        'FieldVerdictSchema',
        'IgnoreEntrySchema',
        'REPORT_FILE_NAMES',
        'REPORT_SCHEMA_VERSION',
        'RunReportSchema',
        'VerificationResultSchema',
        'applyBaseline',
        'compareCitation',
        'createExceptionSet',
        'createFetcher',
        'exitCodeFor',
        'extractCitations',
        'isFetchError',
        'mergeReports',
        'parseStatusUrl',
        'readInputs',
        'renderReport',
        'renderReportChunks',
        'reportJsonSchema',
        'streamVerifiedArticles',
        'verify',
        'verifyCitation',
        'verifyDocument',
        'verifyEach',
        'worstSeverity',
      ].sort(),
    );
  });
});
