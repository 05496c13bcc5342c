using System.Text.Json;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.ApiPages;

/// <summary>One result of a time bucket, with the bucket's period.</summary>
/// <param name="Result">The result object; valid only during the call.</param>
/// <param name="Line">1-based line of the result in the input (its <c>SourceLine</c>).</param>
/// <param name="Start">Inclusive start of the bucket, UTC.</param>
/// <param name="End">Exclusive end of the bucket, UTC.</param>
/// <param name="Hasher">Hashes person identifiers (user ids).</param>
internal readonly record struct ApiResultInput(JsonElement Result, long Line, DateTime Start, DateTime End, IIdentifierHasher Hasher);
