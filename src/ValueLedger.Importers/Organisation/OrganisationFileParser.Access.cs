using ValueLedger.Core.Organisation;
using YamlDotNet.RepresentationModel;

namespace ValueLedger.Importers.Organisation;

internal sealed partial class OrganisationFileParser
{
    private static readonly string[] AccessKeys = ["actor", "roles", "business_units"];

    /// <summary>
    /// One <c>access:</c> entry: <c>{ actor: cfo, roles: [finance], business_units: [finance] }</c>; <c>roles</c>
    /// and <c>business_units</c> take a list or a single value. Which roles and units exist is the validator's check.
    /// </summary>
    private AccessGrant ParseAccessGrant(YamlNode node)
    {
        var f = Fields(node, AccessKeys, "an access entry");
        var actor = Required(node, f, "actor");
        var roles = f.TryGetValue("roles", out var r) ? Names(r, "roles") : throw Fail(node, $"access entry '{actor}': missing 'roles' (one or more of admin, finance, bu-owner, viewer)");
        var units = f.TryGetValue("business_units", out var u) && !IsNull(u) ? Names(u, "business_units") : [];
        return new AccessGrant(actor, roles, units, At(node));
    }

    /// <summary>A list of names, or one name; each a plain value.</summary>
    private static string[] Names(YamlNode node, string key) => node switch
    {
        YamlSequenceNode list => [.. list.Children.Select(item => Text(item, key))],
        YamlScalarNode => [Text(node, key)],
        _ => throw Fail(node, $"'{key}' must be a list of names"),
    };
}
