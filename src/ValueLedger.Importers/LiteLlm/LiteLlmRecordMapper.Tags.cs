using ValueLedger.Core.Ledger;

namespace ValueLedger.Importers.LiteLlm;

/// <summary>Request tags split into key and value, and the columns kept as tags.</summary>
internal sealed partial class LiteLlmRecordMapper
{
    private Tag SplitTag(string text)
    {
        var span = text.AsSpan().Trim();
        var at = span.IndexOfAny(':', '=');
        if (at <= 0)
        {
            return new Tag(_strings.Get(span), null);
        }

        var key = span[..at].Trim();
        var value = span[(at + 1)..].Trim();
        return new Tag(_strings.Get(key), value.IsEmpty ? null : _strings.Get(value));
    }

    /// <summary>Columns that carry no ledger field of their own but help allocation rules, kept as tags.</summary>
    private void AddColumnTags(scoped in LiteLlmRow row, ref List<Tag>? tags)
    {
        AddTag(ref tags, "call_type", Clean(row.CallType));
        AddTag(ref tags, "model_group", Clean(row.ModelGroup));
        AddTag(ref tags, "organization_id", Clean(row.OrganizationId));
        AddTag(ref tags, "session_id", Clean(row.SessionId));
        var cacheHit = Clean(row.CacheHit);
        if (cacheHit.Equals("true", StringComparison.OrdinalIgnoreCase) || cacheHit.SequenceEqual("1"))
        {
            (tags ??= []).Add(new Tag("cache_hit", "true"));
        }
    }

    private void AddTag(ref List<Tag>? tags, string key, ReadOnlySpan<char> value)
    {
        if (!value.IsEmpty)
        {
            (tags ??= []).Add(new Tag(key, _strings.Get(value)));
        }
    }
}
