using ValueLedger.Core.Organisation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ValueLedger.Importers.Organisation;

/// <summary>
/// Parses one organisation file node by node, keeping each node's line and column so problems point at
/// them. A faulty entity is reported and left out; the rest of the file is still read.
/// </summary>
internal sealed partial class OrganisationFileParser(string file, OrganisationBuilder builder)
{
    private static readonly string[] RootKeys = ["version", "business_units", "initiatives", "scope_rules", "allocation_rules", "shared_cost_policies", "access", "teams", "people"];

    public void Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var line = Math.Clamp(e.Start.Line, 1, LastLine(text));
            builder.Problems.Add(new OrganisationProblem(file, line, e.Start.Column, $"invalid YAML: {Innermost(e).Message}", ProblemSeverity.Error));
            return;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, when the text ends inside "[..." or "{...".
            builder.Problems.Add(new OrganisationProblem(file, LastLine(text), 1, "invalid YAML: the file ends inside an unclosed '[' or '{'", ProblemSeverity.Error));
            return;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            builder.Problems.Add(new OrganisationProblem(file, 0, 0, "the file is empty", ProblemSeverity.Error));
            return;
        }

        Guard(stream.Documents[0].RootNode, ParseRoot);
        foreach (var extra in stream.Documents.Skip(1))
        {
            Report(extra.RootNode, "expected one YAML document per file, found several");
        }
    }

    private void ParseRoot(YamlNode node)
    {
        var root = node as YamlMappingNode ?? throw Fail(node, $"the top level must be a mapping with keys {string.Join(", ", RootKeys)}");
        var fields = Fields(root, RootKeys);
        if (fields.TryGetValue("version", out var version) && Text(version, "version") != "1")
        {
            throw Fail(version, "unsupported version; this reader knows version 1");
        }

        Each(fields, "business_units", item => builder.BusinessUnits.Add(ParseBusinessUnit(item)));
        Each(fields, "initiatives", item => builder.Initiatives.Add(ParseInitiative(item)));
        Each(fields, "scope_rules", item => builder.ScopeRules.Add(ParseScopeRule(item)));
        Each(fields, "allocation_rules", item => builder.AllocationRules.Add(ParseAllocationRule(item)));
        Each(fields, "shared_cost_policies", item => builder.SharedCostPolicies.Add(ParseSharedCostPolicy(item)));
        Each(fields, "access", item => builder.Access.Add(ParseAccessGrant(item)));
        Each(fields, "teams", item => builder.Teams.Add(ParseTeam(item)));
        if (fields.TryGetValue("people", out var people) && !IsNull(people))
        {
            Guard(people, n => builder.People = ParsePeople(n));
        }
    }

    /// <summary>Runs the parser on each item of a list, reporting a faulty item and going on with the next.</summary>
    private void Each(Dictionary<string, YamlNode> fields, string key, Action<YamlNode> parse)
    {
        if (!fields.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return;
        }

        if (node is not YamlSequenceNode list)
        {
            Report(node, $"'{key}' must be a list");
            return;
        }

        foreach (var item in list.Children)
        {
            Guard(item, parse);
        }
    }

    private void Guard(YamlNode node, Action<YamlNode> parse)
    {
        try
        {
            parse(node);
        }
        catch (OrganisationNodeException e)
        {
            builder.Problems.Add(new OrganisationProblem(file, e.Line, e.Column, e.Message, ProblemSeverity.Error));
        }
    }

    private void Report(YamlNode node, string reason) =>
        builder.Problems.Add(new OrganisationProblem(file, node.Start.Line, node.Start.Column, reason, ProblemSeverity.Error));

    private static OrganisationNodeException Fail(YamlNode node, string reason) => new(node.Start.Line, node.Start.Column, reason);

    private SourceLocation At(YamlNode node) => new(file, node.Start.Line, node.Start.Column);

    private static long LastLine(string text) => Math.Max(1, text.TrimEnd().Count(c => c == '\n') + 1);

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
