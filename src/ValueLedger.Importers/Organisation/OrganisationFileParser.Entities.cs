using ValueLedger.Core.Ledger;
using ValueLedger.Core.Organisation;
using YamlDotNet.RepresentationModel;

namespace ValueLedger.Importers.Organisation;

internal sealed partial class OrganisationFileParser
{
    private static readonly string[] UnitKeys = ["id", "name", "owner", "mode"];
    private static readonly string[] InitiativeKeys = ["id", "name", "owner_bu", "sponsor", "stage"];
    private static readonly string[] ScopeKeys = ["id", "match", "in_scope"];
    private static readonly string[] RuleKeys = ["id", "version", "priority", "effective_from", "effective_to", "match", "target", "split"];
    private static readonly string[] PolicyKeys = ["id", "match", "method", "targets", "by_model", "fallback"];
    private static readonly string[] TargetKeys = ["bu", "initiative", "weight"];
    private static readonly string[] SplitKeys = ["method", "targets", "by_model", "fallback"];
    private static readonly string[] MatchKeys = ["tag", .. MatchFields.Scalar, "project"];

    private BusinessUnit ParseBusinessUnit(YamlNode node)
    {
        var f = Fields(node, UnitKeys, "a business unit");
        var id = Required(node, f, "id");
        return new BusinessUnit(id, Optional(f, "name") ?? id, Optional(f, "owner"), Enum(f, "mode", BillingMode.Showback), At(node));
    }

    private Initiative ParseInitiative(YamlNode node)
    {
        var f = Fields(node, InitiativeKeys, "an initiative");
        var id = Required(node, f, "id");
        return new Initiative(id, Optional(f, "name") ?? id, Required(node, f, "owner_bu"), Optional(f, "sponsor"), Enum(f, "stage", InitiativeStage.Idea), At(node));
    }

    private ScopeRule ParseScopeRule(YamlNode node)
    {
        var f = Fields(node, ScopeKeys, "a scope rule");
        return new ScopeRule(Required(node, f, "id"), ParseMatch(node, f), Boolean(node, f, "in_scope"), At(node));
    }

    private AllocationRule ParseAllocationRule(YamlNode node)
    {
        var f = Fields(node, RuleKeys, "an allocation rule");
        var id = Required(node, f, "id");
        var match = ParseMatch(node, f);
        AllocationMethod method;
        List<AllocationTarget> targets;
        Dictionary<string, YamlNode> split = [];
        if (f.TryGetValue("target", out var target) == f.ContainsKey("split"))
        {
            throw Fail(node, $"allocation rule '{id}' needs either 'target' or 'split' (exactly one)");
        }

        if (target is not null)
        {
            method = AllocationMethod.Direct;
            targets = [ParseTarget(target)];
        }
        else
        {
            split = Fields(f["split"], SplitKeys, "'split'");
            method = SplitMethod(f["split"], split);
            var list = split.TryGetValue("targets", out var t) ? t as YamlSequenceNode ?? throw Fail(t, "'targets' must be a list") : throw Fail(f["split"], "missing 'targets'");
            targets = [.. list.Children.Select(ParseTarget)];
        }

        return new AllocationRule(id, Integer(f, "version", 1), Integer(f, "priority", 100), Date(f, "effective_from"), Date(f, "effective_to"), match, method, targets, At(node))
        {
            Fallback = Fallback(split),
            SameModel = Flag(split, "by_model"),
        };
    }

    /// <summary>A shared-cost policy: no <c>targets</c> means every business unit.</summary>
    private SharedCostPolicy ParseSharedCostPolicy(YamlNode node)
    {
        var f = Fields(node, PolicyKeys, "a shared-cost policy");
        var id = Required(node, f, "id");
        var match = ParseMatch(node, f);
        var method = SplitMethod(node, f);
        List<AllocationTarget> targets = [];
        if (f.TryGetValue("targets", out var t) && !IsNull(t))
        {
            targets = [.. (t as YamlSequenceNode ?? throw Fail(t, "'targets' must be a list")).Children.Select(ParseTarget)];
        }

        return new SharedCostPolicy(id, match, method, targets, At(node)) { Fallback = Fallback(f), SameModel = Flag(f, "by_model") };
    }

    private static AllocationMethod SplitMethod(YamlNode owner, Dictionary<string, YamlNode> fields)
    {
        var node = fields.TryGetValue("method", out var m) ? m : throw Fail(owner, "missing 'method' (telemetry|weights|even)");
        var method = Enum(fields, "method", AllocationMethod.Weights);
        return method != AllocationMethod.Direct ? method : throw Fail(node, "'method' must be one of telemetry|weights|even");
    }

    /// <summary>A telemetry split's declared fallback: <c>even</c> or <c>weights</c>; absent = none (the validator checks the method).</summary>
    private static AllocationMethod? Fallback(Dictionary<string, YamlNode> fields)
    {
        if (!fields.TryGetValue("fallback", out var node) || IsNull(node))
        {
            return null;
        }

        return Text(node, "fallback").ToLowerInvariant() switch
        {
            "even" => AllocationMethod.Even,
            "weights" => AllocationMethod.Weights,
            var other => throw Fail(node, $"'fallback' must be even or weights, not '{Cut(other)}'"),
        };
    }

    private AllocationTarget ParseTarget(YamlNode node)
    {
        var f = Fields(node, TargetKeys, "a target");
        return new AllocationTarget(Required(node, f, "bu"), Optional(f, "initiative"), f.TryGetValue("weight", out var w) ? Weight(w) : null, At(node));
    }

    /// <summary><c>match: any</c>, or a mapping of field globs and a <c>tag</c> mapping; a missing or empty match is kept empty for the validator to report.</summary>
    private RuleMatch ParseMatch(YamlNode rule, Dictionary<string, YamlNode> fields)
    {
        if (!fields.TryGetValue("match", out var node) || IsNull(node))
        {
            return new RuleMatch(false, [], At(node ?? rule));
        }

        if (node is YamlScalarNode scalar)
        {
            return string.Equals(scalar.Value, "any", StringComparison.Ordinal)
                ? RuleMatch.Any(At(node))
                : throw Fail(node, $"'match' must be 'any' or a mapping of conditions, not '{Cut(scalar.Value ?? string.Empty)}'");
        }

        var conditions = new List<MatchCondition>();
        foreach (var (key, value) in Fields(node, MatchKeys, "'match'"))
        {
            if (key == MatchFields.Tag)
            {
                var tags = value as YamlMappingNode ?? throw Fail(value, "'tag' must be a mapping of tag keys to globs");
                foreach (var (tagKey, glob) in tags.Children)
                {
                    var name = Text(tagKey, "tag key");
                    conditions.Add(new MatchCondition(MatchFields.Tag, Tag.NormalizeKey(name), Glob(glob, $"tag '{name}'"), At(tagKey)));
                }
            }
            else
            {
                var field = key == "project" ? MatchFields.SubAccount : key;
                conditions.Add(new MatchCondition(field, null, Glob(value, key), At(value)));
            }
        }

        return new RuleMatch(false, conditions, At(node));
    }

    /// <summary>A glob as written; an explicitly empty string ('') is kept so the validator can say it never matches.</summary>
    private static string Glob(YamlNode node, string key) =>
        node is YamlScalarNode { Value: "" } s && s.Style != YamlDotNet.Core.ScalarStyle.Plain ? string.Empty : Text(node, key);
}
