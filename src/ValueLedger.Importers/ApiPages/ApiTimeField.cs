using System.Text.Json;

namespace ValueLedger.Importers.ApiPages;

/// <summary>A bucket's time property (<c>start_time</c>, <c>starting_at</c>...) and the line it is on.</summary>
internal readonly record struct ApiTimeField(string Name, JsonElement Value, long Line);
