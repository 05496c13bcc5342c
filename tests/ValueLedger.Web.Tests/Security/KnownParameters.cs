namespace ValueLedger.Web.Tests.Security;

/// <summary>
/// Parameter names → what they identify. A new endpoint with a parameter name missing here fails
/// <c>RouteWalker_EveryParameterIsKnown</c>: add the name (and, for a new kind of object, candidate values in
/// <see cref="DemoScope"/>) so that the walker can test its scoping.
/// </summary>
public static class KnownParameters
{
    /// <summary>Names that say what they are wherever they appear (compared case-insensitively).</summary>
    private static readonly Dictionary<string, ParameterKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bu"] = ParameterKind.BusinessUnit,
        ["buId"] = ParameterKind.BusinessUnit,
        ["unit"] = ParameterKind.BusinessUnit,
        ["businessUnit"] = ParameterKind.BusinessUnit,
        ["businessUnitId"] = ParameterKind.BusinessUnit,
        ["initiative"] = ParameterKind.Initiative,
        ["initiativeId"] = ParameterKind.Initiative,
        ["outcome"] = ParameterKind.Outcome,
        ["outcomeId"] = ParameterKind.Outcome,
        ["record"] = ParameterKind.Outcome,
        ["recordId"] = ParameterKind.Outcome,
        ["month"] = ParameterKind.Month,
        ["day"] = ParameterKind.Day,
        ["date"] = ParameterKind.Day,
        ["source"] = ParameterKind.Source,
        ["sourceId"] = ParameterKind.Source,
        ["import"] = ParameterKind.Source,
        ["importId"] = ParameterKind.Source,
        ["token"] = ParameterKind.Token,
        ["tokenId"] = ParameterKind.Token,
        ["actor"] = ParameterKind.Actor,
        ["login"] = ParameterKind.Actor,
        ["documentName"] = ParameterKind.Document,
        ["version"] = ParameterKind.Version,
        ["control"] = ParameterKind.Control,
        ["lineId"] = ParameterKind.Line,
        ["line"] = ParameterKind.Line,
    };

    /// <summary>Generic names (<c>{id}</c>, <c>{name}</c>) resolved by the literal segment before them.</summary>
    private static readonly Dictionary<string, ParameterKind> BySegment = new(StringComparer.OrdinalIgnoreCase)
    {
        ["initiatives"] = ParameterKind.Initiative,
        ["outcomes"] = ParameterKind.Outcome,
        ["business-units"] = ParameterKind.BusinessUnit,
        ["units"] = ParameterKind.BusinessUnit,
        ["bu"] = ParameterKind.BusinessUnit,
        ["showback"] = ParameterKind.BusinessUnit,
        ["statements"] = ParameterKind.BusinessUnit,
        ["imports"] = ParameterKind.Source,
        ["sources"] = ParameterKind.Source,
        ["tokens"] = ParameterKind.Token,
        ["logins"] = ParameterKind.Actor,
        ["assets"] = ParameterKind.Asset,
        ["resistances"] = ParameterKind.Resistance,
        ["roles"] = ParameterKind.RoleChange,
    };

    public static ParameterKind Route(string name, string? after)
    {
        if (ByName.TryGetValue(name, out var kind))
        {
            return kind;
        }

        var segment = after?.Trim('/').Split('/').LastOrDefault();
        return name is "id" or "name" && segment is not null && BySegment.TryGetValue(segment, out var bySegment) ? bySegment : ParameterKind.Unknown;
    }

    /// <summary>Query parameters: only the names that identify an object are probed; others (page, from, status…) are left out.</summary>
    public static ParameterKind Query(string name) => ByName.TryGetValue(name, out var kind) ? kind : ParameterKind.Unknown;
}
