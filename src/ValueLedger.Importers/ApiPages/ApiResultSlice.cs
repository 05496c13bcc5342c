namespace ValueLedger.Importers.ApiPages;

/// <summary>
/// One element of a bucket's <c>results</c> array, as raw JSON (already checked to be well formed).
/// </summary>
/// <param name="Json">The element's bytes; valid only while the bucket is being handled.</param>
/// <param name="Line">1-based line of the element's first byte in the input.</param>
/// <param name="IsObject">False when the element is not a JSON object (a bad result).</param>
internal readonly record struct ApiResultSlice(ReadOnlyMemory<byte> Json, long Line, bool IsObject);
