using System.Buffers;
using System.Text;
using System.Text.Json;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Importers.LiteLlm;

/// <summary>The JSON-valued columns (request_tags, metadata) and the columns kept as tags.</summary>
internal sealed partial class LiteLlmRecordMapper
{
    /// <summary>Longest JSON value that is transcoded on the stack; longer ones use a pooled buffer.</summary>
    private const int StackLimit = 1024;

    /// <summary>True for "", "[]", "{}" (and spacing variants): nothing worth parsing.</summary>
    private static bool IsEmptyJson(ReadOnlySpan<char> json) =>
        json.IsEmpty
        || (json.Length >= 2 && ((json[0] == '[' && json[^1] == ']') || (json[0] == '{' && json[^1] == '}')) && json[1..^1].IsWhiteSpace());

    /// <summary>
    /// Whether metadata can hold a project id or a team alias: a cheap vectorised search, so the
    /// (often kilobytes of) metadata JSON is parsed only on rows where it can yield something.
    /// </summary>
    private static bool MetadataMayHold(ReadOnlySpan<char> metadata, bool wantTeamAlias) =>
        !IsEmptyJson(metadata)
        && (metadata.Contains("project_id", StringComparison.Ordinal)
            || (wantTeamAlias && metadata.Contains("team_alias", StringComparison.Ordinal)));

    /// <summary>
    /// Reads the top-level <c>project_id</c> (else <c>user_api_key_project_id</c>) and, when asked,
    /// the team alias (<c>user_api_key_team_alias</c>, else <c>team_alias</c>) from the metadata object.
    /// </summary>
    private bool TryReadMetadata(ReadOnlySpan<char> json, bool wantTeamAlias, out string? project, out string? teamAlias, out string? problem)
    {
        project = null;
        teamAlias = null;
        problem = null;
        string? projectFallback = null;
        string? aliasFallback = null;
        byte[]? rented = null;
        var max = Encoding.UTF8.GetMaxByteCount(json.Length);
        var buffer = max <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var reader = new Utf8JsonReader(buffer[..Encoding.UTF8.GetBytes(json, buffer)]);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problem = "metadata is not a JSON object";
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var slot = reader.ValueTextEquals("project_id"u8) ? 1
                    : reader.ValueTextEquals("user_api_key_project_id"u8) ? 2
                    : wantTeamAlias && reader.ValueTextEquals("user_api_key_team_alias"u8) ? 3
                    : wantTeamAlias && reader.ValueTextEquals("team_alias"u8) ? 4
                    : 0;
                reader.Read();
                if (slot == 0 || reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }

                var value = ScalarText(ref reader);
                switch (slot)
                {
                    case 1: project ??= value; break;
                    case 2: projectFallback ??= value; break;
                    case 3: teamAlias ??= value; break;
                    default: aliasFallback ??= value; break;
                }
            }

            project ??= projectFallback;
            teamAlias ??= aliasFallback;
            return true;
        }
        catch (JsonException ex)
        {
            problem = $"metadata is not valid JSON ({ex.Message})";
            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Adds each request tag: <c>"prod"</c> becomes the key <c>prod</c> without a value;
    /// <c>"team:search"</c> and <c>"team=search"</c> split at the first <c>:</c> or <c>=</c>.
    /// </summary>
    private bool TryAddRequestTags(ReadOnlySpan<char> json, ref List<Tag>? tags, out string? problem)
    {
        problem = null;
        byte[]? rented = null;
        var max = Encoding.UTF8.GetMaxByteCount(json.Length);
        var buffer = max <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var reader = new Utf8JsonReader(buffer[..Encoding.UTF8.GetBytes(json, buffer)]);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                problem = "request_tags is not a JSON array";
                return false;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }

                var text = ScalarText(ref reader);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    (tags ??= []).Add(SplitTag(text));
                }
            }

            return true;
        }
        catch (JsonException ex)
        {
            problem = $"request_tags is not valid JSON ({ex.Message})";
            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>A scalar as text (strings unescaped, numbers and booleans as spelt), shared when short.</summary>
    private string? ScalarText(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
                if (length > StackLimit)
                {
                    return reader.GetString();
                }

                Span<char> chars = stackalloc char[StackLimit];
                return _strings.Get(chars[..reader.CopyString(chars)]);
            default:
                Span<char> raw = stackalloc char[64];
                var bytes = reader.ValueSpan;
                return bytes.Length <= raw.Length
                    ? _strings.Get(raw[..Encoding.UTF8.GetChars(bytes, raw)])
                    : Encoding.UTF8.GetString(bytes);
        }
    }
}
